package org.jiexu.transfer;

import java.util.Set;

/** The states of a transfer case, of either side; labels in {@code transfer.state.*}. */
public enum CaseState {

	/** Transfer-in: the application is accepted; checks run before the contact letter goes out (受理). */
	APPLIED,
	/** Transfer-in: the contact letter is sent; waiting for the info table and the funds (已发联系函). */
	CONTACT_LETTER_SENT,
	/** Transfer-in: the info table and the funds have both arrived (已收信息表及基金). */
	INFO_RECEIVED,
	/** Transfer-in: the funds match the info table (已核对). */
	RECONCILED,
	/** Transfer-in: the history and the account are continued here (已接续). */
	RECORDS_CONTINUED,
	/** Transfer-out: a contact letter has arrived (已收联系函). */
	LETTER_RECEIVED,
	/** Transfer-out: the info table is issued and the funds remitted (已出信息表及划转基金). */
	INFO_ISSUED,
	/** Transfer-out: the relation here is ended (已终止本地关系). */
	RELATION_TERMINATED,
	/** Either side: done (办结). */
	COMPLETED,
	/** Either side: refused, with the reason (退回/不予受理). */
	REJECTED;

	private static final Set<CaseState> FINAL = Set.of(COMPLETED, REJECTED);

	/** Whether nothing more happens on the case by itself (a rejected transfer-in may still re-send a letter). */
	public boolean isFinal() {
		return FINAL.contains(this);
	}

}
