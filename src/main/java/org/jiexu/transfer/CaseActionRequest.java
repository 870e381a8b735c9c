package org.jiexu.transfer;

import org.jspecify.annotations.Nullable;

/**
 * What an action on a case carries: the reason (required to reject or to re-send a corrected letter, optional
 * otherwise) and, to reassign a case, the username of the new steward.
 */
public record CaseActionRequest(@Nullable String reason, @Nullable String steward) {

	public static CaseActionRequest none() {
		return new CaseActionRequest(null, null);
	}

}
