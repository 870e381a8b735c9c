package org.jiexu.contribution;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One back-paid month: its base, what is owed for it, what goes to the account, and its late fee. */
public record BackPaymentMonth(YearMonth month, BigDecimal base, BigDecimal employerPart, BigDecimal individualPart,
		BigDecimal accountCredit, long lateDays, BigDecimal lateFee) {
}
