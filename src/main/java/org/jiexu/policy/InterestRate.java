package org.jiexu.policy;

import java.math.BigDecimal;

/**
 * The individual account interest rate (记账利率) credited for one year, as a decimal ({@code 0.0831} for
 * 8.31%), with where it comes from.
 */
public record InterestRate(int year, BigDecimal rate, Source source) {

}
