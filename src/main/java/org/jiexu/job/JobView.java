package org.jiexu.job;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A job as its owner sees it: {@code done} of {@code total} units (accounts, rows), and its outcome once
 * finished.
 */
public record JobView(long id, JobKind kind, String agencyCode, String parameters, JobState state, long total,
		long done, @Nullable String outcome, String createdBy, Instant createdAt, Instant updatedAt,
		@Nullable Instant finishedAt) {

	/** Progress in whole percent, 100 when there was nothing to do. */
	public int percent() {
		return this.total == 0 ? (this.state == JobState.COMPLETED ? 100 : 0)
				: (int) Math.min(100, this.done * 100 / this.total);
	}

}
