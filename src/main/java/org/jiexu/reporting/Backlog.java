package org.jiexu.reporting;

import java.util.List;
import java.util.Map;

/**
 * The agency's open cases today (在办): all of them, those overdue (past their due date), by age, and by side and
 * state.
 */
public record Backlog(long open, long overdue, Map<BacklogAge, Long> byAge, List<BacklogRow> byState) {
}
