package org.jiexu.policy;

/**
 * The minimum contribution period for a monthly basic pension in one year ({@link MinimumContribution#forYear}).
 *
 * @param year the year in which the person reaches the statutory retirement age
 * @param months the minimum in months (180 = 15 years, up to 240 = 20 years)
 * @param source the rule that sets it for that year
 * @param explanation the figures and sources
 */
public record MinimumContributionResult(int year, int months, Source source, Explanation explanation) {

}
