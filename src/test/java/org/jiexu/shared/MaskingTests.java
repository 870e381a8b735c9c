package org.jiexu.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTests {

	@Test
	void keepsFirstFourAndLastFourCharactersOfAnIdNumber() {
		assertThat(Masking.idNumber("420981199001011234")).isEqualTo("4209**********1234");
	}

	@Test
	void keepsTheCheckCharacterXOfAnIdNumber() {
		assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("1101**********002X");
	}

	@Test
	void keepsFirstThreeAndLastFourDigitsOfAPhoneNumber() {
		assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
	}

	@Test
	void keepsTheLengthOfTheMaskedValue() {
		assertThat(Masking.idNumber("420981900101123")).isEqualTo("4209*******1123").hasSize(15);
		assertThat(Masking.phone("02712345678")).hasSize(11);
	}

	@ParameterizedTest
	@NullAndEmptySource
	void masksNothingToEmptyIdNumber(String value) {
		assertThat(Masking.idNumber(value)).isEmpty();
	}

	@ParameterizedTest
	@NullAndEmptySource
	void masksNothingToEmptyPhone(String value) {
		assertThat(Masking.phone(value)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "1, *", "1234, ****", "12345678, ********" })
	void masksShortIdNumbersFully(String value, String masked) {
		assertThat(Masking.idNumber(value)).isEqualTo(masked);
	}

	@ParameterizedTest
	@CsvSource({ "1, *", "110, ***", "1234567, *******" })
	void masksShortPhoneNumbersFully(String value, String masked) {
		assertThat(Masking.phone(value)).isEqualTo(masked);
	}

	@Test
	void masksOneCharacterOnceLongerThanWhatItKeeps() {
		assertThat(Masking.idNumber("123456789")).isEqualTo("1234*6789");
		assertThat(Masking.phone("12345678")).isEqualTo("123*5678");
	}

}
