/**
 * Policy (政策): the law and the national standards as code. Pure Java, no Spring in the rule classes.
 * <ul>
 * <li>{@link org.jiexu.policy.Regions}: the GB/T 2260 administrative divisions (National Bureau of
 * Statistics, 2023-06-30 edition), loaded from {@code policy/regions/*.csv}.</li>
 * <li>{@link org.jiexu.policy.IdNumber}: the resident identity number of GB 11643-1999.</li>
 * <li>{@link org.jiexu.policy.CreditCode}: the unified social credit code of GB 32100-2015.</li>
 * <li>{@link org.jiexu.policy.WorkingDayCalendar}: working days by the State Council holiday notices
 * ({@code policy/holidays/*.json}, 2010 onwards), provisional for years without a notice.</li>
 * <li>{@link org.jiexu.policy.RetirementAge}: the statutory retirement age of the 2024 reform with the flexible
 * window; {@link org.jiexu.policy.MinimumContribution}: the minimum contribution period by year.</li>
 * <li>{@link org.jiexu.policy.ContributionRates}, {@link org.jiexu.policy.BaseLimits} on
 * {@link org.jiexu.policy.AverageWages} ({@code policy/average-wages.csv}): rates and the 60%–300% base band.</li>
 * <li>{@link org.jiexu.policy.InterestRates} ({@code policy/interest-rates.csv}) and
 * {@link org.jiexu.policy.AccountInterest}: yearly crediting of individual accounts by an
 * {@link org.jiexu.policy.InterestMethod} (the 1997 rule by default).</li>
 * <li>{@link org.jiexu.policy.TransferAmounts}, {@link org.jiexu.policy.TemporaryAccountRule},
 * {@link org.jiexu.policy.BenefitPlace}: the transfer rules of 国办发〔2009〕66号.</li>
 * <li>{@link org.jiexu.policy.PensionEstimate} with the replaceable {@link org.jiexu.policy.PayoutMonths} table.</li>
 * </ul>
 * Every rule answers with an {@link org.jiexu.policy.Explanation}: the figures it used and its
 * {@link org.jiexu.policy.Source}s with their {@link org.jiexu.policy.Confidence}. Data files carry a source per
 * row or are marked as demo data. The identifier value objects live here rather than in {@code registry} because
 * they are national standards that every module and the public calculators need, and their region check needs
 * the region list. The public calculators (API and pages, no login) are in {@code policy.web}.
 * <p>
 * Depends on: {@code shared} only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Policy (政策)", allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package org.jiexu.policy;
