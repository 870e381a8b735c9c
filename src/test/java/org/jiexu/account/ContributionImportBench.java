package org.jiexu.account;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jiexu.JiexuApplication;
import org.jiexu.identity.CreateStaffUser;
import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.Role;
import org.jiexu.identity.UserKind;
import org.jiexu.identity.UserManagement;
import org.jiexu.policy.BaseLimits;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark of the monthly contribution import (not a test; run by bench/import.sh), end to end through the API
 * against a bare PostgreSQL {@code COPY} of the same file, in the same run and database.
 * <ol>
 * <li>Boots the application on an empty database (its Flyway migrations make the schema) and loads {@code n}
 * insured persons with accounts and a taken-over history ({@link AccountHistoryGenerator}, as the interest
 * benchmark), one employer of the benchmark agency employing all of them, and a teller of the agency.</li>
 * <li>Writes the declaration file: one row per person for the current month (身份证号,姓名,缴费月份,缴费基数),
 * bases within the province's limits except every 1,000th row, which is below the floor (a bad row to report).</li>
 * <li>Times a bare {@code COPY … (FORMAT csv, HEADER)} of the file into a plain table ({@code runs} times).</li>
 * <li>Times the product {@code runs} times from the same state: upload ({@code POST /api/v1/contribution-imports},
 * multipart streamed from disk, HTTP Basic as the teller), wait for the report, import the good rows
 * ({@code POST …/{id}/import}), wait until imported; checks the counts of records and account credits; then
 * removes what the run wrote. Then once more an upload of the same file after an import, which must find every
 * good row already recorded.</li>
 * <li>The floor of the writes: the records and credits of the last run copied straight back into their tables
 * with {@code COPY} (indexes and constraints in place, no checks), {@code runs} times.</li>
 * <li>Peak memory: the application runs in this JVM; the peak heap used during each import (the sum of the heap
 * pools' peaks, reset before) and the process's peak RSS ({@code VmHWM}, reset through {@code clear_refs}).</li>
 * </ol>
 * Arguments are {@code key=value}: n, seed, url, user, password, runs, file, out.
 */
public final class ContributionImportBench {

	private static final Pattern STATE = Pattern.compile("\"state\":\"([A-Z_]+)\"");

	private static final String PASSWORD = "Bench-teller-2026";

	private final Map<String, String> options;

	private final BenchReport report = new BenchReport();

	private final String url;

	private ContributionImportBench(Map<String, String> options) {
		this.options = options;
		this.url = option("url", "jdbc:postgresql://127.0.0.1:5432/jiexu_bench_import");
	}

	public static void main(String[] args) throws Exception {
		new ContributionImportBench(BenchReport.options(args)).run();
	}

	private String option(String name, String otherwise) {
		return this.options.getOrDefault(name, otherwise);
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, option("user", "jiexu"), option("password", "jiexu"));
	}

	private void run() throws Exception {
		long n = Long.parseLong(option("n", "1000000"));
		int runs = Integer.parseInt(option("runs", "3"));
		long seed = Long.parseLong(option("seed", "20261122"));
		YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));
		Path file = Path.of(option("file", "target/bench/declarations-" + n + ".csv"));
		// the application's limit is 200 MB (enough for about 4.5M rows); the 10M-row file needs more
		String maxFileSize = option("maxFileSize", "200MB");
		this.report.line("Heap limit of this JVM (application and client): %d MB; upload limit %s",
				Runtime.getRuntime().maxMemory() / (1024 * 1024), maxFileSize);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(JiexuApplication.class).run(
				"--spring.datasource.url=" + this.url, "--spring.datasource.username=" + option("user", "jiexu"),
				"--spring.datasource.password=" + option("password", "jiexu"), "--jiexu.demo.enabled=false",
				"--server.port=0", "--logging.level.root=WARN", "--logging.level.org.jiexu.contribution=INFO",
				"--spring.main.banner-mode=off", "--jiexu.contribution-import.max-file-size=" + maxFileSize,
				"--spring.servlet.multipart.max-file-size=" + maxFileSize,
				"--spring.servlet.multipart.max-request-size=-1", "--server.tomcat.max-swallow-size=-1")) {
			new InterestPostingBench(Map.of("url", this.url, "year", "2024")).load(n, seed,
					AccountHistoryGenerator.History.TAKEOVER);
			long employer = employAll();
			if (count("select count(*) from identity.app_user where username = 'bench-teller'") == 0) {
				context.getBean(UserManagement.class)
					.createStaff(new CurrentUser("bench-admin", "bench", UserKind.STAFF, Set.of(Role.ADMIN),
							AccountHistoryGenerator.AGENCY, null, null),
							new CreateStaffUser("bench-teller", PASSWORD, "基准柜员", Set.of(Role.TELLER)));
			}
			long started = System.nanoTime();
			long bad = write(file, n, seed, month);
			this.report.line("Wrote %d declaration rows for %s (%d below the floor) to %s (%.1f MB) in %.1f s", n,
					month, bad, file, Files.size(file) / 1e6, BenchReport.seconds(started));
			double copy = bareCopy(file, runs);
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			product(URI.create("http://127.0.0.1:" + port), employer, file, n, n - bad, month, runs, copy);
		}
		this.report.appendTo(this.options.get("out"));
	}

	/** One employer of the benchmark agency, employing every person since 2020. */
	private long employAll() throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement()) {
			s.execute("delete from registry.employment");
			s.execute("delete from registry.employer where credit_code = '91420102MA4BENCH0X'");
			s.execute("insert into registry.employer (credit_code, name, agency_code, registered_at, registered_by)"
					+ " values ('91420102MA4BENCH0X', '基准测试用人单位', '" + AccountHistoryGenerator.AGENCY
					+ "', now(), 'bench')");
			long employer;
			try (ResultSet rs = s.executeQuery("select id from registry.employer where credit_code = '91420102MA4BENCH0X'")) {
				rs.next();
				employer = rs.getLong(1);
			}
			long started = System.nanoTime();
			int rows = s.executeUpdate("insert into registry.employment (insured_person, employer_id, agency_code,"
					+ " first_month, last_month) select id, " + employer + ", '" + AccountHistoryGenerator.AGENCY
					+ "', date '2020-01-01', null from registry.insured_person");
			s.execute("vacuum analyze registry.employment, registry.employer");
			this.report.line("Employer %d employs %d persons (inserted in %.1f s)", employer, rows,
					BenchReport.seconds(started));
			return employer;
		}
	}

	/** The declaration file: header, then one row per person, UTF-8; returns the rows below the floor. */
	private long write(Path file, long n, long seed, YearMonth month) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		BaseLimits limits = BaseLimits.of(AccountHistoryGenerator.PROVINCE, month.getYear());
		long floor = limits.floor().longValue() + 1;
		long span = limits.ceiling().longValue() - floor;
		AccountHistoryGenerator persons = new AccountHistoryGenerator(seed, 2024, AccountHistoryGenerator.History.TAKEOVER);
		SplittableRandom bases = new SplittableRandom(seed);
		long bad = 0;
		try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			writer.write("身份证号,姓名,缴费月份,缴费基数\n");
			for (long i = 1; i <= n; i++) {
				AccountHistoryGenerator.Person person = persons.person(i);
				long base = floor + bases.nextLong(span);
				if (i % 1000 == 0) {
					base = floor / 2;
					bad++;
				}
				writer.write(person.idNumber() + "," + person.name() + "," + month + "," + base + ".00\n");
			}
		}
		return bad;
	}

	private double bareCopy(Path file, int runs) throws Exception {
		List<Double> copies = new ArrayList<>();
		try (Connection c = connect(); Statement s = c.createStatement()) {
			s.execute("create schema if not exists bench_import");
			s.execute("create table if not exists bench_import.declaration (id_number varchar(18) not null,"
					+ " name varchar(50) not null, contribution_month varchar(7) not null, base numeric(12, 2) not null)");
			for (int r = 1; r <= runs; r++) {
				s.execute("truncate bench_import.declaration");
				s.execute("checkpoint");
				long started = System.nanoTime();
				long rows;
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					rows = c.unwrap(PGConnection.class)
						.getCopyAPI()
						.copyIn("COPY bench_import.declaration FROM STDIN (FORMAT csv, HEADER true)", reader);
				}
				double t = BenchReport.seconds(started);
				copies.add(t);
				this.report.line("run %d bare COPY of %d rows into a plain table: %.2f s (%.0f rows/s)", r, rows, t,
						rows / t);
			}
			s.execute("drop table bench_import.declaration");
		}
		double copy = BenchReport.median(copies);
		this.report.line("Median bare COPY: %.2f s", copy);
		return copy;
	}

	private void product(URI app, long employer, Path file, long n, long good, YearMonth month, int runs, double copy)
			throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		String auth = "Basic " + Base64.getEncoder()
			.encodeToString(("bench-teller:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		List<Double> validations = new ArrayList<>();
		List<Double> imports = new ArrayList<>();
		List<Double> totals = new ArrayList<>();
		List<Double> heaps = new ArrayList<>();
		for (int r = 1; r <= runs; r++) {
			clean(month);
			resetPeaks();
			long started = System.nanoTime();
			String answer = upload(http, auth, app, employer, file);
			long id = Long.parseLong(field(answer, "\"id\":(\\d+)"));
			String report = await(http, auth, app.resolve("/api/v1/contribution-imports/" + id + "?size=0"),
					"VALIDATED");
			double validated = BenchReport.seconds(started);
			require(report, "rowsGood", good);
			send(http, HttpRequest.newBuilder(app.resolve("/api/v1/contribution-imports/" + id + "/import"))
				.header("Authorization", auth)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build());
			report = await(http, auth, app.resolve("/api/v1/contribution-imports/" + id + "?size=0"), "IMPORTED");
			double total = BenchReport.seconds(started);
			require(report, "rowsImported", good);
			long[] written = written(month);
			if (written[0] != good || written[1] != good) {
				throw new IllegalStateException("Expected " + good + " records and credits, found " + written[0]
						+ " and " + written[1]);
			}
			double heap = peakHeapMegabytes();
			validations.add(validated);
			imports.add(total - validated);
			totals.add(total);
			heaps.add(heap);
			this.report.line("run %d product: validated in %.2f s, imported in %.2f s, end to end %.2f s; %d records and"
					+ " %d account credits written; peak heap %.0f MB, peak RSS %s", r, validated, total - validated,
					total, written[0], written[1], heap, memory("VmHWM"));
		}
		if (!"no".equals(option("again", "yes"))) {
			long started = System.nanoTime();
			String again = upload(http, auth, app, employer, file);
			long id = Long.parseLong(field(again, "\"id\":(\\d+)"));
			String report = await(http, auth, app.resolve("/api/v1/contribution-imports/" + id + "?size=0"),
					"VALIDATED");
			require(report, "rowsRecorded", good);
			require(report, "rowsGood", 0);
			this.report.line("The same file again after the import: validated in %.2f s, all %d good rows found"
					+ " already recorded (nothing to import)", BenchReport.seconds(started), good);
		}
		double writes = writesAlone(month, runs);
		double total = BenchReport.median(totals);
		this.report.line("");
		this.report.line("| rows | bare COPY s | writes alone s | (p) validate s | (p) import s | (p) end to end s | p / COPY"
				+ " | p / writes alone | peak heap MB |");
		this.report.line("|---|---|---|---|---|---|---|---|---|");
		this.report.line("| %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f | %.1f | %.0f |", n, copy, writes,
				BenchReport.median(validations), BenchReport.median(imports), total, total / copy, total / writes,
				BenchReport.median(heaps));
		this.report.line("");
		this.report.line("Runs end to end: %s", totals);
	}

	private static final String RECORD_COLUMNS = "person_id, agency_code, employer_id, contribution_month,"
			+ " contributor_type, base, employer_part, individual_part, account_credit, pooled_part, origin, batch_id,"
			+ " paid_on, late_fee, recorded_at";

	private static final String POSTING_COLUMNS = "account_id, kind, value_month, posting_year, amount, reference,"
			+ " posted_at";

	/**
	 * The floor of the import's writes: the records and account credits the product wrote, copied out, removed, and
	 * copied straight back into their tables (with all their indexes and constraints, no checks), {@code runs}
	 * times; the median.
	 */
	private double writesAlone(YearMonth month, int runs) throws Exception {
		Path records = Files.createTempFile("bench-records", ".csv");
		Path credits = Files.createTempFile("bench-credits", ".csv");
		try (Connection c = connect()) {
			var copy = c.unwrap(PGConnection.class).getCopyAPI();
			try (var out = Files.newOutputStream(records)) {
				copy.copyOut("COPY (select " + RECORD_COLUMNS + " from contribution.contribution_record where"
						+ " contribution_month = date '" + month.atDay(1) + "') TO STDOUT (FORMAT csv)", out);
			}
			try (var out = Files.newOutputStream(credits)) {
				copy.copyOut("COPY (select " + POSTING_COLUMNS + " from account.posting where reference = 'contribution:"
						+ month + "') TO STDOUT (FORMAT csv)", out);
			}
			List<Double> times = new ArrayList<>();
			for (int r = 1; r <= runs; r++) {
				clean(month);
				long started = System.nanoTime();
				long rows;
				try (Reader in = Files.newBufferedReader(records, StandardCharsets.UTF_8)) {
					rows = copy.copyIn("COPY contribution.contribution_record (" + RECORD_COLUMNS
							+ ") FROM STDIN (FORMAT csv)", in);
				}
				try (Reader in = Files.newBufferedReader(credits, StandardCharsets.UTF_8)) {
					rows += copy.copyIn("COPY account.posting (" + POSTING_COLUMNS + ") FROM STDIN (FORMAT csv)", in);
				}
				double t = BenchReport.seconds(started);
				times.add(t);
				this.report.line("run %d writes alone: COPY of the %d records and account credits into their tables"
						+ " (indexes and constraints in place): %.2f s", r, rows, t);
			}
			clean(month);
			return BenchReport.median(times);
		}
		finally {
			Files.deleteIfExists(records);
			Files.deleteIfExists(credits);
		}
	}

	private String upload(HttpClient http, String auth, URI app, long employer, Path file) throws Exception {
		String boundary = "bench" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
				+ file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		long length = head.length + Files.size(file) + tail.length;
		HttpRequest request = HttpRequest
			.newBuilder(app.resolve("/api/v1/contribution-imports?employerId=" + employer))
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
		return send(http, request);
	}

	private static String send(HttpClient http, HttpRequest request) throws Exception {
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
					+ response.body());
		}
		return response.body();
	}

	/** Polls the import every 100 ms until it is in {@code state}; fails on any end state other than it. */
	private static String await(HttpClient http, String auth, URI status, String state) throws Exception {
		while (true) {
			String body = send(http, HttpRequest.newBuilder(status).header("Authorization", auth).build());
			String now = field(body, STATE.pattern());
			if (now.equals(state)) {
				return body;
			}
			if (Set.of("REFUSED", "FAILED", "IMPORTED", "VALIDATED").contains(now)) {
				throw new IllegalStateException("Import ended " + now + ", expected " + state + ": " + body);
			}
			Thread.sleep(100);
		}
	}

	private static String field(String json, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(json);
		if (!matcher.find()) {
			throw new IllegalStateException("No " + regex + " in " + json);
		}
		return matcher.group(1);
	}

	private static void require(String json, String name, long expected) {
		long actual = Long.parseLong(field(json, "\"" + name + "\":(\\d+)"));
		if (actual != expected) {
			throw new IllegalStateException(name + " is " + actual + ", expected " + expected + ": " + json);
		}
	}

	/** Records of the month and account credits of the month. */
	private long[] written(YearMonth month) throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
				"select (select count(*) from contribution.contribution_record where contribution_month = date '"
						+ month.atDay(1) + "'), (select count(*) from account.posting where reference = 'contribution:"
						+ month + "')")) {
			rs.next();
			return new long[] { rs.getLong(1), rs.getLong(2) };
		}
	}

	/** Removes what a run wrote, so that every run starts from the same state. */
	private void clean(YearMonth month) throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement()) {
			s.execute("delete from account.posting where reference = 'contribution:" + month + "'");
			s.execute("delete from contribution.contribution_record where contribution_month = date '"
					+ month.atDay(1) + "'");
			s.execute("delete from contribution.import_problem");
			s.execute("delete from contribution.import_row");
			s.execute("vacuum analyze account.posting, contribution.contribution_record, contribution.import_row,"
					+ " contribution.import_problem");
			s.execute("checkpoint");
		}
	}

	private static void resetPeaks() throws IOException {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		Files.writeString(Path.of("/proc/self/clear_refs"), "5"); // resets VmHWM to the current RSS
	}

	private static double peakHeapMegabytes() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed())
			.sum() / (1024.0 * 1024.0);
	}

	private static String memory(String field) throws IOException {
		return Files.readAllLines(Path.of("/proc/self/status"))
			.stream()
			.filter(l -> l.startsWith(field + ":"))
			.map(l -> l.substring(field.length() + 1).trim())
			.findFirst()
			.orElse("?");
	}

	private long count(String sql) throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
