package org.jiexu.contribution;

import org.jspecify.annotations.Nullable;

/**
 * A flexible worker's (灵活就业人员) declaration of their own base for a year, as typed.
 *
 * @param year the contribution year: this year or next
 * @param base the monthly base in yuan, at most two decimals
 * @param applyLimit {@code true} to declare at the floor (or ceiling) when the base is outside the limits
 * @param reason why a base already in force changes (needed for changes only)
 */
public record OwnBaseDeclarationRequest(@Nullable String year, @Nullable String base, @Nullable String applyLimit,
		@Nullable String reason) {
}
