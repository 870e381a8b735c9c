package org.jiexu.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AgeTests {

	@Test
	void countsAllItsMonths() {
		assertThat(new Age(60, 1).totalMonths()).isEqualTo(721);
		assertThat(new Age(0, 0).totalMonths()).isZero();
	}

	@ParameterizedTest
	@CsvSource({ "60, 12", "60, -1", "-1, 0" })
	void refusesMonthsOutsideZeroToElevenAndNegativeYears(int years, int months) {
		assertThatIllegalArgumentException().isThrownBy(() -> new Age(years, months));
	}

}
