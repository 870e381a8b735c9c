package org.jiexu.contribution;

import java.time.YearMonth;

import org.jiexu.policy.Explanation;
import org.jiexu.policy.RetirementCategory;

/**
 * Where a person stands against the minimum contribution period (15 years, rising to 20 from 2030): months
 * contributed anywhere, months required in their statutory retirement year, months still needed, the months left
 * until the statutory retirement month, and the months in gaps that could be back-paid.
 *
 * @param category the retirement category assumed (for a woman it depends on her post, an HR fact the registry
 * does not hold: worker post unless she contributes as a flexible worker)
 * @param reachable whether contributing every month until the retirement month reaches the minimum
 */
public record MinimumContributionStatus(int monthsContributed, int monthsRequired, int monthsStillNeeded,
		RetirementCategory category, YearMonth retirementMonth, int monthsUntilRetirement, long gapMonths,
		boolean reachable, Explanation explanation) {

	public boolean met() {
		return this.monthsStillNeeded == 0;
	}

}
