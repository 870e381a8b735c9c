/**
 * Fund ledger (基金账簿): each agency's funds as a double-entry ledger — pooled fund, individual-account fund, money
 * in transit, refunds payable — booked from the steps of transfer cases ({@link org.jiexu.transfer.TransferCaseChanged}),
 * each agency its own side from its own steps only, so the ledger works unchanged when the two agencies of a
 * transfer live in different deployments (decision 25). Every remittance is a balanced entry at the sending agency
 * (sent: into transit) and another at the receiving agency (received: out of transit); refunds and supplementary
 * remittances likewise. {@link org.jiexu.fund.FundReports} answers an agency's balances, the reconciliation of an
 * agency pair, and the network check that every account of every agency here sums to zero.
 * <p>
 * Depends on: {@code transfer} (the event and its enums), {@code registry} (agencies), {@code identity} (the reader
 * and their agency), {@code shared}. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Fund ledger (基金账簿)",
		allowedDependencies = { "shared", "identity", "registry", "transfer" })
@org.jspecify.annotations.NullMarked
package org.jiexu.fund;
