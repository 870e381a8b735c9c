package org.jiexu.contribution;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/** Finds the gaps (断缴) in a person's contribution months. */
final class ContributionGaps {

	private ContributionGaps() {
	}

	/**
	 * The runs of months without a contribution from the first contributed month up to {@code until} inclusive
	 * (the last month that should have been paid). No months, no gaps: someone who never started has none.
	 */
	static List<ContributionGap> of(SortedSet<YearMonth> contributed, YearMonth until) {
		List<ContributionGap> gaps = new ArrayList<>();
		if (contributed.isEmpty()) {
			return gaps;
		}
		YearMonth gapStart = null;
		for (YearMonth month = contributed.first(); !month.isAfter(until); month = month.plusMonths(1)) {
			boolean paid = contributed.contains(month);
			if (!paid && gapStart == null) {
				gapStart = month;
			}
			else if (paid && gapStart != null) {
				gaps.add(new ContributionGap(gapStart, month.minusMonths(1)));
				gapStart = null;
			}
		}
		if (gapStart != null) {
			gaps.add(new ContributionGap(gapStart, until));
		}
		return gaps;
	}

}
