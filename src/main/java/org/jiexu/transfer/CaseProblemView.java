package org.jiexu.transfer;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A problem on a case: why, what, who owns it, and how it was resolved. */
public record CaseProblemView(long id, ProblemReason reason, String note, boolean open, @Nullable String assignee,
		String openedBy, Instant openedAt, @Nullable String resolvedBy, @Nullable Instant resolvedAt,
		@Nullable String resolution) {
}
