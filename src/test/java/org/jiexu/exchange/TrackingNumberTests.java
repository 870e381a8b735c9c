package org.jiexu.exchange;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** EMS tracking numbers: the S10 form with its check digit, or 13 digits; anything else is refused. */
class TrackingNumberTests {

	@Test
	void anS10NumberWithItsCheckDigitIsTakenUpperCasedWithoutSpaces() {
		assertThat(TrackingNumber.parse("EA123456785CN")).contains("EA123456785CN");
		assertThat(TrackingNumber.parse(" ea 1234 56785 cn ")).contains("EA123456785CN");
	}

	@Test
	void aWrongCheckDigitOrAWrongShapeIsRefused() {
		assertThat(TrackingNumber.parse("EA123456789CN")).as("check digit 5, not 9").isEmpty();
		assertThat(TrackingNumber.parse("EA12345678CN")).isEmpty();
		assertThat(TrackingNumber.parse("E1123456785CN")).isEmpty();
		assertThat(TrackingNumber.parse("")).isEmpty();
		assertThat(TrackingNumber.parse("12345678901234")).isEmpty();
	}

	@Test
	void aDomesticNumberOfThirteenDigitsIsTaken() {
		assertThat(TrackingNumber.parse("1234567890123")).contains("1234567890123");
	}

	@Test
	void theCheckDigitFollowsTheUpuWeights() {
		assertThat(TrackingNumber.checkDigit("12345678")).isEqualTo(5);
		// sum 0 → 11 - 0 = 11 → 5; sum giving 10 → 0
		assertThat(TrackingNumber.checkDigit("00000000")).isEqualTo(5);
	}

}
