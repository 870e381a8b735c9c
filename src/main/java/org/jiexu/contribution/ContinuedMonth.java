package org.jiexu.contribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.jiexu.policy.ContributorType;

/** One month of a record continued from another agency with a transfer, as that agency recorded it. */
public record ContinuedMonth(YearMonth month, ContributorType contributorType, BigDecimal base,
		BigDecimal employerPart, BigDecimal individualPart, BigDecimal accountCredit, BigDecimal pooledPart,
		LocalDate paidOn) {
}
