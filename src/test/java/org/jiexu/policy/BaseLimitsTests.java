package org.jiexu.policy;

import java.math.BigDecimal;

import org.jiexu.policy.BaseLimits.Outcome;
import org.jiexu.shared.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BaseLimitsTests {

	private static final Source PUBLISHED = new Source("某省人社厅关于公布缴费基数上下限的通知", "一", Confidence.HIGH);

	@Test
	void setsTheFloorAtSixtyAndTheCeilingAtThreeHundredPercentOfTheAverageWage() {
		BaseLimits limits = BaseLimits.of("42", 2026);
		// 7720.00 × 0.6 = 4632.00; 7720.00 × 3 = 23160.00
		assertThat(limits.averageWage().monthly()).isEqualByComparingTo("7720.00");
		assertThat(limits.floor()).isEqualTo(new BigDecimal("4632.00"));
		assertThat(limits.ceiling()).isEqualTo(new BigDecimal("23160.00"));
	}

	@Test
	void roundsTheLimitsHalfUpToTheFen() {
		BaseLimits limits = BaseLimits.of(new AverageWage("42", 2030, new BigDecimal("1000.015"), PUBLISHED));
		// 1000.015 × 0.6 = 600.009 → 600.01; 1000.015 × 3 = 3000.045 → 3000.05 (half-even would give 3000.04)
		assertThat(limits.floor()).isEqualTo(new BigDecimal("600.01"));
		assertThat(limits.ceiling()).isEqualTo(new BigDecimal("3000.05"));
		BaseLimits other = BaseLimits.of(new AverageWage("42", 2030, new BigDecimal("7388.33"), PUBLISHED));
		// 7388.33 × 0.6 = 4432.998 → 4433.00; 7388.33 × 3 = 22164.99
		assertThat(other.floor()).isEqualTo(new BigDecimal("4433.00"));
		assertThat(other.ceiling()).isEqualTo(new BigDecimal("22164.99"));
	}

	@ParameterizedTest
	@CsvSource({ "0, BELOW_FLOOR, 0.00, 4632.00", "3000, BELOW_FLOOR, 3000.00, 4632.00",
			"4631.99, BELOW_FLOOR, 4631.99, 4632.00", "4631.995, WITHIN, 4632.00, 4632.00",
			"4632.00, WITHIN, 4632.00, 4632.00", "8000.456, WITHIN, 8000.46, 8000.46",
			"23160.00, WITHIN, 23160.00, 23160.00", "23160.01, ABOVE_CEILING, 23160.01, 23160.00",
			"100000, ABOVE_CEILING, 100000.00, 23160.00" })
	void appliesTheFloorOrTheCeilingToABaseOutsideThem(String base, Outcome outcome, String declared,
			String applied) {
		BaseLimits.Check check = BaseLimits.of("42", 2026).check(new BigDecimal(base));
		assertThat(check.outcome()).isEqualTo(outcome);
		assertThat(check.declared()).isEqualTo(new BigDecimal(declared));
		assertThat(check.applied()).isEqualTo(new BigDecimal(applied));
		assertThat(check.explanation().figures()).contains(new Figure("base", declared),
				new Figure("appliedBase", applied));
	}

	@Test
	void explainsTheAverageWageItsSourceAndTheTwoRules() {
		BaseLimits limits = BaseLimits.of("42", 2026);
		assertThat(limits.explanation().figures()).containsExactly(new Figure("province", "42"),
				new Figure("year", "2026"), new Figure("averageWage", "7720.00"), new Figure("floor", "4632.00"),
				new Figure("ceiling", "23160.00"));
		assertThat(limits.explanation().sources()).containsExactly(limits.averageWage().source(),
				BaseLimits.ALL_EMPLOYMENT_AVERAGE, BaseLimits.CLAMP_1997);
		assertThat(limits.explanation().sources().get(0).confidence()).isEqualTo(Confidence.DEMO);
		assertThat(BaseLimits.ALL_EMPLOYMENT_AVERAGE.document()).startsWith("国办发〔2019〕13号");
		assertThat(BaseLimits.CLAMP_1997.document()).startsWith("劳办发〔1997〕116号");
	}

	@Test
	void refusesANegativeBase() {
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> BaseLimits.of("42", 2026).check(new BigDecimal("-0.01")))
			.satisfies(refusal -> {
				assertThat(refusal.field()).isEqualTo("base");
				assertThat(refusal.messageKey()).isEqualTo("policy.base.negative");
				assertThat(refusal.arguments()).containsExactly("-0.01");
			});
	}

	@Test
	void aYearAfterTheLastPublishedOneTakesTheLastLimitsProvisionallyAndSaysSo() {
		BaseLimits limits = BaseLimits.of("42", 2027);
		assertThat(limits.floor()).isEqualTo(BaseLimits.of("42", 2026).floor());
		assertThat(limits.ceiling()).isEqualTo(BaseLimits.of("42", 2026).ceiling());
		assertThat(limits.averageWage().provisional()).isTrue();
		assertThat(limits.averageWage().year()).isEqualTo(2027);
		assertThat(limits.averageWage().figureYear()).isEqualTo(2026);
		assertThat(limits.explanation().figures()).containsExactly(new Figure("province", "42"),
				new Figure("year", "2027"), new Figure("provisionalFrom", "2026"), new Figure("averageWage", "7720.00"),
				new Figure("floor", "4632.00"), new Figure("ceiling", "23160.00"));
		assertThat(limits.explanation().sources()).containsExactly(limits.averageWage().source(),
				AverageWages.PROVISIONAL, BaseLimits.ALL_EMPLOYMENT_AVERAGE, BaseLimits.CLAMP_1997);
		assertThat(BaseLimits.of("42", 2026).averageWage().provisional()).isFalse();
	}

	@Test
	void refusesAYearBeforeTheFirstPublishedAverageWage() {
		assertThatExceptionOfType(UserInputException.class).isThrownBy(() -> BaseLimits.of("42", 2009))
			.satisfies(refusal -> {
				assertThat(refusal.field()).isEqualTo("year");
				assertThat(refusal.messageKey()).isEqualTo("policy.wage.missing");
				assertThat(refusal.arguments()).containsExactly("42", "2009", "湖北省");
			});
	}

	@Test
	void refusesAProvinceWithoutAnyAverageWage() {
		assertThatExceptionOfType(UserInputException.class).isThrownBy(() -> BaseLimits.of("44", 2026))
			.satisfies(refusal -> {
				assertThat(refusal.field()).isEqualTo("province");
				assertThat(refusal.arguments()).containsExactly("44", "2026", "广东省");
			});
	}

}
