package org.jiexu.reporting;

import java.util.Map;

import org.jiexu.transfer.CaseState;
import org.jiexu.transfer.TransferSide;

/** The open cases of one side in one state, by how long they have been open, and how many of them are overdue. */
public record BacklogRow(TransferSide side, CaseState state, long cases, long overdue, Map<BacklogAge, Long> byAge) {
}
