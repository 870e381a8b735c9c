package org.jiexu.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One month of the record an info table carries, as the sending agency recorded it, so that the receiving agency can
 * continue the history whether or not it shares the sending agency's database. Amounts in yuan at scale 2.
 *
 * @param contributorType {@code EMPLOYEE} or {@code FLEXIBLE_WORKER}
 */
public record InfoTableMonth(YearMonth month, String contributorType, BigDecimal base, BigDecimal employerPart,
		BigDecimal individualPart, BigDecimal accountCredit, BigDecimal pooledPart, LocalDate paidOn) {
}
