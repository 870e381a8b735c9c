package org.jiexu.transfer;

import org.jspecify.annotations.Nullable;

/**
 * A view to save, as typed: its name (1–50 characters, unique among the user's views) and the filter and order of
 * the case list ({@code state}, {@code side}, {@code overdue}, {@code steward}, {@code sort}), each optional.
 */
public record NewSavedView(@Nullable String name, @Nullable String state, @Nullable String side,
		@Nullable Boolean overdue, @Nullable String steward, @Nullable String sort) {
}
