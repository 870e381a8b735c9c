/**
 * Individual accounts (个人账户): one account per person and agency that holds it, a ledger of postings
 * (contribution credits, interest, transfers in and out, refunds, adjustments) from which every balance is
 * derived, and the yearly interest posting (年度结息) over all of an agency's accounts.
 * <p>
 * No balance is stored that the postings cannot reproduce: the yearly balances written by the interest posting
 * are checked against the postings ({@link org.jiexu.account.AccountLedger#verify}).
 * <p>
 * Depends on: {@code policy} (interest rates and method), {@code registry} (agencies, the person's scope),
 * {@code job} (progress), {@code identity}, {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Individual accounts (个人账户)",
		allowedDependencies = { "shared", "policy", "identity", "registry", "job" })
@org.jspecify.annotations.NullMarked
package org.jiexu.account;
