package org.jiexu.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The balances of an agency's fund ledger (every account, also those never booked), as of a day by the clock.
 *
 * @param total the sum of the balances: zero, because every entry balances
 * @param entries how many journal entries the agency has booked
 */
public record FundBalances(String agencyCode, LocalDate asOf, List<AccountBalance> accounts, BigDecimal total,
		long entries) {
}
