package org.jiexu.policy;

import java.math.BigDecimal;

/**
 * One year of an individual account: the rate credited, the year's credits, its interest and the closing
 * balance (all money rounded to the fen).
 */
public record AccountYear(int year, InterestRate rate, BigDecimal credits, BigDecimal interest,
		BigDecimal closingBalance) {

}
