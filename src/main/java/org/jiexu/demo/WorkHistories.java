package org.jiexu.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

/**
 * Plans a person's work history: the spells, their agencies, employers and contribution bases.
 * <ul>
 * <li>Four people in five still work at {@code asOf}: their last spell is ongoing. The others stopped in the
 * past, after a history of 10–30 years where their age allows (young people get less).</li>
 * <li>The first spell starts in the person's first whole month at age 18 to 24, but not before 1992-01 (the
 * records' start) and not so early that the history (first month to last, gaps included) would exceed 30
 * years: those two limits move it to 1992–1993, or to 28–30 years before the last month. Only people born
 * before about 1971 are then older than 24 at their first spell.</li>
 * <li>Nothing after {@code asOf}, and nothing from the month of the 65th birthday on.</li>
 * <li>1–4 spells of at least three months; two boundaries in five have a gap of 1–24 months.</li>
 * <li>About 55% of people work at more than one seed agency; the first agency is usually the one of their
 * hukou province, if any.</li>
 * <li>One spell in ten is a flexible worker's (no employer), with a lower base.</li>
 * </ul>
 */
final class WorkHistories {

	static final YearMonth RECORDS_START = YearMonth.of(1992, 1);

	private static final int MONTHS_TO_18 = 18 * 12;

	private static final int MONTHS_TO_65 = 65 * 12;

	private static final int MINIMUM_SPELL_MONTHS = 3;

	private static final int MINIMUM_FINISHED_HISTORY_MONTHS = 10 * 12;

	private static final int MAXIMUM_HISTORY_MONTHS = 30 * 12;

	private static final int ONGOING_PERCENT = 80;

	private static final int MULTI_REGION_PERCENT = 56;

	private static final int HOME_AGENCY_PERCENT = 70;

	private static final int AGENCY_CHANGE_PERCENT = 60;

	private static final int GAP_PERCENT = 40;

	private static final int FLEXIBLE_WORKER_PERCENT = 10;

	private static final Weighted<DemoAgency> WORKPLACE = new Weighted<>(DemoAgencies.SEED,
			new int[] { 30, 15, 18, 15, 22 });

	private static final Weighted<Integer> SINGLE_REGION_SPELLS = new Weighted<>(List.of(1, 2, 3, 4),
			new int[] { 40, 30, 20, 10 });

	private static final Weighted<Integer> MULTI_REGION_SPELLS = new Weighted<>(List.of(2, 3, 4),
			new int[] { 45, 35, 20 });

	private final EmployerDirectory employers;

	WorkHistories(EmployerDirectory employers) {
		this.employers = employers;
	}

	/** The spells, in time order; empty if the person does not reach working age by {@code asOf}. */
	List<WorkSpell> plan(SplittableRandom random, LocalDate birthDate, String hukouRegionCode, YearMonth asOf) {
		Optional<Span> span = span(random, YearMonth.from(birthDate), asOf);
		if (span.isEmpty()) {
			return List.of();
		}
		int months = span.get().months();
		boolean multiRegion = months >= 2 * MINIMUM_SPELL_MONTHS && random.nextInt(100) < MULTI_REGION_PERCENT;
		int count = (multiRegion ? MULTI_REGION_SPELLS : SINGLE_REGION_SPELLS).pick(random);
		count = Math.max(1, Math.min(count, months / MINIMUM_SPELL_MONTHS));
		int[] gaps = gaps(random, count, months);
		int[] lengths = lengths(random, count, months - Arrays.stream(gaps).sum());
		DemoAgency[] agencies = agencies(random, count, multiRegion, hukouRegionCode);
		return spells(random, span.get(), agencies, lengths, gaps);
	}

	/** From the first month to the last of the history, if the person works by {@code asOf} at all. */
	private static Optional<Span> span(SplittableRandom random, YearMonth birthMonth, YearMonth asOf) {
		// the first month begun at 18 or older, up to the last begun before 25
		YearMonth first = birthMonth.plusMonths(MONTHS_TO_18 + 1 + random.nextInt(7 * 12 - 1));
		if (first.isBefore(RECORDS_START)) {
			first = RECORDS_START.plusMonths(random.nextInt(24));
		}
		YearMonth lastAllowed = earlier(asOf, birthMonth.plusMonths(MONTHS_TO_65 - 1));
		if (first.isAfter(lastAllowed)) {
			return Optional.empty();
		}
		// someone who starts in the asOf month itself cannot have stopped yet
		boolean ongoing = lastAllowed.equals(asOf) && (first.equals(asOf) || random.nextInt(100) < ONGOING_PERCENT);
		YearMonth last = ongoing ? asOf : endOfFinishedHistory(random, first, lastAllowed, asOf);
		if (first.isBefore(last.minusMonths(MAXIMUM_HISTORY_MONTHS - 1))) {
			first = last.minusMonths(MAXIMUM_HISTORY_MONTHS - 1 - random.nextInt(24));
		}
		return Optional.of(new Span(first, last, ongoing));
	}

	private List<WorkSpell> spells(SplittableRandom random, Span span, DemoAgency[] agencies, int[] lengths,
			int[] gaps) {
		BigDecimal personFactor = ContributionBases.personFactor(random);
		List<WorkSpell> spells = new ArrayList<>(agencies.length);
		YearMonth from = span.first();
		@Nullable String previousEmployer = null;
		for (int i = 0; i < agencies.length; i++) {
			String agencyCode = agencies[i].code();
			boolean flexibleWorker = random.nextInt(100) < FLEXIBLE_WORKER_PERCENT;
			@Nullable String employer = flexibleWorker ? null
					: this.employers.pick(random, agencyCode, previousEmployer);
			BigDecimal factor = flexibleWorker ? ContributionBases.flexibleWorkerFactor(random) : personFactor;
			boolean last = i == agencies.length - 1;
			YearMonth to = from.plusMonths(lengths[i] - 1);
			spells.add(new WorkSpell(agencyCode, employer, from, (last && span.ongoing()) ? null : to,
					ContributionBases.startingBase(agencyCode, from.getYear(), factor),
					ContributionBases.yearlyGrowth(random)));
			previousEmployer = employer;
			from = to.plusMonths(1 + (last ? 0 : gaps[i]));
		}
		return spells;
	}

	/**
	 * The last month of a history that has stopped: 10–30 years after the first, and before {@code asOf}
	 * (which is after {@code first}).
	 */
	private static YearMonth endOfFinishedHistory(SplittableRandom random, YearMonth first, YearMonth lastAllowed,
			YearMonth asOf) {
		YearMonth end = earlier(first.plusMonths(MINIMUM_FINISHED_HISTORY_MONTHS - 1
				+ random.nextInt(MAXIMUM_HISTORY_MONTHS - MINIMUM_FINISHED_HISTORY_MONTHS + 1)), lastAllowed);
		if (!end.isBefore(asOf)) {
			// a young person's history: stop 1–24 months before asOf, but not before the first month
			int monthsBeforeAsOf = (int) first.until(asOf, ChronoUnit.MONTHS);
			end = asOf.minusMonths(1 + random.nextInt(Math.min(24, monthsBeforeAsOf)));
		}
		return end;
	}

	/** The gap after each spell but the last: none, or 1–24 months; none at all if the history is too short. */
	private static int[] gaps(SplittableRandom random, int count, int months) {
		int[] gaps = new int[count - 1];
		for (int i = 0; i < gaps.length; i++) {
			gaps[i] = random.nextInt(100) < GAP_PERCENT ? 1 + random.nextInt(24) : 0;
		}
		return months - Arrays.stream(gaps).sum() < count * MINIMUM_SPELL_MONTHS ? new int[gaps.length] : gaps;
	}

	/** Splits the working months into {@code count} spells of at least the minimum length, at random points. */
	private static int[] lengths(SplittableRandom random, int count, int workingMonths) {
		int spare = workingMonths - count * MINIMUM_SPELL_MONTHS;
		int[] cuts = new int[count + 1];
		for (int i = 1; i < count; i++) {
			cuts[i] = spare <= 0 ? 0 : random.nextInt(spare + 1);
		}
		cuts[count] = Math.max(spare, 0);
		Arrays.sort(cuts, 1, count);
		int[] lengths = new int[count];
		for (int i = 0; i < count; i++) {
			lengths[i] = MINIMUM_SPELL_MONTHS + cuts[i + 1] - cuts[i];
		}
		if (spare < 0) {
			lengths[0] = workingMonths; // a history shorter than one minimum spell (count is then 1)
		}
		return lengths;
	}

	private static DemoAgency[] agencies(SplittableRandom random, int count, boolean multiRegion,
			String hukouRegionCode) {
		DemoAgency[] agencies = new DemoAgency[count];
		agencies[0] = firstAgency(random, hukouRegionCode);
		boolean moved = false;
		for (int i = 1; i < count; i++) {
			boolean move = multiRegion && random.nextInt(100) < AGENCY_CHANGE_PERCENT;
			agencies[i] = move ? anotherAgency(random, agencies[i - 1]) : agencies[i - 1];
			moved |= move;
		}
		if (multiRegion && !moved) {
			agencies[count - 1] = anotherAgency(random, agencies[0]);
		}
		return agencies;
	}

	private static DemoAgency firstAgency(SplittableRandom random, String hukouRegionCode) {
		for (DemoAgency agency : DemoAgencies.SEED) {
			if (hukouRegionCode.startsWith(agency.provinceCode()) && random.nextInt(100) < HOME_AGENCY_PERCENT) {
				return agency;
			}
		}
		return WORKPLACE.pick(random);
	}

	private static DemoAgency anotherAgency(SplittableRandom random, DemoAgency current) {
		DemoAgency other;
		do {
			other = WORKPLACE.pick(random);
		}
		while (other.equals(current));
		return other;
	}

	private static YearMonth earlier(YearMonth a, YearMonth b) {
		return a.isBefore(b) ? a : b;
	}

	/** A history from its first month to its last, both inclusive; an ongoing one's last month is asOf. */
	private record Span(YearMonth first, YearMonth last, boolean ongoing) {

		int months() {
			return (int) this.first.until(this.last, ChronoUnit.MONTHS) + 1;
		}

	}

}
