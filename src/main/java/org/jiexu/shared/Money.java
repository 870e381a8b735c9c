package org.jiexu.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money is {@link BigDecimal} yuan at scale 2. Unless a rule says otherwise, amounts are rounded half-up to
 * the fen ({@link #fen}) where a rule produces them, never in between.
 */
public final class Money {

	public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

	private Money() {
	}

	/** The amount rounded half-up to the fen (scale 2). */
	public static BigDecimal fen(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

	/** The amount as the API writes it: two decimals, no exponent, e.g. {@code "3253.23"}. */
	public static String text(BigDecimal amount) {
		return fen(amount).toPlainString();
	}

}
