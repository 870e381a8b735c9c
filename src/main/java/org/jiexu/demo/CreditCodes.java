package org.jiexu.demo;

import java.util.SplittableRandom;

import org.jiexu.policy.CreditCode;

/**
 * Random valid unified social credit codes (GB 32100) of companies: {@code 9} (registered by market
 * regulation) {@code 1} (enterprise), the 6-digit region code, an organisation code (GB 11714: eight random
 * characters and its own check character) and the GB 32100 check character.
 */
final class CreditCodes {

	static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] ORGANISATION_CODE_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	private CreditCodes() {
	}

	static String companyCode(SplittableRandom random, String regionCode) {
		StringBuilder organisation = new StringBuilder(9);
		for (int i = 0; i < 8; i++) {
			organisation.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
		}
		organisation.append(organisationCheckCharacter(organisation));
		String first17 = "91" + regionCode + organisation;
		return first17 + CreditCode.checkCharacterFor(first17);
	}

	/** GB 11714: 11 − (Σ value × weight mod 11), with 10 written X and 11 written 0; letters count A = 10 … Z = 35. */
	static char organisationCheckCharacter(CharSequence first8) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			char c = first8.charAt(i);
			int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
			sum += value * ORGANISATION_CODE_WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
	}

}
