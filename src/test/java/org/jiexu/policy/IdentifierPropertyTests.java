package org.jiexu.policy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

/**
 * Properties of the two check-character schemes over generated input: every number built by the standard's
 * algorithm is accepted, and any single changed character is refused (MOD 11-2 and MOD 31 both catch every
 * single substitution, because the weights are non-zero modulo a prime).
 */
class IdentifierPropertyTests {

	private static final List<String> COUNTIES = Regions.standard().counties().stream().map(Region::code).toList();

	private static final String CREDIT_CHARACTERS = CreditCode.CHARACTERS;

	@Test
	void idNumbersBuiltByTheStandardAreAccepted() {
		qt().withExamples(2000)
			.forAll(integers().between(0, COUNTIES.size() - 1), integers().between(0, 365 * 95), integers().between(0, 999))
			.checkAssert((county, days, sequence) -> {
				IdNumber number = IdNumber.compose(COUNTIES.get(county), LocalDate.of(1930, 1, 1).plusDays(days), sequence);
				assertThat(IdNumber.isValid(number.value())).isTrue();
				assertThat(number.gender()).isEqualTo(sequence % 2 == 1 ? Gender.MALE : Gender.FEMALE);
			});
	}

	@Test
	void idNumberWithAnyOneCharacterChangedIsRefused() {
		qt().withExamples(3000)
			.forAll(integers().between(0, COUNTIES.size() - 1), integers().between(0, 365 * 95), integers().between(0, 17),
					integers().between(1, 10))
			.checkAssert((county, days, position, shift) -> {
				String valid = IdNumber.compose(COUNTIES.get(county), LocalDate.of(1930, 1, 1).plusDays(days), 123).value();
				String alphabet = position == 17 ? "0123456789X" : "0123456789";
				char original = valid.charAt(position);
				char replacement = alphabet.charAt((alphabet.indexOf(original) + shift) % alphabet.length());
				if (replacement == original) {
					return; // shift of a full cycle on the 10-character alphabet
				}
				String changed = valid.substring(0, position) + replacement + valid.substring(position + 1);
				assertThat(IdNumber.isValid(changed)).as(valid + " -> " + changed).isFalse();
			});
	}

	@Test
	void creditCodesBuiltByTheStandardAreAccepted() {
		qt().withExamples(2000)
			.forAll(integers().between(0, COUNTIES.size() - 1), strings().betweenCodePoints('0', '9').ofLength(9))
			.checkAssert((county, body) -> {
				String first17 = "91" + COUNTIES.get(county) + body;
				assertThat(CreditCode.isValid(first17 + CreditCode.checkCharacterFor(first17))).isTrue();
			});
	}

	@Test
	void creditCodeWithAnyOneCharacterChangedIsRefused() {
		qt().withExamples(3000)
			.forAll(integers().between(0, COUNTIES.size() - 1), strings().betweenCodePoints('0', '9').ofLength(9),
					integers().between(8, 17), integers().between(1, 30))
			.checkAssert((county, body, position, shift) -> {
				String first17 = "91" + COUNTIES.get(county) + body;
				String valid = first17 + CreditCode.checkCharacterFor(first17);
				char original = valid.charAt(position);
				char replacement = CREDIT_CHARACTERS
					.charAt((CREDIT_CHARACTERS.indexOf(original) + shift) % CREDIT_CHARACTERS.length());
				String changed = valid.substring(0, position) + replacement + valid.substring(position + 1);
				assertThat(CreditCode.isValid(changed)).as(valid + " -> " + changed).isFalse();
			});
	}

}
