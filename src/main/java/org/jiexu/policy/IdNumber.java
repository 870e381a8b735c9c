package org.jiexu.policy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jiexu.shared.UserInputException;

/**
 * A resident identity number (公民身份号码) of GB 11643-1999: 6-digit region code of the place of first
 * registration, 8-digit birth date, 3-digit sequence (odd for men, even for women) and a check character
 * (ISO 7064 MOD 11-2, {@code 0-9} or {@code X}).
 * <p>
 * Checks: 18 characters; a province code that exists in GB/T 2260, or the region code of a Hong Kong, Macao or
 * Taiwan residence permit (810000, 820000, 830000), or {@code 9} and a province code for a foreign national's
 * permanent residence card (the full 6-digit code is not required to
 * be in the current list, because numbers issued in since-abolished counties remain valid for life); a real
 * birth date not before 1900; the check character. A lower-case {@code x} is accepted and stored upper-case.
 * <p>
 * <b>15-digit numbers</b> (the pre-1999 form) are <em>rejected</em>, with the 18-digit upgrade shown in the
 * message: the 15-digit form has no check character, so upgrading silently would turn a typing error into a
 * wrong but valid-looking number. The clerk confirms the upgrade by entering it.
 */
public final class IdNumber {

	public static final String SOURCE = "GB 11643-1999《公民身份号码》";

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_CHARACTERS = "10X98765432";

	/**
	 * Residence permits of Hong Kong, Macao and Taiwan residents carry these region codes and follow GB 11643
	 * otherwise (《港澳台居民居住证申领发放办法》, 国办发〔2018〕81号); their holders may join social insurance.
	 */
	private static final Map<String, String> RESIDENCE_PERMIT_REGIONS = Map.of("810000", "香港特别行政区",
			"820000", "澳门特别行政区", "830000", "台湾地区");

	private final String value;

	private IdNumber(String value) {
		this.value = value;
	}

	/**
	 * The identity number, or a {@link UserInputException} on field {@code idNumber} whose key names the
	 * first rule broken ({@code policy.idNumber.*}).
	 */
	public static IdNumber of(String text) {
		String candidate = normalise(text);
		Optional<UserInputException> problem = problem(candidate);
		if (problem.isPresent()) {
			throw problem.get();
		}
		return new IdNumber(candidate);
	}

	/** Whether the text is a valid 18-character identity number. */
	public static boolean isValid(String text) {
		return problem(normalise(text)).isEmpty();
	}

	/** Why the text is not a valid identity number, empty if it is one. */
	public static Optional<UserInputException> problem(String text) {
		String candidate = normalise(text);
		if (candidate.isEmpty()) {
			return fail("policy.idNumber.required");
		}
		// ASCII digits only: Character.isDigit would let full-width ０-９ through to checkCharacterFor, which throws
		if (candidate.length() == 15 && candidate.chars().allMatch(c -> c >= '0' && c <= '9')) {
			Optional<String> upgraded = upgradeOf15(candidate);
			return upgraded.isPresent() ? fail("policy.idNumber.legacy15", upgraded.get())
					: fail("policy.idNumber.legacy15Invalid");
		}
		if (candidate.length() != 18) {
			return fail("policy.idNumber.length", candidate.length());
		}
		if (!candidate.substring(0, 17).chars().allMatch(c -> c >= '0' && c <= '9')) {
			return fail("policy.idNumber.digits");
		}
		char last = candidate.charAt(17);
		if (!(last >= '0' && last <= '9') && last != 'X') {
			return fail("policy.idNumber.lastCharacter");
		}
		if (!Regions.standard().isProvince(candidate.substring(0, 2))
				&& !RESIDENCE_PERMIT_REGIONS.containsKey(candidate.substring(0, 6))
				&& !isPermanentResidenceNumber(candidate)) {
			return fail("policy.idNumber.region", candidate.substring(0, 6));
		}
		if (birthDateOf(candidate.substring(6, 14)).isEmpty()) {
			return fail("policy.idNumber.birthDate", candidate.substring(6, 14));
		}
		char expected = checkCharacterFor(candidate.substring(0, 17));
		if (expected != last) {
			return fail("policy.idNumber.checkCharacter");
		}
		return Optional.empty();
	}

	/** The GB 11643 check character for the first 17 digits. */
	public static char checkCharacterFor(String first17Digits) {
		if (first17Digits.length() != 17) {
			throw new IllegalArgumentException("Need 17 digits, got " + first17Digits.length());
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int digit = first17Digits.charAt(i) - '0';
			if (digit < 0 || digit > 9) {
				throw new IllegalArgumentException("Not a digit at position " + (i + 1));
			}
			sum += digit * WEIGHTS[i];
		}
		return CHECK_CHARACTERS.charAt(sum % 11);
	}

	/** Builds a valid number from its parts (used by generators and tests). */
	public static IdNumber compose(String regionCode, LocalDate birthDate, int sequence) {
		String first17 = regionCode + String.format(Locale.ROOT, "%04d%02d%02d", birthDate.getYear(),
				birthDate.getMonthValue(), birthDate.getDayOfMonth()) + String.format(Locale.ROOT, "%03d", sequence);
		return of(first17 + checkCharacterFor(first17));
	}

	public String value() {
		return this.value;
	}

	public String regionCode() {
		return this.value.substring(0, 6);
	}

	public LocalDate birthDate() {
		return birthDateOf(this.value.substring(6, 14)).orElseThrow();
	}

	public Gender gender() {
		return (this.value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
	}

	/**
	 * The most precise known region of the number's region code, if the code is still in the list; for a
	 * residence permit, the region it was issued for.
	 */
	public Optional<Region> region() {
		String permitRegion = RESIDENCE_PERMIT_REGIONS.get(regionCode());
		if (permitRegion != null) {
			return Optional.of(new Region(regionCode(), permitRegion, permitRegion, regionCode().substring(0, 2)));
		}
		if (isPermanentResidenceCard()) {
			return Regions.standard().closest(this.value.substring(1, 3) + "0000");
		}
		return Regions.standard().closest(regionCode());
	}

	/**
	 * Whether this is the number of a foreign national's permanent residence card (外国人永久居留身份证, 2023 format):
	 * {@code 9}, the 2-digit province code of the issuing place, a 3-digit nationality code, the birth date, a
	 * sequence and the same MOD 11-2 check character. The policy research grades the format medium; such holders
	 * may join social insurance, so the ID field accepts them.
	 */
	public boolean isPermanentResidenceCard() {
		return isPermanentResidenceNumber(this.value);
	}

	private static boolean isPermanentResidenceNumber(String candidate) {
		return candidate.charAt(0) == '9' && Regions.standard().isProvince(candidate.substring(1, 3));
	}

	/** Whether this is the number of a Hong Kong, Macao or Taiwan resident's residence permit. */
	public boolean isResidencePermit() {
		return RESIDENCE_PERMIT_REGIONS.containsKey(regionCode());
	}

	private static Optional<String> upgradeOf15(String digits15) {
		String first17 = digits15.substring(0, 6) + "19" + digits15.substring(6, 15);
		if (!Regions.standard().isProvince(first17.substring(0, 2)) || birthDateOf(first17.substring(6, 14)).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(first17 + checkCharacterFor(first17));
	}

	private static Optional<LocalDate> birthDateOf(String yyyymmdd) {
		try {
			int year = Integer.parseInt(yyyymmdd.substring(0, 4));
			if (year < 1900) {
				return Optional.empty();
			}
			return Optional.of(LocalDate.of(year, Integer.parseInt(yyyymmdd.substring(4, 6)),
					Integer.parseInt(yyyymmdd.substring(6, 8))));
		}
		catch (DateTimeException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static String normalise(String text) {
		return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
	}

	private static Optional<UserInputException> fail(String key, Object... arguments) {
		return Optional.of(invalid(key, arguments));
	}

	private static UserInputException invalid(String key, Object... arguments) {
		return UserInputException.invalid("idNumber", key, arguments);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof IdNumber that && this.value.equals(that.value);
	}

	@Override
	public int hashCode() {
		return this.value.hashCode();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
