import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load generator for the public policy calculators: for each endpoint, a warm-up, then a fixed number of
 * requests from a fixed number of concurrent clients; prints requests per second and p50/p90/p99 latency as a
 * Markdown table. Run with {@code java bench/CalculatorBench.java http://localhost:8080 [requests] [clients]}
 * against a running application (see bench/calculators.sh).
 */
public class CalculatorBench {

	record Call(String name, String method, String path, String body) {
	}

	static final List<Call> CALLS = List.of(
			new Call("id-number check", "GET", "/api/v1/policy/id-numbers/11010519491231002X", null),
			new Call("retirement age", "GET", "/api/v1/policy/retirement?birth=1970-01&category=MALE", null),
			new Call("minimum contribution", "GET", "/api/v1/policy/minimum-contribution?year=2033", null),
			new Call("working days add", "GET", "/api/v1/policy/working-days/add?from=2025-09-20&days=15", null),
			new Call("working days between", "GET", "/api/v1/policy/working-days/between?from=2020-01-01&to=2026-12-31", null),
			new Call("interest rates", "GET", "/api/v1/policy/interest-rates", null),
			new Call("account balance", "POST", "/api/v1/calculations/account-balance",
					"{\"openingBalance\":\"10000.00\",\"credits\":[{\"year\":2016,\"amount\":\"4800\"},{\"year\":2017,\"amount\":\"4800\"},"
							+ "{\"year\":2018,\"amount\":\"4800\"},{\"year\":2019,\"amount\":\"4800\"},{\"year\":2020,\"amount\":\"4800\"},"
							+ "{\"year\":2021,\"amount\":\"4800\"},{\"year\":2022,\"amount\":\"4800\"},{\"year\":2023,\"amount\":\"4800\"},"
							+ "{\"year\":2024,\"amount\":\"4800\"}]}"),
			new Call("transfer amounts", "POST", "/api/v1/calculations/transfer-amounts",
					"{\"province\":\"42\",\"segments\":[{\"from\":\"1996-01\",\"to\":\"2005-12\",\"monthlyBase\":\"1500\",\"accountRate\":\"0.11\",\"personalRate\":\"0.05\",\"temporary\":false},"
							+ "{\"from\":\"2006-01\",\"to\":\"2024-12\",\"monthlyBase\":\"6000\",\"accountRate\":\"0.08\",\"personalRate\":\"0.08\",\"temporary\":false}]}"),
			new Call("benefit place", "POST", "/api/v1/calculations/benefit-place",
					"{\"hukouProvince\":\"42\",\"relationProvince\":\"11\",\"segments\":[{\"province\":\"42\",\"months\":130,\"temporary\":false,\"end\":\"2012-12\"},"
							+ "{\"province\":\"11\",\"months\":96,\"temporary\":false,\"end\":\"2026-10\"}]}"),
			new Call("pension estimate", "POST", "/api/v1/calculations/pension-estimate",
					"{\"averageWage\":\"12049\",\"averageIndex\":\"0.8\",\"contributionYears\":\"30\",\"accountBalance\":\"200000\",\"retirementAge\":{\"years\":60,\"months\":1}}"));

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://localhost:8080";
		int requests = args.length > 1 ? Integer.parseInt(args[1]) : 20000;
		int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
		System.out.printf(Locale.ROOT, "| endpoint | requests | clients | requests/s | p50 ms | p90 ms | p99 ms | max ms |%n");
		System.out.printf(Locale.ROOT, "|---|---|---|---|---|---|---|---|%n");
		for (Call call : CALLS) {
			run(http, base, call, Math.max(1000, requests / 10), clients); // warm-up, not reported
			Result result = run(http, base, call, requests, clients);
			System.out.printf(Locale.ROOT, "| %s | %d | %d | %.0f | %.2f | %.2f | %.2f | %.2f |%n", call.name(), requests, clients,
					result.perSecond(), result.percentile(50), result.percentile(90), result.percentile(99), result.percentile(100));
		}
	}

	record Result(long[] nanos, double seconds) {
		double perSecond() {
			return this.nanos.length / this.seconds;
		}

		double percentile(int p) {
			int index = (int) Math.ceil(p / 100.0 * this.nanos.length) - 1;
			return this.nanos[Math.max(0, Math.min(index, this.nanos.length - 1))] / 1_000_000.0;
		}
	}

	static Result run(HttpClient http, String base, Call call, int requests, int clients) throws Exception {
		long[] nanos = new long[requests];
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long start = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				int i;
				while ((i = next.getAndIncrement()) < requests) {
					HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + call.path()))
						.header("Accept", "application/json");
					if (call.body() != null) {
						request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(call.body()));
					}
					long t0 = System.nanoTime();
					HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
					nanos[i] = System.nanoTime() - t0;
					if (response.statusCode() != 200) {
						throw new IllegalStateException(call.name() + " answered " + response.statusCode() + ": " + response.body());
					}
				}
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		Arrays.sort(nanos);
		return new Result(nanos, seconds);
	}

}
