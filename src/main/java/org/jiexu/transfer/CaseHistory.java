package org.jiexu.transfer;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the case ledger reads from a case's history: who accepted the application, the last contact letter sent
 * (first or corrected) and received, the info table issued or received, whether the amounts were reconciled (a
 * reconciliation that found a mismatch leaves the case where it was), and the last step of all.
 */
record CaseHistory(@Nullable CaseEventView accepted, @Nullable CaseEventView letterSent,
		@Nullable CaseEventView letterReceived, @Nullable CaseEventView infoTable, boolean reconciled,
		@Nullable CaseEventView last) {

	/** @param events the case's events, oldest first */
	static CaseHistory of(List<CaseEventView> events) {
		CaseEventView accepted = null;
		CaseEventView sent = null;
		CaseEventView received = null;
		CaseEventView info = null;
		boolean reconciled = false;
		for (CaseEventView event : events) {
			switch (event.action()) {
				case APPLY -> accepted = event;
				case SEND_CONTACT_LETTER, RESEND_CONTACT_LETTER -> sent = event;
				case RECEIVE_CONTACT_LETTER -> received = event;
				case ISSUE_INFO, RECEIVE_INFO_TABLE -> info = event;
				case RECONCILE -> reconciled |= event.toState() == CaseState.RECONCILED;
				default -> {
				}
			}
		}
		CaseEventView last = events.isEmpty() ? null : events.get(events.size() - 1);
		return new CaseHistory(accepted, sent, received, info, reconciled, last);
	}

}
