package org.jiexu.exchange;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An EMS tracking number (邮件号): the international S10 form of two letters, eight digits, a check digit and the
 * country (e.g. {@code EA123456785CN}, the check digit verified), or a domestic EMS number of 13 digits. Spaces are
 * dropped and letters upper-cased before checking.
 */
final class TrackingNumber {

	private static final Pattern S10 = Pattern.compile("[A-Z]{2}\\d{9}[A-Z]{2}");

	private static final Pattern DOMESTIC = Pattern.compile("\\d{13}");

	private static final int[] WEIGHTS = { 8, 6, 4, 2, 3, 5, 9, 7 };

	private TrackingNumber() {
	}

	/** The number as kept, if it is one. */
	static Optional<String> parse(String input) {
		String number = input.replace(" ", "").strip().toUpperCase(Locale.ROOT);
		if (DOMESTIC.matcher(number).matches()) {
			return Optional.of(number);
		}
		if (S10.matcher(number).matches() && checkDigit(number.substring(2, 10)) == number.charAt(10) - '0') {
			return Optional.of(number);
		}
		return Optional.empty();
	}

	/** The S10 check digit of the eight serial digits. */
	static int checkDigit(String serial) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (serial.charAt(i) - '0') * WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		return check == 10 ? 0 : check == 11 ? 5 : check;
	}

}
