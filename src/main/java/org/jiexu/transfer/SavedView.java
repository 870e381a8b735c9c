package org.jiexu.transfer;

import org.jspecify.annotations.Nullable;

/**
 * A view a user saved (保存的视图): a name, a filter of the case list and ledger, and their order
 * ({@link CaseSort#parameter()}). Only its user sees it.
 */
public record SavedView(long id, String name, @Nullable CaseState state, @Nullable TransferSide side,
		@Nullable Boolean overdue, @Nullable String steward, String sort) {
}
