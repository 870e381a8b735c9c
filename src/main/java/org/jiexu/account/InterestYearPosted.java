package org.jiexu.account;

/**
 * An agency's yearly interest posting has finished: every account there that had a balance or postings in the year
 * has its interest. Published in the transaction that marks the run completed.
 */
public record InterestYearPosted(String agencyCode, int year, long jobId) {
}
