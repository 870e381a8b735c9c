package org.jiexu.transfer;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A case in a list or a queue (identifiers masked). */
public record TransferCaseSummary(long id, TransferSide side, CaseState state, String personName, String idNumber,
		AgencyOnCase counterpart, @Nullable String steward, int attempt, LocalDate openedOn, @Nullable LocalDate dueOn,
		CaseDeadline.Status deadline, CaseUrgency urgency, String transferId) {
}
