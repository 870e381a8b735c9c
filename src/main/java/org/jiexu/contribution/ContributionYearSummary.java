package org.jiexu.contribution;

import java.math.BigDecimal;

/** The months a person contributed at one agency in one year, what was paid and what the account was credited. */
public record ContributionYearSummary(String agencyCode, String agencyName, String regionName, int year, int months,
		BigDecimal paid, BigDecimal accountCredit) {
}
