package org.jiexu.transfer;

import org.jspecify.annotations.Nullable;

/**
 * Opening, assigning or resolving a problem: the reason ({@link ProblemReason}) and note to open one, the assignee
 * (a steward or supervisor of the agency; the case's steward when left out), the resolution to resolve it.
 */
public record CaseProblemRequest(@Nullable String reason, @Nullable String note, @Nullable String assignee,
		@Nullable String resolution) {
}
