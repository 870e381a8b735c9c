package org.jiexu.reporting;

import java.time.LocalDate;

import org.jiexu.transfer.CaseState;
import org.jiexu.transfer.TransferSide;
import org.jspecify.annotations.Nullable;

/** An open case past its due date (已超期): which, where it stands, whose it is, and by how many calendar days. */
public record OverdueCase(long caseId, TransferSide side, CaseState state, @Nullable String steward, LocalDate dueOn,
		long daysOverdue) {
}
