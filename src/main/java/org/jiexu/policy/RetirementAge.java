package org.jiexu.policy;

import java.time.YearMonth;

import org.jiexu.shared.UserInputException;

/**
 * The statutory retirement age after the 2024 reform (《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》, in
 * force 2025-01-01, and the State Council Measures it approved), as derived in pension.md §1.3 and checked against
 * the anchors of the annex tables:
 *
 * <pre>
 * delay            = 0 before the category's first delayed birth month, else
 *                    min(floor(birth months after it / step) + 1, max delay)      (Measures 第一条, 附件1–3)
 * statutory age    = original age + delay
 * retirement month = birth month + statutory age
 * </pre>
 *
 * Births before the first delayed birth month keep the original age (60 / 55 / 50) of the 1978 rules; they all
 * reached it by 2024-12.
 * <p>
 * <b>Flexible retirement</b> (Measures 第三条, 人社部发〔2024〕94号): early retirement at most 36 months before the
 * statutory month and never before the original age, {@code max(statutory − 36 months, birth + original age)};
 * late retirement at most 36 months after it. Early retirement also needs the minimum contribution period, which
 * this rule reports but does not check. Flexible retirement is in force from 2025-01-01, so when the statutory
 * retirement month is before 2025-01 (every birth before the reform) the window is the statutory month alone.
 * <p>
 * <b>Minimum contribution</b> ({@link MinimumContribution}): of the year of the statutory retirement month, also
 * for a flexible retirement (pension.md §1.4: implementations citing 94号 use the statutory year for late
 * retirement; for early retirement one uses the chosen year; the text of 94号 on this was not retrieved). The
 * statutory retirement year must lie within the years {@link MinimumContribution} covers, else the birth month is
 * refused.
 */
public final class RetirementAge {

	/** The State Council Measures approved by the decision; its annexes are the tables by category. */
	public static final String MEASURES = "《国务院关于渐进式延迟法定退休年龄的办法》";

	public static final Source NPC_DECISION = new Source(
			"《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》（2024年9月13日第十四届全国人民代表大会常务委员会第十一次会议通过，2025年1月1日起施行）",
			"一、五", Confidence.HIGH);

	public static final Source RULES_1978 = new Source(
			"《国务院关于安置老弱病残干部的暂行办法》《国务院关于工人退休、退职的暂行办法》（1978年）",
			"原法定退休年龄：男年满六十周岁，女干部年满五十五周岁，女工人年满五十周岁", Confidence.MEDIUM);

	public static final Source FLEXIBLE_MEASURES = new Source(MEASURES,
			"第三条（弹性提前退休最长不超过三年，且不得低于原法定退休年龄；弹性延迟退休最长不超过三年）", Confidence.HIGH);

	public static final Source FLEXIBLE_RULES = new Source("人社部发〔2024〕94号《实施弹性退休制度暂行办法》（2025年1月1日起施行）", "",
			Confidence.HIGH);

	/** The first month in which flexible retirement is possible. */
	public static final YearMonth FLEXIBLE_FROM = YearMonth.of(2025, 1);

	/** The most months a flexible retirement moves the retirement month, either way. */
	public static final int FLEXIBLE_MONTHS = 36;

	private RetirementAge() {
	}

	public static RetirementAgeResult of(YearMonth birth, RetirementCategory category) {
		int delay = category.delayMonths(birth);
		Age age = Age.ofMonths(category.originalAgeYears() * 12 + delay);
		YearMonth retirement = birth.plusMonths(age.totalMonths());
		if (retirement.getYear() < MinimumContribution.FIRST_YEAR || retirement.getYear() > MinimumContribution.LAST_YEAR) {
			throw UserInputException.invalid("birth", "policy.retirement.birthRange", birth, retirement,
					String.valueOf(MinimumContribution.FIRST_YEAR), String.valueOf(MinimumContribution.LAST_YEAR));
		}
		boolean flexible = !retirement.isBefore(FLEXIBLE_FROM);
		YearMonth originalAgeReached = birth.plusYears(category.originalAgeYears());
		YearMonth earliest = retirement;
		YearMonth latest = retirement;
		if (flexible) {
			YearMonth threeYearsEarlier = retirement.minusMonths(FLEXIBLE_MONTHS);
			earliest = threeYearsEarlier.isAfter(originalAgeReached) ? threeYearsEarlier : originalAgeReached;
			latest = retirement.plusMonths(FLEXIBLE_MONTHS);
		}
		MinimumContributionResult minimum = MinimumContribution.forYear(retirement.getYear());
		Source main = delay > 0 ? category.annex() : RULES_1978;
		Explanation.Builder explanation = Explanation.citing(main, NPC_DECISION)
			.figure("birthMonth", birth)
			.figure("retirementCategory", category)
			.figure("originalAgeYears", category.originalAgeYears())
			.figure("firstDelayedBirthMonth", category.firstDelayedBirthMonth())
			.figure("birthMonthsPerDelayMonth", category.birthMonthsPerDelayMonth())
			.figure("maxDelayMonths", category.maxDelayMonths())
			.figure("delayMonths", delay)
			.figure("statutoryAgeYears", age.years())
			.figure("statutoryAgeMonths", age.months())
			.figure("retirementMonth", retirement)
			.figure("earliestFlexibleMonth", earliest)
			.figure("latestFlexibleMonth", latest)
			.figure("minimumContributionYear", minimum.year())
			.figure("minimumContributionMonths", minimum.months());
		if (flexible) {
			explanation.source(FLEXIBLE_MEASURES).source(FLEXIBLE_RULES);
		}
		explanation.source(minimum.source());
		return new RetirementAgeResult(birth, category, age, retirement, delay, earliest, latest, minimum.months(), main,
				explanation.build());
	}

}
