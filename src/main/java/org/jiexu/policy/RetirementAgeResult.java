package org.jiexu.policy;

import java.time.YearMonth;

/**
 * A person's statutory retirement age and what follows from it ({@link RetirementAge#of}).
 *
 * @param birth the birth month
 * @param category the category the age depends on
 * @param statutoryAge the statutory retirement age (改革后法定退休年龄)
 * @param retirementMonth the month the statutory age is reached (改革后退休时间)
 * @param delayMonths the months of delay over the original age (延迟月数), 0 for births before the reform
 * @param earliestFlexibleMonth the earliest flexible early retirement month; the statutory month when flexible
 * retirement does not apply
 * @param latestFlexibleMonth the latest flexible late retirement month; the statutory month when flexible
 * retirement does not apply
 * @param minimumContributionMonths the minimum contribution period of the statutory retirement year
 * @param source the main rule for the age
 * @param explanation the figures and all sources
 */
public record RetirementAgeResult(YearMonth birth, RetirementCategory category, Age statutoryAge,
		YearMonth retirementMonth, int delayMonths, YearMonth earliestFlexibleMonth, YearMonth latestFlexibleMonth,
		int minimumContributionMonths, Source source, Explanation explanation) {

}
