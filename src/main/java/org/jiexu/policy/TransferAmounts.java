package org.jiexu.policy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import org.jiexu.policy.TransferYear.AccountPart;
import org.jiexu.policy.TransferYear.TemporaryPart;
import org.jiexu.shared.Money;
import org.jiexu.shared.UserInputException;

/**
 * The funds moved by a transfer between provinces (国办发〔2009〕66号 第四条, with the 11% / 8% normalisation
 * attributed to 人社部发〔2009〕187号). A method derived from the rule text, not an official formula: the texts do
 * not settle how interest is credited or how amounts are rounded, so this class decides and says so
 * ({@link #DERIVED}).
 * <ul>
 * <li><b>Pooled fund</b>: 12% of the base of every month from 1998-01 in ordinary segments, summed per year;
 * no interest (第四条（二） moves "the sum").</li>
 * <li><b>Individual account</b>: before 1998 the person's own contributions ({@code personalRate × base});
 * 1998–2005 11% and from 2006 8% of the base, whatever the place credited: a higher credit is not moved, a
 * lower one is topped up (both shown per year). Yearly interest by the {@link InterestMethod}.</li>
 * <li><b>Temporary account</b> (第五条（二）): every contribution, the employer's ({@code employerRate}, by
 * default the national rate of the month, {@link ContributionRates#employee}) and the person's
 * ({@code personalRate}), with yearly interest; not the 12% / 8% rule. The employer part with its interest is
 * counted in the pooled fund, the person's part with its interest in the individual account, and the two
 * together are shown as {@code temporaryAccount}.</li>
 * <li><b>Interest</b> is credited for every year from the first to the year of the last month, also in years
 * without contributions. If the last year has no rate (e.g. not yet published), no interest is credited for it
 * and the figure {@code interestNotCredited} names it; any other year without a rate is refused, naming every
 * such year so that the user can enter the rates.</li>
 * <li><b>Rounding</b>: each year's amounts (pooled, credits, interest of each account) half-up to the fen,
 * from the unrounded sums of the year over all segments, so splitting a segment changes nothing.</li>
 * </ul>
 * Segments must not overlap: duplicate contributions are cleared by the refund rules, not moved.
 */
public final class TransferAmounts {

	/** Says that the computation is derived, not an official formula. */
	public static final Source DERIVED = new Source("依据第四条及个人账户归一规定推导的计算方法（非官方公式）",
			"统筹基金按各年缴费基数12%合计、不计息；个人账户和临时账户逐年计息；每年金额四舍五入到分", Confidence.LOW);

	/** The first month of the unified system (国发〔1997〕26号): from here the pooled fund moves 12%. */
	public static final YearMonth ACCOUNT_REFORM = YearMonth.of(1998, 1);

	/** The most segments a calculation takes. */
	public static final int MAX_SEGMENTS = 100;

	/** The highest monthly base accepted, in yuan. */
	public static final BigDecimal MAX_BASE = new BigDecimal("1000000");

	/** The highest contribution rate accepted, as a decimal. */
	public static final BigDecimal MAX_RATE = new BigDecimal("0.3");

	private final InterestRates rates;

	private final InterestMethod method;

	public TransferAmounts(InterestRates rates, InterestMethod method) {
		this.rates = rates;
		this.method = method;
	}

	public TransferAmountsResult calculate(List<TransferSegment> segments) {
		TransferSegmentChecks.check(segments);
		Set<Source> defaultRateSources = new LinkedHashSet<>();
		SortedMap<Integer, TransferYearSums> sums = TransferYearSums.of(segments, defaultRateSources);
		int first = sums.firstKey();
		int last = sums.lastKey();
		requireRates(first, last);
		boolean lastRated = this.rates.rate(last).isPresent();
		List<Credited> account = roll(credits(sums, s -> s.credits), lastRated);
		List<Credited> employer = roll(credits(sums, s -> s.temporaryEmployer), lastRated);
		List<Credited> individual = roll(credits(sums, s -> s.temporaryIndividual), lastRated);

		List<TransferYear> years = new ArrayList<>();
		BigDecimal pooled = Money.ZERO;
		BigDecimal topUp = Money.ZERO;
		BigDecimal excess = Money.ZERO;
		BigDecimal basesSince1998 = BigDecimal.ZERO;
		int months = 0;
		int temporaryMonths = 0;
		for (int year = first; year <= last; year++) {
			int i = year - first;
			TransferYearSums sum = sums.get(year);
			TransferYear transferYear = year(year, sum, account.get(i), employer.get(i), individual.get(i));
			years.add(transferYear);
			pooled = pooled.add(transferYear.pooled());
			topUp = topUp.add(transferYear.account().topUp());
			excess = excess.add(transferYear.account().excessNotMoved());
			basesSince1998 = basesSince1998.add(sum.basesSince1998);
			months += sum.months;
			temporaryMonths += sum.temporaryMonths;
		}
		BigDecimal accountBalance = account.get(account.size() - 1).balance();
		BigDecimal employerBalance = employer.get(employer.size() - 1).balance();
		BigDecimal individualBalance = individual.get(individual.size() - 1).balance();
		BigDecimal pooledFund = pooled.add(employerBalance);
		BigDecimal individualAccount = accountBalance.add(individualBalance);
		BigDecimal temporaryAccount = employerBalance.add(individualBalance);

		Explanation.Builder explanation = Explanation.citing(TransferSources.ART_4, TransferSources.NORMALISATION, DERIVED,
				this.method.source())
			.figure("segments", segments.size())
			.figure("months", months)
			.figure("basesSince1998", Money.text(basesSince1998))
			.figure("pooledTwelvePercent", Money.text(pooled))
			.figure("accountNormalised", Money.text(accountBalance))
			.figure("accountTopUp", Money.text(topUp))
			.figure("accountExcessNotMoved", Money.text(excess))
			.figure("interestMethod", this.method.name());
		if (temporaryMonths > 0) {
			explanation.figure("temporaryMonths", temporaryMonths)
				.figure("temporaryEmployer", Money.text(employerBalance))
				.figure("temporaryIndividual", Money.text(individualBalance))
				.source(TransferSources.ART_5_2);
			defaultRateSources.forEach(explanation::source);
		}
		if (!lastRated) {
			explanation.figure("interestNotCredited", last);
		}
		years.stream()
			.map(TransferYear::interestRate)
			.filter(rate -> rate != null)
			.forEach(rate -> explanation.source(rate.source()));
		return new TransferAmountsResult(pooledFund, individualAccount, temporaryAccount,
				pooledFund.add(individualAccount), years, explanation.build());
	}

	private TransferYear year(int year, TransferYearSums sum, Credited account, Credited employer, Credited individual) {
		BigDecimal pooled = Money.fen(sum.basesSince1998.multiply(TransferYearSums.POOLED_RATE));
		BigDecimal recorded = Money.fen(sum.recorded);
		BigDecimal difference = account.credits().subtract(recorded);
		BigDecimal normalisedRate = TransferYearSums.normalisedRate(year);
		AccountPart accountPart = new AccountPart(normalisedRate.signum() == 0 ? null : normalisedRate,
				account.credits(), recorded, difference.max(Money.ZERO), difference.negate().max(Money.ZERO),
				account.interest(), account.balance());
		TemporaryPart temporaryPart = new TemporaryPart(sum.temporaryMonths, Money.fen(sum.temporaryBases),
				employer.credits(), individual.credits(), employer.interest().add(individual.interest()),
				employer.balance().add(individual.balance()));
		return new TransferYear(year, sum.months, Money.fen(sum.bases), pooled, accountPart, temporaryPart,
				this.rates.rate(year).orElse(null));
	}

	/** Every year but the last must have a rate; all missing ones are named at once. */
	private void requireRates(int first, int last) {
		List<String> missing = new ArrayList<>();
		for (int year = first; year < last; year++) {
			if (this.rates.rate(year).isEmpty()) {
				missing.add(String.valueOf(year));
			}
		}
		if (!missing.isEmpty()) {
			throw UserInputException.invalid("interestRates", "policy.interest.rateMissing", String.join("、", missing));
		}
	}

	private static SortedMap<Integer, BigDecimal> credits(SortedMap<Integer, TransferYearSums> sums,
			Function<TransferYearSums, BigDecimal> part) {
		SortedMap<Integer, BigDecimal> credits = new TreeMap<>();
		sums.forEach((year, sum) -> credits.put(year, part.apply(sum)));
		return credits;
	}

	/**
	 * One account over every year of {@code credits} by {@link AccountInterest}; the last year, if it has no rate,
	 * gets its credits without interest.
	 */
	private List<Credited> roll(SortedMap<Integer, BigDecimal> credits, boolean lastRated) {
		List<Credited> years = new ArrayList<>();
		BigDecimal balance = Money.ZERO;
		Map<Integer, BigDecimal> rated = lastRated ? credits : credits.headMap(credits.lastKey());
		if (!rated.isEmpty()) {
			for (AccountYear year : new AccountInterest(this.rates, this.method).roll(Money.ZERO, rated)) {
				years.add(new Credited(year.credits(), year.interest(), year.closingBalance()));
				balance = year.closingBalance();
			}
		}
		if (!lastRated) {
			BigDecimal credit = Money.fen(credits.get(credits.lastKey()));
			years.add(new Credited(credit, Money.ZERO, balance.add(credit)));
		}
		return years;
	}

	private record Credited(BigDecimal credits, BigDecimal interest, BigDecimal balance) {
	}

}
