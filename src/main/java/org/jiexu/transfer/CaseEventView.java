package org.jiexu.transfer;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/** One step in a case's history: what happened, from which state to which, who did it, when and why. */
public record CaseEventView(CaseAction action, @Nullable CaseState fromState, CaseState toState, String actor,
		@Nullable String reason, Instant at) {

	/** When, on the agencies' clock (Asia/Shanghai), for pages. */
	public LocalDateTime localTime() {
		return LocalDateTime.ofInstant(this.at, ZoneId.of("Asia/Shanghai"));
	}

}
