package org.jiexu.contribution;

import java.math.BigDecimal;
import java.time.YearMonth;

/** An employer's payment for a month: how many persons, and what the employer and the staff paid. */
public record PaymentDeclarationView(long id, long employerId, YearMonth month, int persons, BigDecimal employerPart,
		BigDecimal individualPart, BigDecimal total) {
}
