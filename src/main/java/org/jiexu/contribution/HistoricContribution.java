package org.jiexu.contribution;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.jiexu.policy.ContributorType;
import org.jspecify.annotations.Nullable;

/** A month contributed before this system, taken over with its base; the amounts follow the month's rates. */
public record HistoricContribution(long personId, String agencyCode, @Nullable Long employerId, YearMonth month,
		ContributorType contributorType, BigDecimal base) {
}
