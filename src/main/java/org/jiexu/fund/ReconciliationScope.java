package org.jiexu.fund;

/** How much of an agency pair this deployment sees; labels in {@code fund.scope.*}. */
public enum ReconciliationScope {

	/** Both agencies' ledgers are kept here: what one sent is set against what the other received. */
	BOTH_SIDES,
	/**
	 * The other agency's ledger is kept in another deployment: only this agency's side is shown, and what is still in
	 * transit or differs can be told only by setting it against the other deployment's report.
	 */
	THIS_SIDE_ONLY

}
