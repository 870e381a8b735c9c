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
	HISTORY,
	/**
	 * Continued here with a transfer from the agency that recorded it (转移接续), as its info table stated it: the
	 * account money came with the transfer, so these records credit nothing.
	 */
	TRANSFER

}
