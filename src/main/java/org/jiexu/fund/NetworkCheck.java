package org.jiexu.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The network check: every account of every agency whose ledger this deployment keeps, summed. The ledger opens at
 * zero and every entry balances, so the sum is zero at all times: money a transfer takes out of one agency's funds is
 * in transit or in the other agency's funds, never lost or doubled.
 *
 * @param totals each account summed over the agencies
 * @param total the sum of every balance; {@code sumIsZero} says whether it is zero
 * @param funds the pooled funds, individual-account funds and refunds payable of all agencies: minus the money in
 * transit
 * @param moneyInTransit the in-transit accounts summed: money sent and not booked as received
 * @param inTransitWithinDeployment the part between agencies both kept here: money still travelling
 * @param inTransitWithOtherDeployments the part with agencies kept elsewhere (sent there minus received from there):
 * only the other deployments' ledgers tell how much of it has arrived
 * @param unbalancedEntries entries whose debits and credits differ (at most 100)
 * @param balanced the sum is zero, every agency's sum is zero and no entry is unbalanced
 */
public record NetworkCheck(LocalDate asOf, List<AgencyLedger> agencies, Map<FundAccount, BigDecimal> totals,
		BigDecimal total, boolean sumIsZero, BigDecimal funds, BigDecimal moneyInTransit,
		BigDecimal inTransitWithinDeployment, BigDecimal inTransitWithOtherDeployments, long entries,
		List<UnbalancedEntry> unbalancedEntries, boolean balanced) {
}
