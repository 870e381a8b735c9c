package org.jiexu.policy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.jiexu.shared.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

class PayoutMonthsTests {

	private final PayoutMonths table = PayoutMonths.standard();

	@ParameterizedTest
	@CsvSource({ "40, 233", "41, 230", "42, 226", "43, 223", "44, 220", "45, 216", "46, 212", "47, 208", "48, 204",
			"49, 199", "50, 195", "51, 190", "52, 185", "53, 180", "54, 175", "55, 170", "56, 164", "57, 158",
			"58, 152", "59, 145", "60, 139", "61, 132", "62, 125", "63, 117", "64, 109", "65, 101", "66, 93",
			"67, 84", "68, 75", "69, 65", "70, 56" })
	void givesTheAnnexOf2005ForEveryWholeYear(int years, String months) {
		PayoutMonths.Divisor divisor = this.table.divisor(new Age(years, 0));
		assertThat(divisor.months()).isEqualTo(new BigDecimal(months));
		assertThat(divisor.explanation().sources()).singleElement().satisfies(source -> {
			assertThat(source.document()).startsWith("国发〔2005〕38号");
			assertThat(source.article()).contains("计发月数");
			assertThat(source.confidence()).isEqualTo(Confidence.MEDIUM);
		});
		assertThat(divisor.explanation().figures()).contains(new Figure("divisor", months));
	}

	@ParameterizedTest
	@CsvSource({ "60, 1, 138.4", // 139 − 7 × 1/12 = 138.4167
			"60, 3, 137.3", // 139 − 7 × 3/12 = 137.25, half-up
			"50, 1, 194.6", // 195 − 5 × 1/12 = 194.5833
			"60, 6, 135.5", // 139 − 7 × 6/12
			"47, 6, 206.0", // 208 − 4 × 6/12
			"63, 4, 114.3", // 117 − 8 × 4/12 = 114.3333
			"69, 11, 56.8", // 65 − 9 × 11/12 = 56.75, half-up
			"40, 1, 232.8" // 233 − 3 × 1/12 = 232.75, half-up
	})
	void interpolatesAnAgeWithMonthsLinearlyHalfUpToOneDecimal(int years, int months, String divisor) {
		PayoutMonths.Divisor found = this.table.divisor(new Age(years, months));
		assertThat(found.months()).isEqualTo(new BigDecimal(divisor));
		assertThat(found.explanation().sources()).contains(PayoutMonths.INTERPOLATION);
		assertThat(PayoutMonths.INTERPOLATION.confidence()).isEqualTo(Confidence.LOW);
		assertThat(found.explanation().figures()).contains(new Figure("ageYears", String.valueOf(years)),
				new Figure("ageMonths", String.valueOf(months)), new Figure("divisor", divisor));
	}

	@ParameterizedTest
	@CsvSource({ "39, 11", "70, 1", "30, 0", "71, 0" })
	void refusesAnAgeOutsideTheTable(int years, int months) {
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> this.table.divisor(new Age(years, months)))
			.satisfies(refusal -> {
				assertThat(refusal.field()).isEqualTo("retirementAge");
				assertThat(refusal.messageKey()).isEqualTo("policy.payout.ageRange");
				assertThat(refusal.arguments()).containsExactly(String.valueOf(years), String.valueOf(months));
			});
	}

	@Test
	void divisorDecreasesWithAge() {
		int youngest = PayoutMonths.YOUNGEST.totalMonths();
		int oldest = PayoutMonths.OLDEST.totalMonths();
		qt().withExamples(500)
			.forAll(integers().between(youngest, oldest - 1), integers().between(1, oldest - youngest))
			.check((age, step) -> divisorAt(age).compareTo(divisorAt(Math.min(oldest, age + step))) > 0);
	}

	@Test
	void takesAMonthLevelEntryOfAReplacementTableOverTheInterpolation() {
		Source published = new Source("某省计发月数表", "", Confidence.HIGH);
		Map<Age, PayoutMonths.Entry> entries = new HashMap<>();
		for (int years = 40; years <= 70; years++) {
			entries.put(new Age(years, 0), new PayoutMonths.Entry(this.table.divisor(new Age(years, 0)).months(),
					published));
		}
		entries.put(new Age(60, 1), new PayoutMonths.Entry(new BigDecimal("138.5"), published));
		PayoutMonths replaced = PayoutMonths.of(entries);
		assertThat(replaced.divisor(new Age(60, 1)).months()).isEqualByComparingTo("138.5");
		assertThat(replaced.divisor(new Age(60, 1)).explanation().sources()).containsExactly(published);
		assertThat(replaced.divisor(new Age(60, 2)).months()).isEqualByComparingTo("137.8");
	}

	@Test
	void refusesAReplacementTableWithoutEveryWholeYear() {
		Map<Age, PayoutMonths.Entry> entries = new HashMap<>();
		entries.put(new Age(60, 0), new PayoutMonths.Entry(new BigDecimal("139"), Source.demo("计发月数")));
		assertThatIllegalArgumentException().isThrownBy(() -> PayoutMonths.of(entries)).withMessageContaining("40");
	}

	private BigDecimal divisorAt(int ageInMonths) {
		return this.table.divisor(new Age(ageInMonths / 12, ageInMonths % 12)).months();
	}

}
