package org.jiexu.fund;

import java.math.BigDecimal;

/** A journal entry whose debits and credits differ (or that has fewer than two lines): never written by the ledger. */
public record UnbalancedEntry(long entryId, String agencyCode, long sourceEventId, String kind, String transferId,
		BigDecimal debits, BigDecimal credits, int lines) {
}
