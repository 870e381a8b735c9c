package org.jiexu.policy;

import java.time.YearMonth;

import org.jiexu.shared.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

class RetirementAgeTests {

	/** Birth months 1950-01 to 2010-12. */
	private static final Gen<YearMonth> BIRTHS = integers().between(0, 61 * 12 - 1)
		.map(months -> YearMonth.of(1950, 1).plusMonths(months));

	private static final Gen<RetirementCategory> CATEGORIES = integers().between(0, 2)
		.map(index -> RetirementCategory.values()[index]);

	/** Every anchor of pension.md §1.3; retirement month and delay where the research gives them. */
	@ParameterizedTest(name = "{0} born {1}: {2}岁{3}个月, {4}, delay {5}")
	@CsvSource(nullValues = "", value = { //
			"MALE, 1964-12, 60, 0, 2024-12, 0", //
			"MALE, 1965-01, 60, 1, 2025-02, 1", //
			"MALE, 1965-04, 60, 1, 2025-05, ", //
			"MALE, 1965-05, 60, 2, 2025-07, ", //
			"MALE, 1976-08, 62, 11, 2039-07, ", //
			"MALE, 1976-09, 63, 0, 2039-09, 36", //
			"MALE, 1976-12, 63, 0, 2039-12, ", //
			"FEMALE_55, 1969-12, 55, 0, 2024-12, ", //
			"FEMALE_55, 1970-01, 55, 1, 2025-02, ", //
			"FEMALE_55, 1970-05, 55, 2, 2025-07, ", //
			"FEMALE_55, 1971-04, 55, 4, 2026-08, ", //
			"FEMALE_55, 1981-08, 57, 11, , ", //
			"FEMALE_55, 1981-09, 58, 0, 2039-09, ", //
			"FEMALE_55, 1981-12, 58, 0, 2039-12, ", //
			"FEMALE_50, 1974-12, 50, 0, 2024-12, ", //
			"FEMALE_50, 1975-01, 50, 1, 2025-02, ", //
			"FEMALE_50, 1975-02, 50, 1, 2025-03, ", //
			"FEMALE_50, 1975-03, 50, 2, 2025-05, ", //
			"FEMALE_50, 1975-11, 50, 6, 2026-05, ", //
			"FEMALE_50, 1980-11, 53, 0, 2033-11, ", //
			"FEMALE_50, 1984-07, 54, 10, 2039-05, ", //
			"FEMALE_50, 1984-10, 54, 11, , ", //
			"FEMALE_50, 1984-11, 55, 0, 2039-11, ", //
			"FEMALE_50, 1984-12, 55, 0, , " })
	void matchesEveryAnchorOfTheAnnexTables(RetirementCategory category, YearMonth birth, int years, int months,
			YearMonth retirementMonth, Integer delay) {
		RetirementAgeResult result = RetirementAge.of(birth, category);
		assertThat(result.statutoryAge()).isEqualTo(new Age(years, months));
		if (retirementMonth != null) {
			assertThat(result.retirementMonth()).isEqualTo(retirementMonth);
		}
		if (delay != null) {
			assertThat(result.delayMonths()).isEqualTo(delay);
		}
	}

	@Test
	void givesTheFlexibleWindowOfTheResearchExample() {
		RetirementAgeResult result = RetirementAge.of(YearMonth.of(1970, 1), RetirementCategory.MALE);
		assertThat(result.statutoryAge()).isEqualTo(new Age(61, 4));
		assertThat(result.retirementMonth()).isEqualTo(YearMonth.of(2031, 5));
		assertThat(result.delayMonths()).isEqualTo(16);
		assertThat(result.earliestFlexibleMonth()).as("max(2028-05, 2030-01)").isEqualTo(YearMonth.of(2030, 1));
		assertThat(result.latestFlexibleMonth()).isEqualTo(YearMonth.of(2034, 5));
		assertThat(result.minimumContributionMonths()).isEqualTo(192);
		assertThat(result.source()).isEqualTo(RetirementCategory.MALE.annex());
		assertThat(result.explanation().sources()).containsExactly(RetirementCategory.MALE.annex(),
				RetirementAge.NPC_DECISION, RetirementAge.FLEXIBLE_MEASURES, RetirementAge.FLEXIBLE_RULES,
				MinimumContribution.MEASURES_ANNEX_4);
		assertThat(result.explanation().figures()).contains(Figure.of("birthMonth", "1970-01"),
				Figure.of("delayMonths", 16), Figure.of("statutoryAgeYears", 61), Figure.of("statutoryAgeMonths", 4),
				Figure.of("retirementMonth", "2031-05"), Figure.of("earliestFlexibleMonth", "2030-01"),
				Figure.of("latestFlexibleMonth", "2034-05"), Figure.of("minimumContributionYear", 2031),
				Figure.of("minimumContributionMonths", 192));
	}

	@Test
	void limitsEarlyRetirementByThreeYearsOnceTheDelayIsLong() {
		RetirementAgeResult result = RetirementAge.of(YearMonth.of(1980, 1), RetirementCategory.FEMALE_50);
		// 60 months of delay for FEMALE_50 reach the cap only in 1984-11; 1980-01 has 31 months: 52岁7个月
		assertThat(result.statutoryAge()).isEqualTo(new Age(52, 7));
		assertThat(result.retirementMonth()).isEqualTo(YearMonth.of(2032, 8));
		assertThat(result.earliestFlexibleMonth()).as("the original age 50").isEqualTo(YearMonth.of(2030, 1));
		RetirementAgeResult capped = RetirementAge.of(YearMonth.of(1990, 6), RetirementCategory.MALE);
		assertThat(capped.retirementMonth()).isEqualTo(YearMonth.of(2053, 6));
		assertThat(capped.earliestFlexibleMonth()).isEqualTo(YearMonth.of(2050, 6));
		assertThat(capped.latestFlexibleMonth()).isEqualTo(YearMonth.of(2056, 6));
	}

	@Test
	void keepsTheOriginalAgeAndNoFlexibleWindowForBirthsBeforeTheReform() {
		RetirementAgeResult result = RetirementAge.of(YearMonth.of(1964, 12), RetirementCategory.MALE);
		assertThat(result.statutoryAge()).isEqualTo(new Age(60, 0));
		assertThat(result.retirementMonth()).isEqualTo(YearMonth.of(2024, 12));
		assertThat(result.earliestFlexibleMonth()).isEqualTo(YearMonth.of(2024, 12));
		assertThat(result.latestFlexibleMonth()).isEqualTo(YearMonth.of(2024, 12));
		assertThat(result.minimumContributionMonths()).isEqualTo(180);
		assertThat(result.source()).isEqualTo(RetirementAge.RULES_1978);
		assertThat(result.explanation().sources()).containsExactly(RetirementAge.RULES_1978, RetirementAge.NPC_DECISION,
				MinimumContribution.SOCIAL_INSURANCE_LAW);
	}

	@Test
	void opensTheFlexibleWindowForTheFirstDelayedBirthAtTheOriginalAge() {
		RetirementAgeResult result = RetirementAge.of(YearMonth.of(1965, 1), RetirementCategory.MALE);
		assertThat(result.earliestFlexibleMonth()).isEqualTo(YearMonth.of(2025, 1));
		assertThat(result.latestFlexibleMonth()).isEqualTo(YearMonth.of(2028, 2));
	}

	@ParameterizedTest(name = "{0} born {1}: retires {2}, needs {3} months")
	@CsvSource({ "MALE, 1968-12, 2029-12, 180", "MALE, 1969-01, 2030-02, 186", "FEMALE_50, 1980-11, 2033-11, 204" })
	void usesTheMinimumContributionOfTheStatutoryRetirementYear(RetirementCategory category, YearMonth birth,
			YearMonth retirementMonth, int minimum) {
		RetirementAgeResult result = RetirementAge.of(birth, category);
		assertThat(result.retirementMonth()).isEqualTo(retirementMonth);
		assertThat(result.minimumContributionMonths()).isEqualTo(minimum);
	}

	@Test
	void retirementMonthNeverDecreasesWithBirthMonth() {
		qt().withExamples(500).forAll(CATEGORIES, BIRTHS).checkAssert((category, birth) -> {
			YearMonth next = birth.plusMonths(1);
			assertThat(RetirementAge.of(next, category).retirementMonth())
				.isAfterOrEqualTo(RetirementAge.of(birth, category).retirementMonth());
		});
	}

	@Test
	void delayNeverExceedsTheCapAndTheAgeNeverFallsBelowTheOriginal() {
		qt().withExamples(500).forAll(CATEGORIES, BIRTHS).checkAssert((category, birth) -> {
			RetirementAgeResult result = RetirementAge.of(birth, category);
			assertThat(result.delayMonths()).isBetween(0, category.maxDelayMonths());
			assertThat(result.statutoryAge().totalMonths()).isGreaterThanOrEqualTo(category.originalAgeYears() * 12)
				.isLessThanOrEqualTo(category.newAgeYears() * 12)
				.isEqualTo(category.originalAgeYears() * 12 + result.delayMonths());
		});
	}

	@Test
	void flexibleWindowSurroundsTheStatutoryMonth() {
		qt().withExamples(500).forAll(CATEGORIES, BIRTHS).checkAssert((category, birth) -> {
			RetirementAgeResult result = RetirementAge.of(birth, category);
			assertThat(result.earliestFlexibleMonth()).isBeforeOrEqualTo(result.retirementMonth())
				.isAfterOrEqualTo(birth.plusYears(category.originalAgeYears()));
			assertThat(result.latestFlexibleMonth()).isAfterOrEqualTo(result.retirementMonth())
				.isBeforeOrEqualTo(result.retirementMonth().plusMonths(36));
		});
	}

	@Test
	void reachesTheNewAgeAtTheCapAndKeepsItForEveryLaterBirth() {
		assertThat(RetirementAge.of(YearMonth.of(2010, 6), RetirementCategory.MALE).statutoryAge()).isEqualTo(new Age(63, 0));
		assertThat(RetirementAge.of(YearMonth.of(2010, 6), RetirementCategory.FEMALE_55).statutoryAge())
			.isEqualTo(new Age(58, 0));
		assertThat(RetirementAge.of(YearMonth.of(2010, 6), RetirementCategory.FEMALE_50).statutoryAge())
			.isEqualTo(new Age(55, 0));
	}

	@ParameterizedTest
	@ValueSource(strings = { "male", " FEMALE_55 ", "female_50" })
	void readsCategoryCodesInAnyCase(String code) {
		assertThat(RetirementCategory.byCode(code).name()).isEqualTo(code.strip().toUpperCase());
	}

	@ParameterizedTest
	@ValueSource(strings = { "FEMALE", "F55", "", "女" })
	void refusesUnknownCategoriesListingTheThree(String code) {
		assertThatThrownBy(() -> RetirementCategory.byCode(code))
			.isInstanceOfSatisfying(UserInputException.class, refusal -> {
				assertThat(refusal.field()).isEqualTo("category");
				assertThat(refusal.messageKey()).isEqualTo("policy.retirement.category");
				assertThat(refusal.arguments()).containsExactly(code, "MALE, FEMALE_55, FEMALE_50");
			});
	}

	@ParameterizedTest
	@CsvSource({ "MALE, 1937-12, 1938-01", "FEMALE_50, 1947-12, 1948-01", "MALE, 2138-01, 2137-12" })
	void refusesBirthsWhoseRetirementYearIsNotCovered(RetirementCategory category, YearMonth refused,
			YearMonth accepted) {
		assertThatThrownBy(() -> RetirementAge.of(refused, category))
			.isInstanceOfSatisfying(UserInputException.class, refusal -> {
				assertThat(refusal.field()).isEqualTo("birth");
				assertThat(refusal.messageKey()).isEqualTo("policy.retirement.birthRange");
			});
		assertThat(RetirementAge.of(accepted, category).retirementMonth().getYear()).isIn(1998, 2200);
	}

}
