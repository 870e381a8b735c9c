package org.jiexu.transfer;

import org.jspecify.annotations.Nullable;

/** What a list of cases is narrowed to; every part is optional. */
public record CaseFilter(@Nullable CaseState state, @Nullable TransferSide side, @Nullable Boolean overdue,
		@Nullable String steward, @Nullable Long personId) {

	public static CaseFilter none() {
		return new CaseFilter(null, null, null, null, null);
	}

}
