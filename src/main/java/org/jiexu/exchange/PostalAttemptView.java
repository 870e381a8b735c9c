package org.jiexu.exchange;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One posting of a letter: its tracking number, when and by whom it was posted, and what came of it (none yet,
 * {@link PostalStatus#DELIVERED} with the receipt's date and signer, or {@link PostalStatus#FAILED} with the reason).
 */
public record PostalAttemptView(int attempt, String trackingNumber, LocalDate postedOn, String postedBy,
		@Nullable PostalStatus outcome, @Nullable LocalDate deliveredOn, @Nullable String signedBy,
		@Nullable LocalDate failedOn, @Nullable PostalFailure failureReason, @Nullable String failureNote,
		@Nullable String outcomeBy) {
}
