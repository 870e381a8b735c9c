package org.jiexu.fund;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one agency booked of one kind for one transfer, summed over its entries: the pooled-fund and individual-account
 * lines, the in-transit lines ({@code moved}: the money sent or received) and the refunds payable.
 */
record MoveRow(String transferId, String agencyCode, String counterpartCode, EntryKind kind, int entries,
		LocalDate firstOn, LocalDate lastOn, BigDecimal pooled, BigDecimal account, BigDecimal moved,
		BigDecimal refund) {
}
