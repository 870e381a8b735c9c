package org.jiexu.contribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.jiexu.policy.ContributionRate.ContributionSplit;
import org.jiexu.policy.ContributorType;
import org.jspecify.annotations.Nullable;

/** A contribution record to be written, with the amounts the policy's rates gave for its base. */
record NewContribution(long personId, String agencyCode, @Nullable Long employerId, YearMonth month,
		ContributorType contributorType, ContributionSplit split, ContributionOrigin origin, @Nullable Long batchId,
		LocalDate paidOn, BigDecimal lateFee) {
}
