package org.jiexu.account;

import java.math.BigDecimal;

import org.jiexu.job.JobView;

/**
 * A yearly interest posting run: the year, the rate and method it applies (with the rate's source), how many
 * accounts it has posted and the interest credited so far, and its job (state and progress).
 */
public record InterestPostingView(JobView job, String agencyCode, int year, BigDecimal rate, String rateSource,
		String method, long accountsPosted, BigDecimal interestTotal) {
}
