package org.jiexu.account;

import java.math.BigDecimal;

/** What a chunk of an interest posting needs to know of its run. */
record InterestPostingRun(long jobId, String agencyCode, int year, BigDecimal rate, BigDecimal creditWeight) {
}
