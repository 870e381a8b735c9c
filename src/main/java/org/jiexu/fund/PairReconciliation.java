package org.jiexu.fund;

import java.time.LocalDate;
import java.util.List;

/**
 * The reconciliation (对账) of an agency with one counterpart: the money each sent the other and what the other
 * received, in total and per transfer.
 *
 * @param scope whether the counterpart's ledger is here too ({@code BOTH_SIDES}) or only this agency's side is known
 * ({@code THIS_SIDE_ONLY})
 * @param outgoing from this agency to the counterpart
 * @param incoming from the counterpart to this agency
 * @param transferCount every transfer of the pair that moved money
 * @param transfers at most {@link FundReports#TRANSFERS_LISTED} of them: those in transit or with a difference first,
 * then the latest booked
 */
public record PairReconciliation(String agencyCode, String counterpartCode, LocalDate asOf,
		ReconciliationScope scope, PairFlow outgoing, PairFlow incoming, int transferCount,
		List<TransferReconciliation> transfers) {
}
