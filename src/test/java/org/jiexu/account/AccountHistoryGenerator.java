package org.jiexu.account;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.jiexu.policy.IdNumber;
import org.jiexu.policy.InterestMethod;
import org.jiexu.policy.InterestRates;
import org.jiexu.shared.Money;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Benchmark data (not a test): a deterministic history of {@code n} insured persons of one agency, each with an
 * individual account and 10–30 years of history up to the interest year {@code year}, streamed as CSV into
 * PostgreSQL with {@code COPY} (five streams at once, one per table). Person {@code i} depends only on the seed
 * and {@code i}, so a smaller run is a prefix of a larger one.
 * <p>
 * Granularity (see bench/README.md): the interest year has its real monthly contribution postings; each earlier
 * year is summarised as one CONTRIBUTION posting (that year's credits) and, when it earned any, one INTEREST
 * posting computed by the 1997 rule at the province's rate, so the year balance of {@code year - 1} (the only
 * one the interest posting reads) has opening, movements, interest and closing consistent with the ledger: closing
 * = the sum of the account's postings up to {@code year - 1}. {@link History#TAKEOVER} instead emits the whole
 * past as one ADJUSTMENT posting (an opening balance taken over from an earlier system).
 */
final class AccountHistoryGenerator {

	static final String AGENCY = "BENCH01";

	static final String REGION = "420102";

	static final String PROVINCE = "42";

	/** How much of the years before the interest year becomes postings. */
	enum History {

		/** One CONTRIBUTION and one INTEREST posting per earlier year. */
		YEARLY,
		/** One ADJUSTMENT posting with the closing balance of the year before the interest year. */
		TAKEOVER

	}

	/** What the loader wrote. */
	record Counts(long persons, long postings, long yearBalances, long interestYearPostings) {
	}

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
			"胡", "郭", "何", "林", "罗", "高" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
			"明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "文" };

	private static final int BIRTH_DAYS = 9490; // 1960-01-01 .. 1985-12-31

	private static final BigDecimal FALLBACK_RATE = new BigDecimal("0.0250");

	private final long seed;

	private final int year;

	private final History history;

	private final BigDecimal[] rates;

	AccountHistoryGenerator(long seed, int year, History history) {
		this.seed = seed;
		this.year = year;
		this.history = history;
		InterestRates known = InterestRates.forProvince(PROVINCE);
		this.rates = new BigDecimal[year + 1];
		Arrays.fill(this.rates, FALLBACK_RATE);
		for (int y = 1950; y <= year; y++) {
			int each = y;
			known.rate(y).ifPresent(rate -> this.rates[each] = rate.rate());
		}
	}

	/** Streams persons {@code 1..n} into the (empty) tables through the given connections, one per table. */
	Counts load(long n, Connection persons, Connection relations, Connection accounts, Connection balances,
			Connection postings) throws SQLException {
		try (Stream personStream = new Stream(persons, "registry.insured_person (id, id_number, name, gender,"
				+ " birth_date, hukou_region_code, registered_at, registered_by)");
				Stream relationStream = new Stream(relations,
						"registry.insurance_relation (id, insured_person, agency_code, state, started_on)");
				Stream accountStream = new Stream(accounts,
						"account.individual_account (id, person_id, agency_code, opened_on)");
				Stream balanceStream = new Stream(balances, "account.year_balance (account_id, balance_year, opening,"
						+ " movements, interest, closing, job_id)");
				Stream postingStream = new Stream(postings, "account.posting (id, account_id, kind, value_month,"
						+ " posting_year, amount, reference, posted_at)")) {
			long postingId = 0;
			long balanceRows = 0;
			long yearPostings = 0;
			for (long i = 1; i <= n; i++) {
				Person p = person(i);
				personStream.row(i, p.idNumber, p.name, p.gender, p.birth, REGION, "2020-01-01 09:00:00+08", "bench");
				relationStream.row(i, i, AGENCY, "ACTIVE", p.firstYear + "-01-01");
				accountStream.row(i, i, AGENCY, p.firstYear + "-01-01");
				SplittableRandom r = p.random;
				long base = p.baseFen;
				BigDecimal closing = Money.ZERO;
				BigDecimal previousOpening = Money.ZERO;
				BigDecimal previousMovements = Money.ZERO;
				BigDecimal previousInterest = Money.ZERO;
				for (int y = p.firstYear; y < this.year; y++) {
					int months = r.nextInt(10) == 0 ? 1 + r.nextInt(11) : 12;
					BigDecimal credits = fen(months * credit(base));
					BigDecimal interest = interest(closing, credits, this.rates[y]);
					if (this.history == History.YEARLY) {
						postingStream.row(++postingId, i, "CONTRIBUTION", y + "-12-01", y, credits, "history:" + y,
								(y + 1) + "-01-05 10:00:00+08");
						if (interest.signum() != 0) {
							postingStream.row(++postingId, i, "INTEREST", y + "-12-01", y, interest, "interest:" + y,
									(y + 1) + "-01-10 10:00:00+08");
						}
					}
					previousOpening = closing;
					previousMovements = credits;
					previousInterest = interest;
					closing = closing.add(credits).add(interest);
					base = base * (106 + r.nextInt(4)) / 100;
				}
				if (p.firstYear < this.year) {
					if (this.history == History.TAKEOVER) {
						postingStream.row(++postingId, i, "ADJUSTMENT", (this.year - 1) + "-12-01", this.year - 1,
								closing, "takeover", this.year + "-01-02 10:00:00+08");
					}
					balanceStream.row(i, this.year - 1, previousOpening, previousMovements, previousInterest, closing, 0);
					balanceRows++;
				}
				// The interest year, month by month.
				long credit = credit(base);
				BigDecimal sofar = closing;
				int months = switch (p.pattern) {
					case PAUSED -> 0;
					case PARTIAL, TRANSFER_OUT -> 1 + r.nextInt(11);
					default -> 12;
				};
				for (int m = 1; m <= months; m++) {
					String month = String.format("%d-%02d", this.year, m);
					postingStream.row(++postingId, i, "CONTRIBUTION", month + "-01", this.year, fen(credit),
							"contribution:" + month, month + "-15 10:00:00+08");
					sofar = sofar.add(fen(credit));
					yearPostings++;
				}
				if (p.pattern == Pattern.TRANSFER_OUT) {
					String month = String.format("%d-%02d", this.year, months + 1);
					postingStream.row(++postingId, i, "TRANSFER_OUT", month + "-01", this.year, sofar.negate(),
							"transfer:" + this.year, month + "-20 10:00:00+08");
					yearPostings++;
				}
			}
			return new Counts(n, postingId, balanceRows, yearPostings);
		}
	}

	/** What happens to an account in the interest year. */
	enum Pattern {

		/** Contributes every month. */
		FULL,
		/** Contributes some months. */
		PARTIAL,
		/** Contributes no month (earns interest on its opening balance only). */
		PAUSED,
		/** Contributes some months, then its whole balance leaves with a transfer (earns no interest). */
		TRANSFER_OUT,
		/** Opened in the interest year. */
		NEW

	}

	record Person(String idNumber, String name, String gender, LocalDate birth, int firstYear, long baseFen,
			Pattern pattern, SplittableRandom random) {
	}

	/** Person {@code i} (from 1): identity, start of the history, base of the first year, pattern. */
	Person person(long i) {
		SplittableRandom r = new SplittableRandom(this.seed * 0x9E3779B97F4A7C15L + i);
		long k = i - 1;
		int sequence = (int) (k % 1000);
		long block = k / 1000;
		LocalDate birth = LocalDate.of(1960, 1, 1).plusDays((block * 7919) % BIRTH_DAYS);
		String region = String.valueOf(Integer.parseInt(REGION) + (int) (block / BIRTH_DAYS)); // new block past 9.49M
		String idNumber = IdNumber.compose(region, birth, sequence).value();
		String gender = sequence % 2 == 1 ? "MALE" : "FEMALE";
		String name = SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)]
				+ (r.nextBoolean() ? GIVEN[r.nextInt(GIVEN.length)] : "");
		double u = r.nextDouble();
		Pattern pattern = u < 0.01 ? Pattern.NEW : u < 0.03 ? Pattern.PAUSED : u < 0.035 ? Pattern.TRANSFER_OUT
				: u < 0.10 ? Pattern.PARTIAL : Pattern.FULL;
		int years = pattern == Pattern.NEW ? 1 : Math.min(10 + r.nextInt(21), this.year - birth.getYear() - 17);
		// The base of the interest year is 3,000-20,000 yuan; wages grew 6-9 % a year before it.
		long baseFen = Math.round((3000 + r.nextInt(17000)) * 100 / StrictMath.pow(1.06 + r.nextInt(4) / 100.0,
				years - 1));
		return new Person(idNumber, name, gender, birth, this.year - years + 1, baseFen, pattern, r);
	}

	/** The account part of a month's contribution: 8 % of the base, half-up to the fen. */
	private static long credit(long baseFen) {
		return (baseFen * 8 + 50) / 100;
	}

	private static BigDecimal fen(long fen) {
		return BigDecimal.valueOf(fen, 2);
	}

	/** The product's rule: nothing for an empty account, else the 1997 rule half-up to the fen. */
	static BigDecimal interest(BigDecimal opening, BigDecimal movements, BigDecimal rate) {
		if (opening.add(movements).signum() <= 0) {
			return Money.ZERO;
		}
		return Money.fen(InterestMethod.RULE_1997.interest(opening, movements, rate));
	}

	/** One COPY ... FROM STDIN (FORMAT csv) stream, buffered. */
	private static final class Stream implements AutoCloseable {

		private final CopyIn copy;

		private final StringBuilder line = new StringBuilder(256);

		private byte[] buffer = new byte[1 << 18];

		private int length;

		Stream(Connection connection, String table) throws SQLException {
			this.copy = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY " + table + " FROM STDIN (FORMAT csv)");
		}

		void row(Object... values) throws SQLException {
			this.line.setLength(0);
			for (int v = 0; v < values.length; v++) {
				if (v > 0) {
					this.line.append(',');
				}
				Object value = values[v];
				this.line.append(value instanceof BigDecimal decimal ? decimal.toPlainString() : value);
			}
			this.line.append('\n');
			byte[] bytes = this.line.toString().getBytes(StandardCharsets.UTF_8);
			if (this.length + bytes.length > this.buffer.length) {
				flush();
			}
			System.arraycopy(bytes, 0, this.buffer, this.length, bytes.length);
			this.length += bytes.length;
		}

		private void flush() throws SQLException {
			this.copy.writeToCopy(this.buffer, 0, this.length);
			this.length = 0;
		}

		@Override
		public void close() throws SQLException {
			try {
				flush();
				this.copy.endCopy();
			}
			catch (SQLException failure) {
				if (this.copy.isActive()) {
					this.copy.cancelCopy();
				}
				throw failure;
			}
		}

	}

}
