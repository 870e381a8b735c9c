package org.jiexu.policy;

/**
 * One figure a rule used or produced, for its explanation: a stable name (a message key suffix under
 * {@code policy.figure.}, so pages can label it in the reader's language) and the value as text (money with
 * two decimals, rates as decimals, months as {@code YYYY-MM}).
 */
public record Figure(String name, String value) {

	public static Figure of(String name, Object value) {
		return new Figure(name, String.valueOf(value));
	}

}
