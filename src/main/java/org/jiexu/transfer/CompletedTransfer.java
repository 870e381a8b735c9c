package org.jiexu.transfer;

import java.time.LocalDate;

/** A completed transfer-in: whose, at which agency, from which agency, completed on which day. */
public record CompletedTransfer(long caseId, long personId, String agencyCode, String sendingAgencyCode,
		LocalDate completedOn) {
}
