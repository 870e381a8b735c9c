package org.jiexu.fund;

import java.math.BigDecimal;

/** One account of an agency's ledger: its debits, its credits, and its balance (debits minus credits). */
public record AccountBalance(FundAccount account, BigDecimal debits, BigDecimal credits, BigDecimal balance) {
}
