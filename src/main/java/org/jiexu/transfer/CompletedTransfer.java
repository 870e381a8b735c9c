package org.jiexu.transfer;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A completed transfer-in: whose, at which agency, from which agency, completed on which day, and the employer whose
 * handler applied for it, if one did.
 */
public record CompletedTransfer(long caseId, long personId, String agencyCode, String sendingAgencyCode,
		LocalDate completedOn, @Nullable Long employerId) {
}
