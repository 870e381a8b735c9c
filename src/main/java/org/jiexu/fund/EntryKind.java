package org.jiexu.fund;

/** What a journal entry books; labels in {@code fund.kind.*}. */
public enum EntryKind {

	/** Sending agency, info table issued: the pooled fund and the account part go into transit. */
	REMITTANCE_SENT,
	/** Receiving agency, info table and funds both arrived: the money comes out of transit into its funds. */
	REMITTANCE_RECEIVED,
	/** Sending agency: a supplementary remittance (补转) goes from the individual-account fund into transit. */
	SUPPLEMENT_SENT,
	/** Receiving agency: a supplementary remittance comes out of transit into the individual-account fund. */
	SUPPLEMENT_RECEIVED,
	/** Receiving agency, records continued: the refund of months counted twice is set aside for the person. */
	REFUND,
	/**
	 * Sending agency, with the remittance or a supplement: the normalisation (11% / 8%) tops the account up from the
	 * pooled fund, or keeps the part it does not move back in the pooled fund.
	 */
	NORMALISATION;

	/** Whether the agency booking it is the transfer's sending agency. */
	public boolean bySender() {
		return this == REMITTANCE_SENT || this == SUPPLEMENT_SENT || this == NORMALISATION;
	}

}
