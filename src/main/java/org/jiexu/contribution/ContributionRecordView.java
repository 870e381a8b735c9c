package org.jiexu.contribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.jiexu.policy.ContributorType;
import org.jspecify.annotations.Nullable;

/**
 * One month's contribution of a person at an agency (缴费记录): the base, what the employer and the person paid,
 * what was credited to the individual account and what went to the pooled fund, when it was paid and any late
 * fee.
 */
public record ContributionRecordView(YearMonth month, String agencyCode, String agencyName,
		@Nullable Long employerId, ContributorType contributorType, BigDecimal base, BigDecimal employerPart,
		BigDecimal individualPart, BigDecimal accountCredit, BigDecimal pooledPart, ContributionOrigin origin,
		LocalDate paidOn, BigDecimal lateFee) {
}
