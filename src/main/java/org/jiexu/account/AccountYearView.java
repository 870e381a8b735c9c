package org.jiexu.account;

import java.math.BigDecimal;

/**
 * One year of an account, derived from its postings: the opening balance, the year's movements other than
 * interest (contributions, transfers, refunds, adjustments), the interest and the closing balance.
 * {@code interestPosted} says whether the year's interest posting has run; until then the year is open and
 * its interest is zero.
 */
public record AccountYearView(int year, BigDecimal opening, BigDecimal contributions, BigDecimal otherMovements,
		BigDecimal interest, BigDecimal closing, boolean interestPosted) {
}
