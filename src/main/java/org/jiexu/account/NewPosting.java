package org.jiexu.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A posting to be made to the account of {@code personId} at {@code agencyCode} (opened if it does not exist).
 *
 * @param valueMonth the month the amount belongs to (a back-paid month lies in the past)
 * @param bookedOn the day it is booked; its year is the posting year whose interest it earns
 * @param amount yuan at scale 2; negative for money leaving the account
 * @param reference unique per account, so that posting the same thing twice books it once (e.g.
 * {@code contribution:123})
 */
public record NewPosting(long personId, String agencyCode, PostingKind kind, YearMonth valueMonth, LocalDate bookedOn,
		BigDecimal amount, String reference) {

	public NewPosting {
		if (amount.scale() > 2) {
			throw new IllegalArgumentException("Amounts are yuan at scale 2: " + amount);
		}
		if (reference.isBlank() || reference.length() > 60) {
			throw new IllegalArgumentException("A reference has 1 to 60 characters: " + reference);
		}
	}

	public int postingYear() {
		return this.bookedOn.getYear();
	}

}
