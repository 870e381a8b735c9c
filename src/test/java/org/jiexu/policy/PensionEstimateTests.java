package org.jiexu.policy;

import java.math.BigDecimal;

import org.jiexu.shared.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

class PensionEstimateTests {

	@Test
	void reproducesTheWorkedExampleOfPensionMd() {
		PensionEstimate estimate = estimate("12049", "0.8", "30", "200000", new Age(60, 0));
		// basic 12049 × (1 + 0.8) / 2 × 30 × 1% = 10844.1 × 0.3 = 3253.23
		// account 200000 ÷ 139 = 1438.8489… → 1438.85; total 3253.23 + 1438.85 = 4692.08
		assertThat(estimate.basicPension()).isEqualTo(new BigDecimal("3253.23"));
		assertThat(estimate.accountPension()).isEqualTo(new BigDecimal("1438.85"));
		assertThat(estimate.total()).isEqualTo(new BigDecimal("4692.08"));
		assertThat(estimate.divisor().months()).isEqualByComparingTo("139");
	}

	@ParameterizedTest
	@CsvSource({ "60, 1, 138.4, 1445.09", // 200000 ÷ 138.4 = 1445.0867…
			"60, 3, 137.3, 1456.66", // 200000 ÷ 137.3 = 1456.6642…
			"50, 1, 194.6, 1027.75", // 200000 ÷ 194.6 = 1027.7492…
			"63, 0, 117, 1709.40" // 200000 ÷ 117 = 1709.4017…
	})
	void dividesTheAccountByThePayoutMonthsOfTheAge(int years, int months, String divisor, String accountPension) {
		PensionEstimate estimate = estimate("12049", "0.8", "30", "200000", new Age(years, months));
		assertThat(estimate.divisor().months()).isEqualByComparingTo(divisor);
		assertThat(estimate.accountPension()).isEqualTo(new BigDecimal(accountPension));
		assertThat(estimate.total()).isEqualTo(new BigDecimal("3253.23").add(new BigDecimal(accountPension)));
	}

	@Test
	void takesDecimalContributionYearsAndRoundsEachPartBeforeAddingThem() {
		PensionEstimate estimate = estimate("7720", "1.2", "25.5", "85000", new Age(63, 0));
		// basic 7720 × 2.2 / 2 × 25.5 × 1% = 8492 × 0.255 = 2165.46
		// account 85000 ÷ 117 = 726.4957… → 726.50; total 2165.46 + 726.50 = 2891.96
		assertThat(estimate.basicPension()).isEqualTo(new BigDecimal("2165.46"));
		assertThat(estimate.accountPension()).isEqualTo(new BigDecimal("726.50"));
		assertThat(estimate.total()).isEqualTo(new BigDecimal("2891.96"));
	}

	@Test
	void roundsTheBasicPensionHalfUpToTheFen() {
		// 1001 × (1 + 1) / 2 × 0.5 × 1% = 5.005 → 5.01 (half-even would give 5.00)
		assertThat(estimate("1001", "1", "0.5", "0", new Age(60, 0)).basicPension())
			.isEqualTo(new BigDecimal("5.01"));
	}

	@Test
	void explainsEveryFigureAndCitesTheDecisionAndTheTable() {
		PensionEstimate estimate = estimate("12049", "0.8", "30", "200000", new Age(60, 1));
		assertThat(estimate.explanation().figures()).containsExactly(new Figure("averageWage", "12049.00"),
				new Figure("averageIndex", "0.8"), new Figure("indexedWage", "9639.20"),
				new Figure("contributionYears", "30"), new Figure("basicPension", "3253.23"),
				new Figure("accountBalance", "200000.00"), new Figure("ageYears", "60"), new Figure("ageMonths", "1"),
				new Figure("divisor", "138.4"), new Figure("lowerDivisor", "139"), new Figure("upperDivisor", "132"),
				new Figure("accountPension", "1445.09"), new Figure("total", "4698.32"));
		assertThat(estimate.explanation().sources()).startsWith(PensionEstimate.BASIC_PENSION,
				PensionEstimate.ACCOUNT_PENSION).contains(PayoutMonths.INTERPOLATION).hasSize(4);
	}

	@Test
	void givesNoBasicPensionForNoYearsAndNoAccountPensionForNoBalance() {
		PensionEstimate estimate = estimate("12049", "0.8", "0", "0", new Age(60, 0));
		assertThat(estimate.basicPension()).isEqualTo(new BigDecimal("0.00"));
		assertThat(estimate.accountPension()).isEqualTo(new BigDecimal("0.00"));
		assertThat(estimate.total()).isEqualTo(new BigDecimal("0.00"));
	}

	@Test
	void refusesEveryFigureOutOfBoundsAtOnce() {
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> estimate("0", "5.01", "60.1", "-1", new Age(39, 0)))
			.satisfies(refusal -> assertThat(refusal.violations()).extracting(UserInputException.Violation::field)
				.containsExactly("averageWage", "averageIndex", "contributionYears", "accountBalance", "retirementAge"));
	}

	@ParameterizedTest
	@CsvSource({ "0.1, 0, 1", "5, 60, 1", "0.09, 30, 0", "5.01, 30, 0", "1, -0.5, 0", "1, 60.01, 0" })
	void acceptsAnIndexFromPointOneToFiveAndYearsFromZeroToSixty(String index, String years, int accepted) {
		if (accepted == 1) {
			assertThat(estimate("8000", index, years, "0", new Age(60, 0)).basicPension()).isNotNegative();
		}
		else {
			assertThatExceptionOfType(UserInputException.class)
				.isThrownBy(() -> estimate("8000", index, years, "0", new Age(60, 0)))
				.satisfies(refusal -> assertThat(refusal.messageKey()).startsWith("policy.pension."));
		}
	}

	@Test
	void pensionGrowsWithContributionYears() {
		qt().withExamples(500)
			.forAll(integers().between(1, 5_000_000), integers().between(10, 500), integers().between(0, 599),
					integers().between(1, 600))
			.check((wageFen, indexHundredths, tenthsOfYears, more) -> {
				int longerTenths = Math.min(600, tenthsOfYears + more);
				BigDecimal wage = BigDecimal.valueOf(wageFen, 2);
				BigDecimal index = BigDecimal.valueOf(indexHundredths, 2);
				PensionEstimate fewer = PensionEstimate.of(new PensionEstimate.Input(wage, index,
						BigDecimal.valueOf(tenthsOfYears, 1), new BigDecimal("100000"), new Age(60, 0)));
				PensionEstimate longer = PensionEstimate.of(new PensionEstimate.Input(wage, index,
						BigDecimal.valueOf(longerTenths, 1), new BigDecimal("100000"), new Age(60, 0)));
				return longer.total().compareTo(fewer.total()) >= 0
						&& longer.basicPension().compareTo(fewer.basicPension()) >= 0
						&& longer.total().compareTo(longer.basicPension().add(longer.accountPension())) == 0;
			});
	}

	private static PensionEstimate estimate(String wage, String index, String years, String balance, Age age) {
		return PensionEstimate.of(new PensionEstimate.Input(new BigDecimal(wage), new BigDecimal(index),
				new BigDecimal(years), new BigDecimal(balance), age));
	}

}
