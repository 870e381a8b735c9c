package org.jiexu.fund;

/** Where the money of one transfer stands between its two agencies; labels in {@code fund.status.*}. */
public enum ReconciliationStatus {

	/** Everything sent has been received, to the fen. */
	SETTLED,
	/** Something sent (the remittance, or a supplementary remittance) has not been booked as received yet. */
	IN_TRANSIT,
	/** What was received differs from what was sent (or was received with no sending booked). */
	DIFFERENCE,
	/** The other agency's ledger is kept in another deployment: only this side is known here. */
	THIS_SIDE_ONLY

}
