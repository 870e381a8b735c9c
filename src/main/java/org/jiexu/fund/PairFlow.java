package org.jiexu.fund;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * The money that went one way between two agencies, over all their transfers: what the sending agency booked as sent,
 * what the receiving one booked as received, what is still in transit and the differences; a figure of a side whose
 * ledger is not kept here is {@code null}, and so are in transit and difference then.
 *
 * @param transfers how many transfers moved money this way
 * @param unsettled how many of them are in transit or differ
 */
public record PairFlow(@Nullable BigDecimal sent, @Nullable BigDecimal received, @Nullable BigDecimal inTransit,
		@Nullable BigDecimal difference, int transfers, int unsettled) {
}
