package org.jiexu.account;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.postgresql.PGConnection;

/**
 * Benchmark harness of the monthly contribution import (not a test; run by bench/import.sh). Writes a CSV of
 * {@code n} declaration rows (身份证号,姓名,缴费月份,缴费基数: the persons of {@link AccountHistoryGenerator}, so
 * a database loaded by bench/accounts.sh knows them), measures a bare PostgreSQL {@code COPY} of the file into a
 * plain table, and, when {@code app} names a running application, uploads the same file to
 * {@code POST /api/v1/contribution-imports} (multipart, field {@code file}, HTTP Basic) and measures the time
 * to the answer (and, if the answer has a {@code Location}, until that resource no longer says RUNNING/PENDING)
 * and the application's peak resident memory ({@code VmHWM} of {@code pid}, reset before the upload).
 * Arguments are {@code key=value}: n, seed, year, month, file, url, user, password, runs, app, appUser,
 * appPassword, pid, out.
 */
public final class ContributionImportBench {

	private final Map<String, String> options;

	private final BenchReport report = new BenchReport();

	private ContributionImportBench(Map<String, String> options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		new ContributionImportBench(BenchReport.options(args)).run();
	}

	private String option(String name, String otherwise) {
		return this.options.getOrDefault(name, otherwise);
	}

	private void run() throws Exception {
		long n = Long.parseLong(option("n", "1000000"));
		Path file = Path.of(option("file", "target/bench/declarations.csv"));
		long started = System.nanoTime();
		write(file, n);
		this.report.line("Wrote %d declaration rows to %s (%.1f MB) in %.1f s", n, file, Files.size(file) / 1e6,
				BenchReport.seconds(started));
		List<Double> copies = new ArrayList<>();
		int runs = Integer.parseInt(option("runs", "3"));
		try (Connection c = DriverManager.getConnection(option("url", "jdbc:postgresql://127.0.0.1:5432/jiexu_bench"),
				option("user", "jiexu"), option("password", "jiexu")); Statement s = c.createStatement()) {
			s.execute("create schema if not exists bench_import");
			s.execute("create table if not exists bench_import.declaration (id_number varchar(18) not null,"
					+ " name varchar(50) not null, contribution_month varchar(7) not null, base numeric(12, 2) not null)");
			for (int r = 1; r <= runs; r++) {
				s.execute("truncate bench_import.declaration");
				s.execute("checkpoint");
				long copyStarted = System.nanoTime();
				long rows;
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					rows = c.unwrap(PGConnection.class)
						.getCopyAPI()
						.copyIn("COPY bench_import.declaration FROM STDIN (FORMAT csv, HEADER true)", reader);
				}
				double t = BenchReport.seconds(copyStarted);
				copies.add(t);
				this.report.line("run %d bare COPY of %d rows into a plain table: %.2f s (%.0f rows/s)", r, rows, t, rows / t);
			}
		}
		double copy = BenchReport.median(copies);
		this.report.line("Median bare COPY: %.2f s", copy);
		String app = this.options.get("app");
		if (app == null) {
			this.report.line("Product import: not measured (no app=<base URL> given)");
		}
		else {
			upload(app, file, copy);
		}
		this.report.appendTo(this.options.get("out"));
	}

	/** The declaration file: header, then one row per person, UTF-8. */
	private void write(Path file, long n) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		int year = Integer.parseInt(option("year", "2024"));
		String month = option("month", (year + 1) + "-01");
		AccountHistoryGenerator persons = new AccountHistoryGenerator(Long.parseLong(option("seed", "20261122")),
				year, AccountHistoryGenerator.History.YEARLY);
		SplittableRandom bases = new SplittableRandom(Long.parseLong(option("seed", "20261122")));
		try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			writer.write("身份证号,姓名,缴费月份,缴费基数\n");
			for (long i = 1; i <= n; i++) {
				AccountHistoryGenerator.Person person = persons.person(i);
				long base = 3000 + bases.nextInt(17000);
				writer.write(person.idNumber() + "," + person.name() + "," + month + "," + base + ".00\n");
			}
		}
	}

	private void upload(String app, Path file, double copy) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		String auth = "Basic " + Base64.getEncoder()
			.encodeToString((option("appUser", "admin") + ":" + option("appPassword", "demo1234"))
				.getBytes(StandardCharsets.UTF_8));
		String boundary = "bench" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
				+ file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		long length = head.length + Files.size(file) + tail.length;
		String pid = this.options.get("pid");
		if (pid != null) {
			Files.writeString(Path.of("/proc/" + pid + "/clear_refs"), "5"); // resets VmHWM to the current RSS
			this.report.line("Application RSS before the upload: %s", memory(pid, "VmRSS"));
		}
		HttpRequest request = HttpRequest.newBuilder(URI.create(app + "/api/v1/contribution-imports"))
			.header("Authorization", auth)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> {
				try {
					List<InputStream> parts = List.of(new java.io.ByteArrayInputStream(head), Files.newInputStream(file),
							new java.io.ByteArrayInputStream(tail));
					return new SequenceInputStream(Collections.enumeration(parts));
				}
				catch (IOException failure) {
					throw new java.io.UncheckedIOException(failure);
				}
			}), length))
			.timeout(Duration.ofHours(1))
			.build();
		long started = System.nanoTime();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		double answered = BenchReport.seconds(started);
		this.report.line("Upload answered %d after %.2f s: %s", response.statusCode(), answered,
				response.body().substring(0, Math.min(300, response.body().length())));
		if (response.statusCode() == 404) {
			this.report.line("The import endpoint does not exist yet: product import not measured");
			return;
		}
		double total = answered;
		String location = response.headers().firstValue("Location").orElse(null);
		if (location != null) {
			URI status = URI.create(app).resolve(location);
			while (true) {
				String body = http.send(HttpRequest.newBuilder(status).header("Authorization", auth).build(),
						HttpResponse.BodyHandlers.ofString()).body();
				if (!body.contains("RUNNING") && !body.contains("PENDING")) {
					total = BenchReport.seconds(started);
					this.report.line("Import finished after %.2f s: %s", total, body.substring(0, Math.min(300, body.length())));
					break;
				}
				Thread.sleep(500);
			}
		}
		this.report.line("End-to-end %.2f s = %.2f x the bare COPY (target <= 3x)", total, total / copy);
		if (pid != null) {
			this.report.line("Application peak RSS during the import (VmHWM): %s; RSS after: %s", memory(pid, "VmHWM"),
					memory(pid, "VmRSS"));
		}
	}

	private static String memory(String pid, String field) throws IOException {
		return Files.readAllLines(Path.of("/proc/" + pid + "/status"))
			.stream()
			.filter(l -> l.startsWith(field + ":"))
			.map(l -> l.substring(field.length() + 1).trim())
			.findFirst()
			.orElse("?");
	}





}
