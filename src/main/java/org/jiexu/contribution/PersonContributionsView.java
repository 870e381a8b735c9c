package org.jiexu.contribution;

import java.util.List;

/**
 * A person's contributions as the reader may see them: the records (staff: at their agency; employer handler:
 * with their employer; the person: all), months by agency and year, and, from all the person's months, the gaps
 * and the minimum contribution status.
 */
public record PersonContributionsView(long personId, List<ContributionRecordView> records,
		List<ContributionYearSummary> years, List<ContributionGap> gaps, MinimumContributionStatus minimum) {
}
