package org.jiexu.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.jiexu.shared.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;

class CreditCodeTests {

	/** The example of GB 32100-2015: registered by 工商 (9) as an enterprise (1) in 福州市 (350100). */
	private static final String STANDARD_EXAMPLE = "91350100M000100Y43";

	private static final String DIGITS = "0123456789";

	private static final List<String> GENERATED = generate(new Random(32100L), 300);

	@Test
	void acceptsTheExampleOfTheStandard() {
		assertThat(referenceCheckCharacter(STANDARD_EXAMPLE.substring(0, 17))).isEqualTo('3');
		CreditCode code = CreditCode.of(STANDARD_EXAMPLE);
		assertThat(code.value()).isEqualTo(STANDARD_EXAMPLE);
		assertThat(code.regionCode()).isEqualTo("350100");
		assertThat(CreditCode.checkCharacterFor(STANDARD_EXAMPLE.substring(0, 17))).isEqualTo('3');
	}

	@ParameterizedTest
	@ValueSource(strings = { "914403001922038216", // 华为技术有限公司
			"91440300708461136T", // 深圳市腾讯计算机系统有限公司
			"91330100799655058B", // 阿里巴巴（中国）有限公司
			"91110000710925462X" }) // 中国石油天然气股份有限公司
	void acceptsPublishedCodes(String text) {
		assertThat(referenceCheckCharacter(text.substring(0, 17))).isEqualTo(text.charAt(17));
		assertThat(CreditCode.problem(text)).isEmpty();
		assertThat(CreditCode.isValid(text)).isTrue();
		assertThat(CreditCode.of(text).value()).isEqualTo(text);
	}

	@Test
	void agreesWithTheDefinitionOfTheCheckCharacter() {
		assertThat(GENERATED).allSatisfy(code -> assertThat(CreditCode.checkCharacterFor(code.substring(0, 17)))
			.isEqualTo(referenceCheckCharacter(code.substring(0, 17))));
	}

	@Test
	void acceptsGeneratedCodes() {
		assertThat(GENERATED).hasSize(300).allSatisfy(text -> {
			CreditCode code = CreditCode.of(text);
			assertThat(code.value()).isEqualTo(text);
			assertThat(code.regionCode()).isEqualTo(text.substring(2, 8));
		});
	}

	@Test
	void producesEveryCheckCharacter() {
		Set<Character> checks = new TreeSet<>();
		GENERATED.forEach(code -> checks.add(code.charAt(17)));
		assertThat(checks).hasSize(31);
	}

	@Test
	void turnsARemainderOfZeroIntoCheckCharacterZero() {
		assertThat(CreditCode.checkCharacterFor("00000000000000000")).isEqualTo('0');
		assertThat(CreditCode.isValid("000000000000000000")).isTrue();
	}

	@Test
	void rejectsAnyChangedSingleCharacter() {
		List<String> accepted = new ArrayList<>();
		int checked = 0;
		for (String code : GENERATED) {
			for (int position = 0; position < 18; position++) {
				for (char replacement : CreditCode.CHARACTERS.toCharArray()) {
					if (replacement == code.charAt(position)) {
						continue;
					}
					String changed = code.substring(0, position) + replacement + code.substring(position + 1);
					Optional<UserInputException> problem = CreditCode.problem(changed);
					if (problem.isEmpty() || CreditCode.isValid(changed)) {
						accepted.add(code + " -> " + changed);
					}
					else {
						boolean letterInRegion = position >= 2 && position < 8 && DIGITS.indexOf(replacement) < 0;
						assertThat(problem.get().messageKey()).isEqualTo(
								letterInRegion ? "policy.creditCode.region" : "policy.creditCode.checkCharacter");
					}
					checked++;
				}
			}
		}
		assertThat(checked).isEqualTo(GENERATED.size() * 18 * 30);
		assertThat(accepted).isEmpty();
	}

	@Test
	void acceptsLowerCaseAndStoresUpperCase() {
		assertThat(CreditCode.isValid("91350100m000100y43")).isTrue();
		CreditCode code = CreditCode.of("91350100m000100y43");
		assertThat(code.value()).isEqualTo(STANDARD_EXAMPLE);
		assertThat(code).isEqualTo(CreditCode.of(STANDARD_EXAMPLE));
	}

	@ParameterizedTest
	@ValueSource(strings = { " 91350100M000100Y43", "91350100M000100Y43 ", "\t91350100m000100y43\n",
			"\u300091350100M000100Y43\u3000" })
	void stripsSurroundingWhitespace(String text) {
		assertThat(CreditCode.isValid(text)).isTrue();
		assertThat(CreditCode.of(text).value()).isEqualTo(STANDARD_EXAMPLE);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "\t\n", "\u3000" })
	void refusesBlankAsRequired(String text) {
		UserInputException refusal = refusal(text);
		assertThat(refusal.messageKey()).isEqualTo("policy.creditCode.required");
		assertThat(refusal.arguments()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "9, 1", "91350100M000100Y4, 17", "91350100M000100Y433, 19", "91350100M000100Y43-1, 20",
			"91350100 M000100Y43, 19", "M000100Y4, 9" })
	void refusesWrongLengthWithTheLengthAsArgument(String text, int length) {
		UserInputException refusal = refusal(text);
		assertThat(refusal.messageKey()).isEqualTo("policy.creditCode.length");
		assertThat(refusal.arguments()).containsExactly(length);
	}

	@ParameterizedTest
	@CsvSource({ "I1350100M000100Y43, 1, I", "9O350100M000100Y43, 2, O", "9135010-M000100Y43, 8, -",
			"91350100Z000100Y43, 9, Z", "91350100M0001V0Y43, 14, V", "91350100M000100S43, 16, S",
			"91350100m000100y4i, 18, I", "91350100M000100Y4３, 18, ３" })
	void refusesACharacterOutsideTheSetWithItsPositionAsArgument(String text, int position, String character) {
		UserInputException refusal = refusal(text);
		assertThat(refusal.messageKey()).isEqualTo("policy.creditCode.character");
		assertThat(refusal.arguments()).containsExactly(position, character);
	}

	@ParameterizedTest
	@ValueSource(strings = { "91A50100M000100Y4", "9135010AM000100Y4", "91AAAAAAM000100Y4", "91350Y00M000100Y4" })
	void refusesLettersInTheRegionCode(String first17) {
		UserInputException refusal = refusal(first17 + CreditCode.checkCharacterFor(first17));
		assertThat(refusal.messageKey()).isEqualTo("policy.creditCode.region");
		assertThat(refusal.arguments()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y40", "91350100M000100Y44", "91350100M000100Y4Y", "914403001922038217" })
	void refusesAWrongCheckCharacter(String text) {
		UserInputException refusal = refusal(text);
		assertThat(refusal.messageKey()).isEqualTo("policy.creditCode.checkCharacter");
		assertThat(refusal.arguments()).isEmpty();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "91350100M000100Y4", "91350100M000100I43", "91A50100M000100Y43", "91350100M000100Y44" })
	void refusesOnFieldCreditCode(String text) {
		UserInputException refusal = refusal(text);
		assertThat(refusal.field()).isEqualTo("creditCode");
		assertThat(refusal.kind()).isEqualTo(UserInputException.Kind.INVALID);
	}

	@Test
	void equalsTheSameCodeHoweverTyped() {
		CreditCode code = CreditCode.of(STANDARD_EXAMPLE);
		CreditCode typedLowerCase = CreditCode.of(" 91350100m000100y43 ");
		assertThat(typedLowerCase).isEqualTo(code).hasSameHashCodeAs(code);
		assertThat(code).isNotEqualTo(CreditCode.of("914403001922038216"))
			.isNotEqualTo(STANDARD_EXAMPLE)
			.isNotEqualTo(null);
	}

	@Test
	void printsAsItsValue() {
		assertThat(CreditCode.of("91350100m000100y43")).hasToString(STANDARD_EXAMPLE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "91350100M000100Y", "91350100M000100Y43", "91350100M000100I4", "91350100m000100y4" })
	void checkCharacterForRefusesAnythingButSeventeenAllowedCharacters(String text) {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> CreditCode.checkCharacterFor(text));
	}

	/** The refusal of the text, checking that of, problem and isValid agree. */
	private static UserInputException refusal(String text) {
		Optional<UserInputException> problem = CreditCode.problem(text);
		assertThat(problem).as("problem of %s", text).isPresent();
		assertThat(CreditCode.isValid(text)).as("isValid(%s)", text).isFalse();
		try {
			CreditCode.of(text);
		}
		catch (UserInputException thrown) {
			assertThat(thrown.messageKey()).isEqualTo(problem.get().messageKey());
			assertThat(thrown.arguments()).isEqualTo(problem.get().arguments());
			assertThat(thrown.field()).isEqualTo(problem.get().field());
			return thrown;
		}
		return fail("Expected a UserInputException for " + text);
	}

	/**
	 * GB 32100 by its definition rather than by the weight table: weight 3^(i-1) mod 31 at position i, and the
	 * check value c makes Σ + c ≡ 0 (mod 31).
	 */
	private static char referenceCheckCharacter(String first17) {
		int sum = 0;
		int weight = 1;
		for (char character : first17.toCharArray()) {
			sum += CreditCode.CHARACTERS.indexOf(character) * weight;
			weight = weight * 3 % 31;
		}
		for (int check = 0; check < 31; check++) {
			if ((sum + check) % 31 == 0) {
				return CreditCode.CHARACTERS.charAt(check);
			}
		}
		throw new AssertionError("no check value for " + first17);
	}

	private static List<String> generate(Random random, int count) {
		List<String> generated = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			StringBuilder first17 = new StringBuilder();
			for (int position = 0; position < 17; position++) {
				String allowed = (position >= 2 && position < 8) ? DIGITS : CreditCode.CHARACTERS;
				first17.append(allowed.charAt(random.nextInt(allowed.length())));
			}
			generated.add(first17.toString() + CreditCode.checkCharacterFor(first17.toString()));
		}
		return List.copyOf(generated);
	}

}
