package org.jiexu.policy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The unrounded sums of one year over all segments, so that a year is rounded once however its months are
 * split into segments.
 */
final class TransferYearSums {

	static final BigDecimal POOLED_RATE = new BigDecimal("0.12");

	static final BigDecimal ELEVEN = new BigDecimal("0.11");

	static final BigDecimal EIGHT = new BigDecimal("0.08");

	int months;

	BigDecimal bases = BigDecimal.ZERO;

	BigDecimal basesSince1998 = BigDecimal.ZERO;

	BigDecimal credits = BigDecimal.ZERO;

	BigDecimal recorded = BigDecimal.ZERO;

	int temporaryMonths;

	BigDecimal temporaryBases = BigDecimal.ZERO;

	BigDecimal temporaryEmployer = BigDecimal.ZERO;

	BigDecimal temporaryIndividual = BigDecimal.ZERO;

	/**
	 * Every year from the first to the last month of the segments (a year without months has zero sums), and in
	 * {@code defaultRateSources} the sources of the national employer rates used for temporary segments.
	 */
	static SortedMap<Integer, TransferYearSums> of(Iterable<TransferSegment> segments, Set<Source> defaultRateSources) {
		SortedMap<Integer, TransferYearSums> years = new TreeMap<>();
		for (TransferSegment segment : segments) {
			for (YearMonth month = segment.from(); !month.isAfter(segment.to()); month = month.plusMonths(1)) {
				TransferYearSums sums = years.computeIfAbsent(month.getYear(), year -> new TransferYearSums());
				if (segment.temporary()) {
					sums.addTemporary(month, segment, defaultRateSources);
				}
				else {
					sums.add(month, segment);
				}
			}
		}
		for (int year = years.firstKey(); year < years.lastKey(); year++) {
			years.computeIfAbsent(year, y -> new TransferYearSums());
		}
		return years;
	}

	/** The rate the transfer counts for the account in a year: 11% for 1998–2005, 8% from 2006, none before. */
	static BigDecimal normalisedRate(int year) {
		if (year < TransferAmounts.ACCOUNT_REFORM.getYear()) {
			return BigDecimal.ZERO;
		}
		return year < ContributionRates.EIGHT_PERCENT_ACCOUNT.getYear() ? ELEVEN : EIGHT;
	}

	private void add(YearMonth month, TransferSegment segment) {
		BigDecimal base = segment.monthlyBase();
		this.months++;
		this.bases = this.bases.add(base);
		if (month.isBefore(TransferAmounts.ACCOUNT_REFORM)) {
			BigDecimal own = base.multiply(segment.personalRate());
			this.credits = this.credits.add(own);
			this.recorded = this.recorded.add(own);
		}
		else {
			this.basesSince1998 = this.basesSince1998.add(base);
			this.credits = this.credits.add(base.multiply(normalisedRate(month.getYear())));
			this.recorded = this.recorded.add(base.multiply(segment.accountRate()));
		}
	}

	private void addTemporary(YearMonth month, TransferSegment segment, Set<Source> defaultRateSources) {
		BigDecimal base = segment.monthlyBase();
		BigDecimal employerRate = segment.employerRate();
		if (employerRate == null) {
			ContributionRate national = ContributionRates.employee(month);
			employerRate = national.pooledRate();
			defaultRateSources.addAll(national.explanation().sources());
		}
		this.temporaryMonths++;
		this.temporaryBases = this.temporaryBases.add(base);
		this.temporaryEmployer = this.temporaryEmployer.add(base.multiply(employerRate));
		this.temporaryIndividual = this.temporaryIndividual.add(base.multiply(segment.personalRate()));
	}

}
