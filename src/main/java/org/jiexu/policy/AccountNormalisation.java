package org.jiexu.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jiexu.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * The 11% / 8% normalisation of an individual account that moves with a transfer (人社部发〔2009〕187号, as quoted in
 * {@link TransferSources#NORMALISATION}), as adjustments of the sending account before its balance leaves. For
 * each year the credits the transfer counts ({@link TransferYear.AccountPart#credits()}: 11% of the bases
 * 1998–2005, 8% from 2006, the person's own contributions before 1998) are compared with the credits the sending
 * agency booked:
 * <ul>
 * <li>booked less: the sending agency tops the account up by the difference (转出地按11%/8%计算转移资金并相应调整个人账户记录);</li>
 * <li>booked more: the difference is not moved (高于部分不转移) and stays with the sending agency's fund; the
 * months keep their booked credits (个人账户记录不予调整), the difference is taken out in one adjustment so that
 * the account that moves is the normalised one. Before 1998 this is the part other than the person's own
 * contributions, which 第四条（一） does not move.</li>
 * </ul>
 * Before 1998 nothing is topped up: both places keep the original record (1998年1月1日之前的，转入地和转出地均保留原个人账户记录).
 * Amounts are taken as booked, to the fen, per year.
 * Each difference earns the interest the sending agency's ledger would have credited on it: in every year of the
 * account whose interest is posted ({@code posted}), at that posting's rate and by its method, half-up to the fen
 * per year; a year not yet posted earns none (its interest follows with the supplementary remittance once posted).
 * The method is derived from the rule text, not an official formula ({@link #DERIVED}).
 */
public final class AccountNormalisation {

	/** Says how the difference earns interest: derived, not official. */
	public static final Source DERIVED = new Source("依据个人账户归一规定推导的计算方法（非官方公式）",
			"逐年差额（应计入额减已记账额）按转出地该年度已结息的记账利率和方法计息，每年四舍五入到分；未结息年度不计息", Confidence.LOW);

	/**
	 * The interest posting of one year of the sending account.
	 *
	 * @param rate the rate applied, as a decimal
	 */
	public record PostedYear(int year, BigDecimal rate, InterestMethod method) {
	}

	/**
	 * One year of the normalisation.
	 *
	 * @param counted the credits the transfer counts
	 * @param booked the credits the sending agency booked
	 * @param topUpInterest the interest on the top-up so far, credited this year
	 * @param retainedInterest the interest on the retained part so far, credited this year
	 */
	public record Year(int year, BigDecimal counted, BigDecimal booked, BigDecimal topUp, BigDecimal retained,
			BigDecimal topUpInterest, BigDecimal retainedInterest) {
	}

	/**
	 * The adjustments of the sending account.
	 *
	 * @param topUp added to the account before it moves, with interest
	 * @param retained taken out of the account and kept by the sending agency, with interest
	 * @param years the years with a difference or interest on one
	 */
	public record Result(BigDecimal topUp, BigDecimal retained, List<Year> years, Explanation explanation) {

		/** What the adjustments change the moving balance by. */
		public BigDecimal net() {
			return this.topUp.subtract(this.retained);
		}

		public boolean changesNothing() {
			return this.topUp.signum() == 0 && this.retained.signum() == 0;
		}

	}

	private AccountNormalisation() {
	}

	/**
	 * @param counted the credits the transfer counts, per year
	 * @param booked the credits the sending agency booked, per year
	 * @param posted the years whose interest the sending agency has posted on the account
	 */
	public static Result of(Map<Integer, BigDecimal> counted, Map<Integer, BigDecimal> booked,
			Map<Integer, PostedYear> posted) {
		SortedMap<Integer, BigDecimal> differences = new TreeMap<>();
		counted.forEach((year, amount) -> differences.merge(year, amount, BigDecimal::add));
		booked.forEach((year, amount) -> differences.merge(year, amount.negate(), BigDecimal::add));
		differences.values().removeIf(difference -> difference.signum() == 0);
		Explanation.Builder explanation = Explanation.citing(TransferSources.NORMALISATION, TransferSources.ART_4,
				DERIVED);
		if (differences.isEmpty()) {
			return new Result(Money.ZERO, Money.ZERO, List.of(),
					explanation.figure("accountTopUp", Money.text(Money.ZERO))
						.figure("accountRetained", Money.text(Money.ZERO))
						.build());
		}
		int last = Math.max(differences.lastKey(), posted.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
		BigDecimal topUp = Money.ZERO;
		BigDecimal retained = Money.ZERO;
		List<Year> years = new ArrayList<>();
		for (int year = differences.firstKey(); year <= last; year++) {
			BigDecimal difference = Money.fen(differences.getOrDefault(year, BigDecimal.ZERO));
			BigDecimal up = year < TransferAmounts.ACCOUNT_REFORM.getYear() ? Money.ZERO : difference.max(Money.ZERO);
			BigDecimal kept = difference.negate().max(Money.ZERO);
			@Nullable PostedYear postedYear = posted.get(year);
			BigDecimal upInterest = interest(postedYear, topUp, up);
			BigDecimal keptInterest = interest(postedYear, retained, kept);
			topUp = topUp.add(up).add(upInterest);
			retained = retained.add(kept).add(keptInterest);
			if (difference.signum() != 0 || upInterest.signum() != 0 || keptInterest.signum() != 0) {
				years.add(new Year(year, Money.fen(counted.getOrDefault(year, BigDecimal.ZERO)),
						Money.fen(booked.getOrDefault(year, BigDecimal.ZERO)), up, kept, upInterest, keptInterest));
			}
			if (postedYear != null) {
				explanation.source(postedYear.method().source());
			}
		}
		return new Result(topUp, retained, years, explanation.figure("accountTopUp", Money.text(topUp))
			.figure("accountRetained", Money.text(retained))
			.figure("yearsWithDifference", differences.size())
			.figure("lastInterestYear", posted.isEmpty() ? "-" : String.valueOf(last))
			.build());
	}

	private static BigDecimal interest(@Nullable PostedYear year, BigDecimal opening, BigDecimal credit) {
		if (year == null || opening.signum() == 0 && credit.signum() == 0) {
			return Money.ZERO;
		}
		return Money.fen(year.method().interest(opening, credit, year.rate()));
	}

}
