package org.jiexu.demo;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The contribution base (缴费基数) of one month of a work spell.
 *
 * @param month the month
 * @param base the monthly base in yuan, scale 2
 */
public record MonthlyBase(YearMonth month, BigDecimal base) {

}
