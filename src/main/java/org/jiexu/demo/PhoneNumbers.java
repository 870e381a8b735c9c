package org.jiexu.demo;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Mobile numbers: {@code 1}, a second digit of 3, 5, 7, 8 or 9, a random third digit and eight digits that a
 * {@link KeyedPermutation} of the person index gives, so no two persons of one seed share a number.
 */
final class PhoneNumbers {

	private static final String SECOND_DIGITS = "35789";

	private final KeyedPermutation lastEightDigits;

	PhoneNumbers(long key) {
		this.lastEightDigits = new KeyedPermutation(100_000_000L, key);
	}

	String phone(SplittableRandom random, long index) {
		return "1" + SECOND_DIGITS.charAt(random.nextInt(SECOND_DIGITS.length())) + random.nextInt(10)
				+ String.format(Locale.ROOT, "%08d", this.lastEightDigits.apply(index));
	}

}
