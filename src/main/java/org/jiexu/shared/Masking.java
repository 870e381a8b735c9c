package org.jiexu.shared;

import org.jspecify.annotations.Nullable;

/**
 * Masks identity numbers and phone numbers for lists and exports, for roles that do not need them in
 * full: an 18-character ID keeps its first 4 and last 4 characters ({@code 4209**********1234}), a phone
 * its first 3 and last 4 ({@code 138****5678}).
 */
public final class Masking {

	private Masking() {
	}

	public static String idNumber(@Nullable String value) {
		return keep(value, 4, 4);
	}

	public static String phone(@Nullable String value) {
		return keep(value, 3, 4);
	}

	private static String keep(@Nullable String value, int head, int tail) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		if (value.length() <= head + tail) {
			return "*".repeat(value.length());
		}
		return value.substring(0, head) + "*".repeat(value.length() - head - tail)
				+ value.substring(value.length() - tail);
	}

}
