package org.jiexu.policy;

import java.util.Locale;
import java.util.Optional;

import org.jiexu.shared.UserInputException;

/**
 * A unified social credit code (统一社会信用代码) of GB 32100-2015: registration authority (1 character),
 * organisation type (1), region code of the registering authority (6 digits, GB/T 2260), organisation code
 * (9, GB 11714) and a check character. All characters come from the 31-character set {@code 0-9} and the
 * capitals without I, O, Z, S, V; the check character is {@code 31 - (Σ value × weight mod 31)} with the
 * standard's weights (31 becomes 0). Lower case is accepted and stored upper-case.
 */
public final class CreditCode {

	public static final String SOURCE = "GB 32100-2015《法人和其他组织统一社会信用代码编码规则》";

	static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private final String value;

	private CreditCode(String value) {
		this.value = value;
	}

	/** The code, or a {@link UserInputException} on field {@code creditCode} naming the rule broken. */
	public static CreditCode of(String text) {
		String candidate = normalise(text);
		Optional<UserInputException> problem = problem(candidate);
		if (problem.isPresent()) {
			throw problem.get();
		}
		return new CreditCode(candidate);
	}

	public static boolean isValid(String text) {
		return problem(text).isEmpty();
	}

	/** Why the text is not a valid credit code, empty if it is one. */
	public static Optional<UserInputException> problem(String text) {
		String candidate = normalise(text);
		if (candidate.isEmpty()) {
			return fail("policy.creditCode.required");
		}
		if (candidate.length() != 18) {
			return fail("policy.creditCode.length", candidate.length());
		}
		for (int i = 0; i < 18; i++) {
			if (CHARACTERS.indexOf(candidate.charAt(i)) < 0) {
				return fail("policy.creditCode.character", i + 1, String.valueOf(candidate.charAt(i)));
			}
		}
		if (!candidate.substring(2, 8).chars().allMatch(c -> c >= '0' && c <= '9')) {
			return fail("policy.creditCode.region");
		}
		if (checkCharacterFor(candidate.substring(0, 17)) != candidate.charAt(17)) {
			return fail("policy.creditCode.checkCharacter");
		}
		return Optional.empty();
	}

	/** The GB 32100 check character for the first 17 characters. */
	public static char checkCharacterFor(String first17) {
		if (first17.length() != 17) {
			throw new IllegalArgumentException("Need 17 characters, got " + first17.length());
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int value = CHARACTERS.indexOf(first17.charAt(i));
			if (value < 0) {
				throw new IllegalArgumentException("Character not allowed at position " + (i + 1));
			}
			sum += value * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return CHARACTERS.charAt(check == 31 ? 0 : check);
	}

	public String value() {
		return this.value;
	}

	/** The region code of the registering authority (characters 3–8). */
	public String regionCode() {
		return this.value.substring(2, 8);
	}

	private static String normalise(String text) {
		return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
	}

	private static Optional<UserInputException> fail(String key, Object... arguments) {
		return Optional.of(UserInputException.invalid("creditCode", key, arguments));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CreditCode that && this.value.equals(that.value);
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
