package org.jiexu.account;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jiexu.JiexuApplication;
import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.Role;
import org.jiexu.identity.UserKind;
import org.jiexu.policy.InterestMethod;
import org.jiexu.policy.InterestRates;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark entry point (not a test; run by bench/accounts.sh): loads {@link AccountHistoryGenerator} data into
 * a PostgreSQL database whose schema the application's own Flyway migrations create, then posts the interest
 * year the same run three ways from the same loaded state, and checks they agree to the fen:
 * <ul>
 * <li>(p) the product: {@link InterestPosting#prepare} and {@link InterestPosting#run} with the application's
 * beans and settings (chunks of {@code jiexu.interest-posting.chunk-size} accounts, one transaction each);</li>
 * <li>(a) two hand-written set-based statements over all accounts at once, in one transaction, inserting in
 * account order (as the indexes are; in hash-join order the inserts hit index pages at random);</li>
 * <li>(b) a per-account JDBC loop (two reads, the rule in Java, two inserts; a commit every 10 accounts), on the
 * first {@code sample} accounts, extrapolated linearly.</li>
 * </ul>
 * Between runs the interest year is removed again (its year balances and interest postings), the tables are
 * vacuumed and analysed and a checkpoint is taken. Arguments are {@code key=value}: url, user, password, n,
 * seed, year, history (YEARLY or TAKEOVER), runs, loopRuns, sample, latencyMicros (when above 0, the three methods
 * reach the database through a {@link DelayProxy} with that one-way delay), out (a Markdown file to append to).
 */
public final class InterestPostingBench {

	private static final String[] TABLES = { "registry.insured_person", "registry.insurance_relation",
			"account.individual_account", "account.year_balance", "account.posting" };

	private static final long SET_BASED_JOB = -1;

	private static final long LOOP_JOB = -2;

	private final Map<String, String> options;

	private final String url;

	/** The database as the methods reach it: {@link #url}, or through a {@link DelayProxy}. */
	private String methodUrl;

	private final int year;

	private final BigDecimal rate;

	private final BigDecimal weight = InterestMethod.RULE_1997.creditWeight();

	private final BenchReport report = new BenchReport();

	InterestPostingBench(Map<String, String> options) {
		this.options = options;
		this.url = option("url", "jdbc:postgresql://127.0.0.1:5432/jiexu_bench");
		this.year = Integer.parseInt(option("year", "2024"));
		this.rate = InterestRates.forProvince(AccountHistoryGenerator.PROVINCE).require(this.year).rate();
	}

	public static void main(String[] args) throws Exception {
		new InterestPostingBench(BenchReport.options(args)).run();
	}

	private String option(String name, String otherwise) {
		return this.options.getOrDefault(name, otherwise);
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, option("user", "jiexu"), option("password", "jiexu"));
	}

	/** A connection as the three methods use it: through the delay proxy when a network latency is asked for. */
	private Connection connectMethod() throws SQLException {
		return DriverManager.getConnection(this.methodUrl, option("user", "jiexu"), option("password", "jiexu"));
	}

	/** Median and 99th percentile of 1,000 round trips of {@code select 1} as the methods reach the database. */
	private String roundTrip() throws SQLException {
		try (Connection c = connectMethod(); PreparedStatement s = c.prepareStatement("select 1")) {
			double[] times = new double[1000];
			for (int i = -100; i < times.length; i++) {
				long started = System.nanoTime();
				try (ResultSet rs = s.executeQuery()) {
					rs.next();
				}
				if (i >= 0) {
					times[i] = (System.nanoTime() - started) / 1e6;
				}
			}
			java.util.Arrays.sort(times);
			return String.format(java.util.Locale.ROOT, "median %.2f ms, p99 %.2f ms", times[500], times[990]);
		}
	}

	private void run() throws Exception {
		long n = Long.parseLong(option("n", "100000"));
		long seed = Long.parseLong(option("seed", "20261122"));
		var history = AccountHistoryGenerator.History.valueOf(option("history", "YEARLY"));
		int runs = Integer.parseInt(option("runs", "3"));
		String methods = option("methods", "pab");
		int loopRuns = methods.contains("b") ? Integer.parseInt(option("loopRuns", "1")) : 0;
		long sample = Math.min(n, Long.parseLong(option("sample", "20000")));
		long started = System.nanoTime();
		long latency = Long.parseLong(option("latencyMicros", "0"));
		DelayProxy proxy = latency > 0 ? new DelayProxy("127.0.0.1", 5432, latency) : null;
		this.methodUrl = proxy == null ? this.url : this.url.replace("127.0.0.1:5432", "127.0.0.1:" + proxy.port());
		if (proxy != null) {
			this.report.line("The three methods reach the database through a proxy delaying each direction by %d µs"
					+ " (as across a network; measured round trip of `select 1`: %s); loading and checking go direct",
					latency, roundTrip());
		}
		else {
			this.report.line("The methods reach the database directly (round trip of `select 1`: %s)", roundTrip());
		}
		try (proxy; ConfigurableApplicationContext context = new SpringApplicationBuilder(JiexuApplication.class).run(
				"--spring.datasource.url=" + this.methodUrl, "--spring.datasource.username=" + option("user", "jiexu"),
				"--spring.datasource.password=" + option("password", "jiexu"), "--jiexu.demo.enabled=false",
				"--server.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
				"--jiexu.interest-posting.workers=" + option("workers", "2"))) {
			this.report.line("Application started (Flyway migrated the schema) in %.1f s; the product posts with %s"
					+ " workers", BenchReport.seconds(started), option("workers", "2"));
			load(n, seed, history);
			InterestPosting product = context.getBean(InterestPosting.class);
			long accounts = count("select count(*) from account.individual_account where agency_code = '"
					+ AccountHistoryGenerator.AGENCY + "'");
			long sampleLast = single("select max(id) from (select id from account.individual_account where"
					+ " agency_code = '" + AccountHistoryGenerator.AGENCY + "' order by id limit " + sample + ") s");
			this.report.line("Interest year %d, rate %s, credit weight %s; %d accounts; loop sample: accounts 1..%d", this.year,
					this.rate.toPlainString(), this.weight.toPlainString(), accounts, sampleLast);

			List<Double> productTimes = new ArrayList<>();
			List<Double> prepareTimes = new ArrayList<>();
			List<Double> setTimes = new ArrayList<>();
			List<Double> loopTimes = new ArrayList<>();
			Map<String, Fingerprint> full = new LinkedHashMap<>();
			Map<String, Fingerprint> sampled = new LinkedHashMap<>();
			for (int r = 1; r <= runs; r++) {
				for (char method : (r % 2 == 1 ? "pa" : "ap").toCharArray()) {
					if (methods.indexOf(method) < 0) {
						continue;
					}
					restore();
					if (method == 'p') {
						double[] t = product(product);
						prepareTimes.add(t[0]);
						productTimes.add(t[1]);
						this.report.line("run %d (p) product: prepare %.2f s + chunks %.2f s = %.2f s", r, t[0], t[1] - t[0], t[1]);
						check(full, "p", fingerprint(Long.MAX_VALUE));
						check(sampled, "p", fingerprint(sampleLast));
					}
					else {
						double t = setBased();
						setTimes.add(t);
						this.report.line("run %d (a) set-based: %.2f s", r, t);
						check(full, "a", fingerprint(Long.MAX_VALUE));
						check(sampled, "a", fingerprint(sampleLast));
					}
				}
			}
			for (int r = 1; r <= loopRuns; r++) {
				restore();
				double t = loop(sampleLast);
				loopTimes.add(t);
				this.report.line("run %d (b) per-account loop over %d accounts: %.2f s (%.0f accounts/s)", r, sample, t,
						sample / t);
				check(sampled, "b", fingerprint(sampleLast));
			}
			restore();
			Fingerprint all = full.values().iterator().next();
			double p = BenchReport.median(productTimes);
			double a = BenchReport.median(setTimes);
			double bSample = BenchReport.median(loopTimes);
			double b = bSample * accounts / sample;
			this.report.line("");
			this.report.line("| accounts | year balances | interest postings | interest total | (p) product s | (p) of which"
					+ " prepare s | (a) set-based s | (b) loop s%s | p / a | b / p |",
					sample < accounts ? " (extrapolated from " + sample + ")" : "");
			this.report.line("|---|---|---|---|---|---|---|---|---|---|");
			this.report.line("| %d | %d | %d | %s | %.2f | %.2f | %.2f | %.1f | %.2f | %.1f |", accounts, all.balances,
					all.postings, all.interest.toPlainString(), p, BenchReport.median(prepareTimes), a, b, p / a, b / p);
			this.report.line("");
			this.report.line("Runs: (p) %s, (a) %s, (b) %s on %d accounts. Results identical across all runs and methods: %s",
					times(productTimes), times(setTimes), times(loopTimes), sample,
					"yes (fingerprints " + all.hash.substring(0, 12) + " over all accounts, "
							+ sampled.values().iterator().next().hash.substring(0, 12) + " over the sample)");
			this.report.line("Total bench time %.0f s", BenchReport.seconds(started));
			this.report.appendTo(this.options.get("out"));
		}
	}

	// ---------------------------------------------------------------------------------------------------- load

	void load(long n, long seed, AccountHistoryGenerator.History history) throws SQLException {
		String marker = n + "/" + seed + "/" + this.year + "/" + history;
		try (Connection c = connect(); Statement s = c.createStatement()) {
			s.execute("create table if not exists public.bench_load (marker varchar(100) primary key,"
					+ " loaded_at timestamp with time zone not null)");
			try (ResultSet rs = s.executeQuery("select count(*) from public.bench_load where marker = '" + marker
					+ "'")) {
				rs.next();
				if (rs.getLong(1) > 0) {
					this.report.line("Data %s already loaded", marker);
					return;
				}
			}
			if (count("select count(*) from account.individual_account") > 0) {
				throw new IllegalStateException("The bench database holds other data; drop it first");
			}
			s.execute("insert into registry.agency (code, region_code, name_zh, name_en) values ('"
					+ AccountHistoryGenerator.AGENCY + "', '" + AccountHistoryGenerator.REGION
					+ "', '基准测试经办机构', 'Benchmark agency')");
			List<String> recreate = dropSecondary(s);
			long started = System.nanoTime();
			Connection[] streams = new Connection[5];
			AccountHistoryGenerator.Counts counts;
			try {
				for (int i = 0; i < streams.length; i++) {
					streams[i] = connect();
					try (Statement each = streams[i].createStatement()) {
						each.execute("set synchronous_commit = off");
					}
				}
				counts = new AccountHistoryGenerator(seed, this.year, history).load(n, streams[0], streams[1],
						streams[2], streams[3], streams[4]);
			}
			finally {
				for (Connection each : streams) {
					if (each != null) {
						each.close();
					}
				}
			}
			double copy = BenchReport.seconds(started);
			long rows = 3 * n + counts.postings() + counts.yearBalances();
			this.report.line("COPY of %d persons, %d accounts, %d postings (%d in the interest year), %d year balances"
					+ " (history %s): %.1f s, %.0f rows/s", n, n, counts.postings(), counts.interestYearPostings(),
					counts.yearBalances(), history, copy, rows / copy);
			started = System.nanoTime();
			for (String table : List.of("registry.insured_person", "registry.insurance_relation",
					"account.individual_account", "account.posting")) {
				s.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table
						+ "))");
			}
			s.execute("set maintenance_work_mem = '1GB'");
			for (String ddl : recreate) {
				s.execute(ddl);
			}
			this.report.line("Indexes and constraints rebuilt (maintenance_work_mem 1GB) in %.1f s", BenchReport.seconds(started));
			started = System.nanoTime();
			s.execute("vacuum analyze " + String.join(", ", TABLES));
			this.report.line("VACUUM ANALYZE in %.1f s", BenchReport.seconds(started));
			s.execute("insert into public.bench_load values ('" + marker + "', now())");
			try (ResultSet rs = s.executeQuery("select pg_size_pretty(pg_database_size(current_database())),"
					+ " pg_size_pretty(pg_total_relation_size('account.posting'))")) {
				rs.next();
				this.report.line("Database size %s, of which account.posting with its indexes %s", rs.getString(1),
						rs.getString(2));
			}
		}
	}

	/** Drops the foreign keys, unique constraints and indexes (not the primary keys) of the loaded tables. */
	private static List<String> dropSecondary(Statement s) throws SQLException {
		List<String> drops = new ArrayList<>();
		List<String> creates = new ArrayList<>();
		List<String> foreignKeys = new ArrayList<>();
		String tables = "array['" + String.join("', '", TABLES) + "']::regclass[]";
		try (ResultSet rs = s.executeQuery("select conrelid::regclass::text, conname, pg_get_constraintdef(oid),"
				+ " contype from pg_constraint where conrelid = any(" + tables + ") and contype in ('f', 'u')"
				+ " order by contype")) {
			while (rs.next()) {
				String drop = "alter table " + rs.getString(1) + " drop constraint " + rs.getString(2);
				String add = "alter table " + rs.getString(1) + " add constraint " + rs.getString(2) + " "
						+ rs.getString(3);
				drops.add(rs.getString(4).equals("f") ? 0 : drops.size(), drop);
				(rs.getString(4).equals("f") ? foreignKeys : creates).add(add);
			}
		}
		try (ResultSet rs = s.executeQuery("select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)"
				+ " from pg_index i where i.indrelid = any(" + tables + ") and not i.indisprimary"
				+ " and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)")) {
			while (rs.next()) {
				drops.add("drop index " + rs.getString(1));
				creates.add(rs.getString(2));
			}
		}
		for (String drop : drops) {
			s.execute(drop);
		}
		creates.addAll(foreignKeys);
		return creates;
	}

	// ---------------------------------------------------------------------------------------------------- runs

	/** Back to the loaded state: no balances or interest postings of the year, vacuumed, analysed, checkpointed. */
	private void restore() throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement()) {
			s.execute("delete from account.posting where posting_year = " + this.year + " and kind = 'INTEREST'");
			s.execute("delete from account.year_balance where balance_year = " + this.year);
			s.execute("delete from account.interest_posting");
			s.execute("vacuum analyze account.posting, account.year_balance, account.interest_posting, job.job");
			s.execute("checkpoint");
		}
	}

	/** (p) The product's code path; returns the seconds of prepare and of prepare plus all chunks. */
	private double[] product(InterestPosting product) {
		CurrentUser admin = new CurrentUser("bench", "Bench", UserKind.STAFF, Set.of(Role.ADMIN),
				AccountHistoryGenerator.AGENCY, null, null);
		long started = System.nanoTime();
		InterestPostingView run = product.prepare(admin, this.year, null, InterestMethod.RULE_1997);
		double prepared = BenchReport.seconds(started);
		if (run.rate().compareTo(this.rate) != 0) {
			throw new IllegalStateException("The product applies " + run.rate() + ", the bench " + this.rate);
		}
		product.run(run.job().id(), Interruption.NONE);
		return new double[] { prepared, BenchReport.seconds(started) };
	}

	/** (a) Two set-based statements over all accounts, one transaction. */
	private double setBased() throws SQLException {
		String balances = """
				insert into account.year_balance (account_id, balance_year, opening, movements, interest, closing, job_id)
				select s.account_id, ?, s.opening, s.movements, s.interest, s.opening + s.movements + s.interest, ?
				from (select t.account_id, t.opening, t.movements,
				        case when t.opening + t.movements <= 0 then 0
				             else round(t.opening * ? + t.movements * ? * ?, 2) end as interest
				      from (select a.id as account_id, coalesce(b.closing, 0) as opening,
				              coalesce(m.movements, 0) as movements
				            from account.individual_account a
				            left join account.year_balance b on b.account_id = a.id and b.balance_year = ?
				            left join (select account_id, sum(amount) filter (where kind <> 'INTEREST') as movements
				                       from account.posting where posting_year = ? group by account_id) m
				              on m.account_id = a.id
				            where a.agency_code = ? and (b.account_id is not null or m.account_id is not null)
				              and not exists (select 1 from account.year_balance y
				                              where y.account_id = a.id and y.balance_year = ?)) t) s
				order by s.account_id
				""";
		String postings = """
				insert into account.posting (account_id, kind, value_month, posting_year, amount, reference, posted_at)
				select account_id, 'INTEREST', ?, ?, interest, ?, ? from account.year_balance
				where balance_year = ? and job_id = ? and interest <> 0
				order by account_id
				""";
		try (Connection c = connectMethod()) {
			c.setAutoCommit(false);
			long started = System.nanoTime();
			try (PreparedStatement b = c.prepareStatement(balances); PreparedStatement p = c.prepareStatement(postings)) {
				b.setInt(1, this.year);
				b.setLong(2, SET_BASED_JOB);
				b.setBigDecimal(3, this.rate);
				b.setBigDecimal(4, this.rate);
				b.setBigDecimal(5, this.weight);
				b.setInt(6, this.year - 1);
				b.setInt(7, this.year);
				b.setString(8, AccountHistoryGenerator.AGENCY);
				b.setInt(9, this.year);
				b.executeUpdate();
				p.setDate(1, Date.valueOf(LocalDate.of(this.year, 12, 1)));
				p.setInt(2, this.year);
				p.setString(3, "interest:" + this.year);
				p.setTimestamp(4, Timestamp.from(Instant.now()));
				p.setInt(5, this.year);
				p.setLong(6, SET_BASED_JOB);
				p.executeUpdate();
			}
			c.commit();
			return BenchReport.seconds(started);
		}
	}

	/**
	 * (b) Account by account: its balance of last year and this year's postings read, the interest computed in
	 * Java with BigDecimal, the year balance and the interest posting inserted; a commit every 10 accounts.
	 */
	private double loop(long lastAccount) throws SQLException {
		try (Connection c = connectMethod()) {
			c.setAutoCommit(false);
			long started = System.nanoTime();
			List<Long> ids = new ArrayList<>();
			try (PreparedStatement select = c.prepareStatement("select id from account.individual_account"
					+ " where agency_code = ? and id <= ? order by id")) {
				select.setString(1, AccountHistoryGenerator.AGENCY);
				select.setLong(2, lastAccount);
				try (ResultSet rs = select.executeQuery()) {
					while (rs.next()) {
						ids.add(rs.getLong(1));
					}
				}
			}
			try (PreparedStatement balances = c.prepareStatement("select balance_year, closing from"
					+ " account.year_balance where account_id = ? and balance_year in (?, ?)");
					PreparedStatement movements = c.prepareStatement("select kind, amount from account.posting"
							+ " where account_id = ? and posting_year = ?");
					PreparedStatement balance = c.prepareStatement("insert into account.year_balance (account_id,"
							+ " balance_year, opening, movements, interest, closing, job_id) values (?, ?, ?, ?, ?, ?, ?)");
					PreparedStatement posting = c.prepareStatement("insert into account.posting (account_id, kind,"
							+ " value_month, posting_year, amount, reference, posted_at) values (?, 'INTEREST', ?, ?, ?,"
							+ " ?, ?)")) {
				Date december = Date.valueOf(LocalDate.of(this.year, 12, 1));
				int uncommitted = 0;
				for (long id : ids) {
					BigDecimal opening = null;
					boolean posted = false;
					balances.setLong(1, id);
					balances.setInt(2, this.year - 1);
					balances.setInt(3, this.year);
					try (ResultSet rs = balances.executeQuery()) {
						while (rs.next()) {
							if (rs.getInt(1) == this.year) {
								posted = true;
							}
							else {
								opening = rs.getBigDecimal(2);
							}
						}
					}
					BigDecimal moved = BigDecimal.ZERO.setScale(2);
					boolean anyPosting = false;
					movements.setLong(1, id);
					movements.setInt(2, this.year);
					try (ResultSet rs = movements.executeQuery()) {
						while (rs.next()) {
							anyPosting = true;
							if (!rs.getString(1).equals("INTEREST")) {
								moved = moved.add(rs.getBigDecimal(2));
							}
						}
					}
					if (!posted && (opening != null || anyPosting)) {
						BigDecimal open = opening == null ? BigDecimal.ZERO.setScale(2) : opening;
						BigDecimal interest = AccountHistoryGenerator.interest(open, moved, this.rate);
						balance.setLong(1, id);
						balance.setInt(2, this.year);
						balance.setBigDecimal(3, open);
						balance.setBigDecimal(4, moved);
						balance.setBigDecimal(5, interest);
						balance.setBigDecimal(6, open.add(moved).add(interest));
						balance.setLong(7, LOOP_JOB);
						balance.executeUpdate();
						if (interest.signum() != 0) {
							posting.setLong(1, id);
							posting.setDate(2, december);
							posting.setInt(3, this.year);
							posting.setBigDecimal(4, interest);
							posting.setString(5, "interest:" + this.year);
							posting.setTimestamp(6, Timestamp.from(Instant.now()));
							posting.executeUpdate();
						}
					}
					if (++uncommitted == 10) {
						c.commit();
						uncommitted = 0;
					}
				}
			}
			c.commit();
			return BenchReport.seconds(started);
		}
	}

	// ---------------------------------------------------------------------------------------------------- checks

	/** Count, sum and MD5 of the year's balances and interest postings of accounts up to {@code lastAccount}. */
	private record Fingerprint(long balances, long postings, BigDecimal interest, String hash) {
	}

	private Fingerprint fingerprint(long lastAccount) throws SQLException {
		try (Connection c = connect(); PreparedStatement s = c.prepareStatement("""
				select (select count(*) from account.year_balance where balance_year = ? and account_id <= ?),
				       (select count(*) from account.posting where posting_year = ? and kind = 'INTEREST'
				          and account_id <= ?),
				       (select coalesce(sum(interest), 0) from account.year_balance where balance_year = ?
				          and account_id <= ?),
				       (select md5(coalesce(string_agg(account_id || ':' || opening || ':' || movements || ':'
				                                       || interest || ':' || closing, ',' order by account_id), ''))
				        from account.year_balance where balance_year = ? and account_id <= ?)
				       || (select md5(coalesce(string_agg(account_id || ':' || amount || ':' || reference || ':'
				                                          || value_month, ',' order by account_id), ''))
				           from account.posting where posting_year = ? and kind = 'INTEREST' and account_id <= ?)
				""")) {
			for (int i = 0; i < 5; i++) {
				s.setInt(2 * i + 1, this.year);
				s.setLong(2 * i + 2, lastAccount);
			}
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				return new Fingerprint(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getString(4));
			}
		}
	}

	private void check(Map<String, Fingerprint> seen, String method, Fingerprint fingerprint) {
		for (Map.Entry<String, Fingerprint> earlier : seen.entrySet()) {
			if (!earlier.getValue().equals(fingerprint)) {
				throw new IllegalStateException("(" + method + ") " + fingerprint + " differs from ("
						+ earlier.getKey() + ") " + earlier.getValue());
			}
		}
		seen.putIfAbsent(method, fingerprint);
	}

	// ---------------------------------------------------------------------------------------------------- helpers

	private long count(String sql) throws SQLException {
		return single(sql);
	}

	private long single(String sql) throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}




	private static String times(List<Double> values) {
		return Arrays.toString(values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toArray());
	}

}
