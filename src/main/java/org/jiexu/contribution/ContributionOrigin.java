package org.jiexu.contribution;

/** How a contribution record came about; labels in {@code contribution.origin.*}. */
public enum ContributionOrigin {

	/** An employer's (or flexible worker's) payment for the current month. */
	PAYMENT_DECLARATION,
	/** A row of an imported monthly declaration file. */
	IMPORT,
	/** A past month paid later (补缴). */
	BACK_PAYMENT,
	/** Taken over from an earlier system (the demo's history). */
	HISTORY

}
