package org.jiexu.policy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.jiexu.shared.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.fail;

class IdNumberTests {

	/** The example of GB 11643-1999: 北京市朝阳区, born 1949-12-31, sequence 002 (a woman). */
	private static final String STANDARD_EXAMPLE = "11010519491231002X";

	private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1930, 1, 1);

	private static final LocalDate LATEST_BIRTH = LocalDate.of(2005, 12, 31);

	private static final List<Generated> GENERATED = generate(new Random(11643L), 300);

	@Test
	void acceptsTheExampleOfTheStandard() {
		IdNumber number = IdNumber.of(STANDARD_EXAMPLE);
		assertThat(number.value()).isEqualTo(STANDARD_EXAMPLE);
		assertThat(number.regionCode()).isEqualTo("110105");
		assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(number.gender()).isEqualTo(Gender.FEMALE);
		assertThat(number.region()).map(Region::fullName).hasValue("北京市朝阳区");
	}

	@ParameterizedTest
	@ValueSource(strings = { "420981199001011235", "110105198001010016", "110102194910010016",
			"610303198506150029", "532502200012310092", "371003197202290030", "441900198507081240",
			"62020019681111222X", "620200196811112270", "50022919950303031X", "500229199503030360" })
	void acceptsKnownValidNumbers(String text) {
		assertThat(IdNumber.problem(text)).isEmpty();
		assertThat(IdNumber.isValid(text)).isTrue();
		assertThat(IdNumber.of(text).value()).isEqualTo(text);
		assertThat(IdNumber.checkCharacterFor(text.substring(0, 17))).isEqualTo(text.charAt(17));
	}

	@Test
	void agreesWithTheIso7064DefinitionOfTheCheckCharacter() {
		assertThat(iso7064Mod11x2(STANDARD_EXAMPLE.substring(0, 17))).isEqualTo('X');
		assertThat(GENERATED).allSatisfy(generated -> {
			String first17 = generated.number().substring(0, 17);
			assertThat(IdNumber.checkCharacterFor(first17)).isEqualTo(iso7064Mod11x2(first17));
		});
	}

	@Test
	void acceptsGeneratedNumbers() {
		assertThat(GENERATED).hasSize(300).allSatisfy(generated -> {
			IdNumber number = IdNumber.of(generated.number());
			assertThat(number.value()).isEqualTo(generated.number());
			assertThat(number.regionCode()).isEqualTo(generated.regionCode());
			assertThat(number.birthDate()).isEqualTo(generated.birthDate());
			assertThat(number.gender())
				.isEqualTo(generated.sequence() % 2 == 1 ? Gender.MALE : Gender.FEMALE);
			assertThat(number.region()).map(Region::code).hasValue(generated.regionCode());
		});
	}

	@Test
	void composesGeneratedNumbersFromTheirParts() {
		assertThat(GENERATED).allSatisfy(generated -> assertThat(
				IdNumber.compose(generated.regionCode(), generated.birthDate(), generated.sequence()))
			.isEqualTo(IdNumber.of(generated.number())));
	}

	@Test
	void composeRefusesPartsThatMakeNoValidNumber() {
		assertThat(refusal(() -> IdNumber.compose("990981", LocalDate.of(1990, 1, 1), 123)).messageKey())
			.isEqualTo("policy.idNumber.region");
		assertThat(refusal(() -> IdNumber.compose("420981", LocalDate.of(1899, 12, 31), 123)).messageKey())
			.isEqualTo("policy.idNumber.birthDate");
	}

	@ParameterizedTest
	@ValueSource(ints = { -1, 1000 })
	void composeRefusesASequenceOutside000To999(int sequence) {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> IdNumber.compose("420981", LocalDate.of(1990, 1, 1), sequence));
	}

	@Test
	void rejectsAnyChangedSingleCharacter() {
		List<String> accepted = new ArrayList<>();
		int checked = 0;
		for (Generated generated : GENERATED) {
			String number = generated.number();
			for (int position = 0; position < 18; position++) {
				String allowed = (position == 17) ? "0123456789X" : "0123456789";
				for (char replacement : allowed.toCharArray()) {
					if (replacement == number.charAt(position)) {
						continue;
					}
					String changed = number.substring(0, position) + replacement + number.substring(position + 1);
					Optional<UserInputException> problem = IdNumber.problem(changed);
					if (problem.isEmpty() || IdNumber.isValid(changed)) {
						accepted.add(number + " -> " + changed);
					}
					else {
						assertThat(problem.get().messageKey()).isIn("policy.idNumber.region",
								"policy.idNumber.birthDate", "policy.idNumber.checkCharacter");
					}
					checked++;
				}
			}
		}
		assertThat(checked).isEqualTo(GENERATED.size() * (17 * 9 + 10));
		assertThat(accepted).isEmpty();
	}

	@Test
	void acceptsLowerCaseX() {
		assertThat(IdNumber.isValid("11010519491231002x")).isTrue();
		assertThat(IdNumber.of("11010519491231002x").value()).isEqualTo(STANDARD_EXAMPLE);
	}

	@ParameterizedTest
	@ValueSource(strings = { " 11010519491231002X", "11010519491231002X ", "\t11010519491231002x\n",
			"\u300011010519491231002X\u3000" })
	void stripsSurroundingWhitespace(String text) {
		assertThat(IdNumber.isValid(text)).isTrue();
		assertThat(IdNumber.of(text).value()).isEqualTo(STANDARD_EXAMPLE);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "\t\n", "\u3000" })
	void refusesBlankAsRequired(String text) {
		UserInputException refusal = refusal(text);
		assertThat(refusal.messageKey()).isEqualTo("policy.idNumber.required");
		assertThat(refusal.arguments()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "1, 1", "1101051949123100, 16", "11010519491231002, 17", "11010519491231002X1, 19",
			"42098190010112X, 15", "1101 0519491231002X, 19" })
	void refusesWrongLengthWithTheLengthAsArgument(String text, int length) {
		UserInputException refusal = refusal(text);
		assertThat(refusal.messageKey()).isEqualTo("policy.idNumber.length");
		assertThat(refusal.arguments()).containsExactly(length);
	}

	@ParameterizedTest
	@ValueSource(strings = { "X1010519491231002X", "11010519491231A02X", "1101051949123100XX", "1101051949-231002X",
			"１１０１０５１９４９１２３１００２Ｘ" })
	void refusesNonDigitsBeforeTheLastCharacter(String text) {
		assertThat(refusal(text).messageKey()).isEqualTo("policy.idNumber.digits");
	}

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002Y", "11010519491231002-", "11010519491231002Ｘ" })
	void refusesALastCharacterOtherThanDigitOrX(String text) {
		assertThat(refusal(text).messageKey()).isEqualTo("policy.idNumber.lastCharacter");
	}

	@ParameterizedTest
	@ValueSource(strings = { "00000019900101123", "99098119900101123", "71000019900101123", "10010519900101123" })
	void refusesAnUnknownProvinceWithTheRegionCodeAsArgument(String first17) {
		UserInputException refusal = refusal(withCheck(first17));
		assertThat(refusal.messageKey()).isEqualTo("policy.idNumber.region");
		assertThat(refusal.arguments()).containsExactly(first17.substring(0, 6));
	}

	@Test
	void acceptsANumberOfACountyNoLongerListed() {
		// 440524 潮阳县 was abolished in 2003; numbers issued there stay valid for life
		IdNumber number = IdNumber.of("440524198001010013");
		assertThat(Regions.standard().find("440524")).isEmpty();
		assertThat(number.region()).hasValueSatisfying(region -> {
			assertThat(region.code()).isEqualTo("4405");
			assertThat(region.fullName()).isEqualTo("广东省汕头市");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "19900230", "19900229", "19000229", "18991231", "19901301", "19900001", "19900100",
			"19900132", "00000000", "20230431" })
	void refusesAnImpossibleBirthDateWithTheDateAsArgument(String yyyymmdd) {
		UserInputException refusal = refusal(withCheck("420981" + yyyymmdd + "123"));
		assertThat(refusal.messageKey()).isEqualTo("policy.idNumber.birthDate");
		assertThat(refusal.arguments()).containsExactly(yyyymmdd);
	}

	@Test
	void refusesBirthBefore1900AsInTheSecondExampleOfTheStandard() {
		// GB 11643-1999 illustrates with a man born 1880-01-01; nobody of that age still has a pension account
		String example = "440524188001010014";
		assertThat(iso7064Mod11x2(example.substring(0, 17))).isEqualTo(example.charAt(17));
		assertThat(refusal(example).messageKey()).isEqualTo("policy.idNumber.birthDate");
	}

	@ParameterizedTest
	@ValueSource(strings = { "19000101", "19000228", "19960229", "20000229", "19991231", "20240229" })
	void acceptsTheEarliestBirthDatesAndLeapDays(String yyyymmdd) {
		assertThat(IdNumber.of(withCheck("420981" + yyyymmdd + "123")).birthDate())
			.isEqualTo(LocalDate.parse(yyyymmdd, DateTimeFormatter.BASIC_ISO_DATE));
	}

	@ParameterizedTest
	@ValueSource(strings = { "110105194912310020", "110105194912310021", "11010519491231002" + "9",
			"420981199001011234", "420981199001011244" })
	void refusesAWrongCheckCharacter(String text) {
		UserInputException refusal = refusal(text);
		assertThat(refusal.messageKey()).isEqualTo("policy.idNumber.checkCharacter");
		assertThat(refusal.arguments()).isEmpty();
	}

	@Test
	void refusesA15DigitNumberWithItsUpgradeAsArgument() {
		UserInputException refusal = refusal("420981900101123");
		assertThat(refusal.messageKey()).isEqualTo("policy.idNumber.legacy15");
		assertThat(refusal.arguments()).containsExactly("420981199001011235");
		IdNumber upgrade = IdNumber.of((String) refusal.arguments()[0]);
		assertThat(upgrade.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
		assertThat(upgrade.regionCode()).isEqualTo("420981");
		assertThat(upgrade.gender()).isEqualTo(Gender.MALE);
	}

	@Test
	void upgradesThe15DigitFormOfEveryNumberBornBefore2000BackToIt() {
		List<Generated> twentiethCentury = GENERATED.stream()
			.filter(generated -> generated.birthDate().getYear() < 2000)
			.toList();
		assertThat(twentiethCentury).hasSizeGreaterThan(100).allSatisfy(generated -> {
			String number = generated.number();
			String legacy = number.substring(0, 6) + number.substring(8, 17);
			UserInputException refusal = refusal(legacy);
			assertThat(refusal.messageKey()).isEqualTo("policy.idNumber.legacy15");
			assertThat(refusal.arguments()).containsExactly(number);
			assertThat(IdNumber.isValid(number)).isTrue();
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "990981900101123", "000000900101123", "420981900230123", "420981901301123",
			"420981000229123" })
	void refusesA15DigitNumberWithoutValidUpgrade(String text) {
		UserInputException refusal = refusal(text);
		assertThat(refusal.messageKey()).isEqualTo("policy.idNumber.legacy15Invalid");
		assertThat(refusal.arguments()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "420981９00101123", "４２０９８１９００１０１１２３", "42098119900101123５" })
	void refusesFullWidthDigitsAsInputError(String text) {
		// typed with a Chinese input method in full-width mode
		assertThat(refusal(text).messageKey()).isIn("policy.idNumber.length", "policy.idNumber.lastCharacter");
	}

	@Test
	void readsGenderFromTheSeventeenthDigit() {
		for (int digit = 0; digit <= 9; digit++) {
			IdNumber number = IdNumber.of(withCheck("4209811990010112" + digit));
			assertThat(number.gender()).as("17th digit %d", digit)
				.isEqualTo(digit % 2 == 1 ? Gender.MALE : Gender.FEMALE);
		}
	}

	@Test
	void readsBirthDateAndRegionCode() {
		IdNumber number = IdNumber.of("610303198506150029");
		assertThat(number.birthDate()).isEqualTo(LocalDate.of(1985, 6, 15));
		assertThat(number.regionCode()).isEqualTo("610303");
		assertThat(number.gender()).isEqualTo(Gender.FEMALE);
	}

	@Test
	void findsTheCountyOfTheNumber() {
		assertThat(IdNumber.of("420981199001011235").region()).hasValueSatisfying(region -> {
			assertThat(region.code()).isEqualTo("420981");
			assertThat(region.name()).isEqualTo("应城市");
			assertThat(region.fullName()).isEqualTo("湖北省孝感市应城市");
		});
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "1101051949123100", "11010519491231A02X", "11010519491231002Y", "000000199001011231",
			"420981199002301234", "110105194912310021", "420981900101123", "990981900101123" })
	void refusesOnFieldIdNumber(String text) {
		UserInputException refusal = refusal(text);
		assertThat(refusal.field()).isEqualTo("idNumber");
		assertThat(refusal.kind()).isEqualTo(UserInputException.Kind.INVALID);
		assertThat(refusal.getMessage()).contains(refusal.messageKey());
	}

	@Test
	void equalsTheSameNumberHoweverTyped() {
		IdNumber number = IdNumber.of(STANDARD_EXAMPLE);
		IdNumber typedLowerCase = IdNumber.of(" 11010519491231002x ");
		assertThat(typedLowerCase).isEqualTo(number).hasSameHashCodeAs(number);
		assertThat(number).isNotEqualTo(IdNumber.of("420981199001011235"))
			.isNotEqualTo(STANDARD_EXAMPLE)
			.isNotEqualTo(null);
	}

	@Test
	void printsAsItsValue() {
		assertThat(IdNumber.of("11010519491231002x")).hasToString(STANDARD_EXAMPLE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "1101051949123100", "110105194912310021", "1101051949123100A" })
	void checkCharacterForRefusesAnythingButSeventeenDigits(String text) {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> IdNumber.checkCharacterFor(text));
	}

	/** The refusal of the text, checking that of, problem and isValid agree. */
	private static UserInputException refusal(String text) {
		Optional<UserInputException> problem = IdNumber.problem(text);
		assertThat(problem).as("problem of %s", text).isPresent();
		assertThat(IdNumber.isValid(text)).as("isValid(%s)", text).isFalse();
		UserInputException thrown = refusal(() -> IdNumber.of(text));
		assertThat(thrown.messageKey()).isEqualTo(problem.get().messageKey());
		assertThat(thrown.arguments()).isEqualTo(problem.get().arguments());
		assertThat(thrown.field()).isEqualTo(problem.get().field());
		return thrown;
	}

	private static UserInputException refusal(Runnable action) {
		try {
			action.run();
		}
		catch (UserInputException ex) {
			return ex;
		}
		return fail("Expected a UserInputException");
	}

	/** The 17 digits with the check character of ISO 7064 MOD 11-2 appended. */
	private static String withCheck(String first17) {
		return first17 + iso7064Mod11x2(first17);
	}

	/**
	 * ISO 7064 MOD 11-2 by its definition rather than by GB 11643's weight table: the check value c (X for 10)
	 * makes Σ aᵢ·2^(i-1) ≡ 1 (mod 11), positions i counted from the right, the check character at i = 1.
	 */
	private static char iso7064Mod11x2(String first17) {
		int sum = 0;
		for (char digit : first17.toCharArray()) {
			sum = (sum * 2 + (digit - '0')) % 11;
		}
		for (int check = 0; check <= 10; check++) {
			if ((sum * 2 + check) % 11 == 1) {
				return check == 10 ? 'X' : (char) ('0' + check);
			}
		}
		throw new AssertionError("no check value for " + first17);
	}

	private static List<Generated> generate(Random random, int count) {
		List<Region> counties = Regions.standard().counties();
		int days = (int) ChronoUnit.DAYS.between(EARLIEST_BIRTH, LATEST_BIRTH) + 1;
		List<Generated> generated = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String regionCode = counties.get(random.nextInt(counties.size())).code();
			LocalDate birthDate = EARLIEST_BIRTH.plusDays(random.nextInt(days));
			int sequence = random.nextInt(1000);
			String first17 = regionCode + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE)
					+ String.format("%03d", sequence);
			generated.add(new Generated(withCheck(first17), regionCode, birthDate, sequence));
		}
		return List.copyOf(generated);
	}

	private record Generated(String number, String regionCode, LocalDate birthDate, int sequence) {
	}

	@ParameterizedTest
	@ValueSource(strings = { "810000", "820000", "830000" })
	void acceptsResidencePermitsOfHongKongMacaoAndTaiwanResidents(String region) {
		IdNumber permit = IdNumber.compose(region, java.time.LocalDate.of(1988, 6, 1), 123);
		assertThat(permit.isResidencePermit()).isTrue();
		assertThat(permit.region()).map(Region::code).contains(region);
		assertThat(IdNumber.isValid(region.substring(0, 2) + "1000" + permit.value().substring(6))).isFalse();
	}


	@ParameterizedTest
	@CsvSource({ "932682198501010017, 32, MALE", "911124198108030024, 11, FEMALE" })
	void acceptsForeignPermanentResidenceCardsOfThe2023Format(String number, String province, Gender gender) {
		IdNumber id = IdNumber.of(number);
		assertThat(id.isPermanentResidenceCard()).isTrue();
		assertThat(id.gender()).isEqualTo(gender);
		assertThat(id.region()).map(Region::provinceCode).hasValue(province);
	}

	@Test
	void refusesAPermanentResidenceNumberWithAnUnknownProvince() {
		String first17 = "99268219850101001";
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> IdNumber.of(first17 + IdNumber.checkCharacterFor(first17)))
			.satisfies(ex -> assertThat(ex.messageKey()).isEqualTo("policy.idNumber.region"));
	}

}
