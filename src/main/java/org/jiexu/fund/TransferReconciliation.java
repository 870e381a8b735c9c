package org.jiexu.fund;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jiexu.transfer.TransferSide;
import org.jspecify.annotations.Nullable;

/**
 * The money of one transfer as the two agencies booked it. The sending side's figures are {@code null} when its ledger
 * is not kept here, the receiving side's likewise; in transit and difference then are {@code null} too.
 *
 * @param direction {@code OUT}: the reader's agency sent the money; {@code IN}: it received it
 * @param sentOn the day the sending agency first booked money out for the transfer
 * @param receivedOn the day the receiving agency first booked money in for it
 * @param sentSupplements supplementary remittances (补转) sent; likewise {@code receivedSupplements}
 * @param sent everything the sending agency booked as sent; likewise {@code received}
 * @param refunded what the receiving agency set aside as refunds payable for the transfer
 * @param inTransit what was sent and is not booked as received yet
 * @param difference sent − received − in transit: non-zero when an amount received differs from the one sent
 */
public record TransferReconciliation(String transferId, TransferSide direction, String counterpartCode,
		@Nullable LocalDate sentOn, @Nullable LocalDate receivedOn, @Nullable BigDecimal sentPooledFund,
		@Nullable BigDecimal sentIndividualAccount, @Nullable BigDecimal sentSupplements, @Nullable BigDecimal sent,
		@Nullable BigDecimal receivedPooledFund, @Nullable BigDecimal receivedIndividualAccount,
		@Nullable BigDecimal receivedSupplements, @Nullable BigDecimal received, @Nullable BigDecimal refunded,
		@Nullable BigDecimal inTransit, @Nullable BigDecimal difference, ReconciliationStatus status) {
}
