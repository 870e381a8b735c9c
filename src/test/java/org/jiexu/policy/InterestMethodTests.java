package org.jiexu.policy;

import java.math.BigDecimal;

import org.jiexu.shared.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class InterestMethodTests {

	@Test
	void the1997RuleGivesTheOpeningBalanceAFullYearAndCreditsAboutHalf() {
		// 10000 × 0.0262 = 262; 12000 × 0.0262 × 1.083 / 2 = 170.2476; unrounded 432.2476
		assertThat(InterestMethod.RULE_1997.interest(new BigDecimal("10000"), new BigDecimal("12000"),
				new BigDecimal("0.0262")))
			.isEqualByComparingTo("432.2476");
	}

	@Test
	void theOpeningBalanceOnlyVariantIgnoresTheYearsCredits() {
		// 10000 × 0.0262 = 262
		assertThat(InterestMethod.OPENING_BALANCE_ONLY.interest(new BigDecimal("10000"), new BigDecimal("12000"),
				new BigDecimal("0.0262")))
			.isEqualByComparingTo("262");
	}

	@Test
	void citesItsSource() {
		assertThat(InterestMethod.RULE_1997.source().document()).startsWith("劳办发〔1997〕116号");
		assertThat(InterestMethod.RULE_1997.source().confidence()).isEqualTo(Confidence.MEDIUM);
		assertThat(InterestMethod.OPENING_BALANCE_ONLY.source().confidence()).isEqualTo(Confidence.LOW);
	}

	@ParameterizedTest
	@ValueSource(strings = { "RULE_1997", "rule_1997", " Rule_1997 " })
	void findsAMethodByItsCodeIgnoringCase(String code) {
		assertThat(InterestMethod.byCode(code)).isEqualTo(InterestMethod.RULE_1997);
	}

	@Test
	void refusesAnUnknownCodeListingTheKnownOnes() {
		assertThatExceptionOfType(UserInputException.class).isThrownBy(() -> InterestMethod.byCode("MONTHLY"))
			.satisfies(refusal -> {
				assertThat(refusal.field()).isEqualTo("method");
				assertThat(refusal.arguments()).containsExactly("MONTHLY", "[RULE_1997, OPENING_BALANCE_ONLY]");
			});
	}

}
