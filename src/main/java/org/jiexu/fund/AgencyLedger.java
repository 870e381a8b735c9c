package org.jiexu.fund;

import java.math.BigDecimal;
import java.util.Map;

/** One agency's balances in the network check: each account's balance and their sum (zero when it balances). */
public record AgencyLedger(String agencyCode, Map<FundAccount, BigDecimal> balances, BigDecimal total) {
}
