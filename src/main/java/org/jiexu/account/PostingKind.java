package org.jiexu.account;

/** What moved money into or out of an individual account; labels in {@code account.posting.kind.*}. */
public enum PostingKind {

	/** The account part of a month's contribution. */
	CONTRIBUTION,
	/** Yearly interest (年度结息). */
	INTEREST,
	/** The account balance received from another agency. */
	TRANSFER_IN,
	/** The account balance sent to another agency (negative). */
	TRANSFER_OUT,
	/** Paid back to the person, e.g. for months counted twice (negative). */
	REFUND,
	/** A correction entered by the agency, or an opening balance taken over from an earlier system. */
	ADJUSTMENT,
	/**
	 * The 11% / 8% normalisation of an account that moves with a transfer: a top-up (positive), or the part not
	 * moved, kept by the sending agency (negative).
	 */
	NORMALISATION

}
