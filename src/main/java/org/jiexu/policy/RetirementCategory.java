package org.jiexu.policy;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jiexu.shared.UserInputException;

/**
 * Who a statutory retirement age applies to, with the pace of the 2024 reform (《国务院关于渐进式延迟法定退休年龄的办法》
 * 第一条 and its annexes 1 to 3): men (60 → 63), women whose original age is 55 (managerial and technical posts,
 * 55 → 58) and women whose original age is 50 (worker posts, 50 → 55). Which of the two a woman is, is an HR fact
 * the agency enters; it is not derived here.
 * <p>
 * The delay starts with the first birth month whose original retirement month is 2025-01, and grows by one month
 * for every {@code birthMonthsPerDelayMonth} birth months (4, 4, 2) up to {@code maxDelayMonths} (36, 36, 60).
 */
public enum RetirementCategory {

	MALE(60, 63, YearMonth.of(1965, 1), 4, 36, "附件1《男职工延迟法定退休年龄对照表》"),

	FEMALE_55(55, 58, YearMonth.of(1970, 1), 4, 36, "附件2《原法定退休年龄五十五周岁的女职工延迟法定退休年龄对照表》"),

	FEMALE_50(50, 55, YearMonth.of(1975, 1), 2, 60, "附件3《原法定退休年龄五十周岁的女职工延迟法定退休年龄对照表》");

	private final int originalAgeYears;

	private final int newAgeYears;

	private final YearMonth firstDelayedBirthMonth;

	private final int birthMonthsPerDelayMonth;

	private final int maxDelayMonths;

	private final Source annex;

	RetirementCategory(int originalAgeYears, int newAgeYears, YearMonth firstDelayedBirthMonth,
			int birthMonthsPerDelayMonth, int maxDelayMonths, String annex) {
		this.originalAgeYears = originalAgeYears;
		this.newAgeYears = newAgeYears;
		this.firstDelayedBirthMonth = firstDelayedBirthMonth;
		this.birthMonthsPerDelayMonth = birthMonthsPerDelayMonth;
		this.maxDelayMonths = maxDelayMonths;
		this.annex = new Source(RetirementAge.MEASURES, "第一条；" + annex, Confidence.HIGH);
	}

	/**
	 * The months of delay for a birth month: none before the first delayed birth month, else one more for each
	 * started band of {@code birthMonthsPerDelayMonth} birth months, at most {@code maxDelayMonths}.
	 */
	public int delayMonths(YearMonth birth) {
		long after = this.firstDelayedBirthMonth.until(birth, ChronoUnit.MONTHS);
		if (after < 0) {
			return 0;
		}
		return (int) Math.min(after / this.birthMonthsPerDelayMonth + 1, this.maxDelayMonths);
	}

	/** The category named by its code (case-insensitive), or a refusal listing the three codes. */
	public static RetirementCategory byCode(String code) {
		return Arrays.stream(values())
			.filter(category -> category.name().equals(code.strip().toUpperCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> UserInputException.invalid("category", "policy.retirement.category", code,
					Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))));
	}

	public int originalAgeYears() {
		return this.originalAgeYears;
	}

	public int newAgeYears() {
		return this.newAgeYears;
	}

	public YearMonth firstDelayedBirthMonth() {
		return this.firstDelayedBirthMonth;
	}

	public int birthMonthsPerDelayMonth() {
		return this.birthMonthsPerDelayMonth;
	}

	public int maxDelayMonths() {
		return this.maxDelayMonths;
	}

	/** Article 1 of the Measures and the annex table of this category. */
	public Source annex() {
		return this.annex;
	}

}
