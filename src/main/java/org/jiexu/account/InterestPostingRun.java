package org.jiexu.account;

import java.math.BigDecimal;

/** What a chunk of an interest posting needs to know of its run; its accounts have ids up to {@code lastAccountId}. */
record InterestPostingRun(long jobId, String agencyCode, int year, BigDecimal rate, BigDecimal creditWeight,
		long lastAccountId) {
}
