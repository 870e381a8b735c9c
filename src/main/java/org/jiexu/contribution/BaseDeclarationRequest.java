package org.jiexu.contribution;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An employer's yearly base declaration for some of its staff, as typed: every field is text, so that each bad
 * value is refused with its own message.
 *
 * @param year the contribution year: this year or next
 * @param items one row per person
 * @param reason why a base already in force changes (needed for changes only)
 */
public record BaseDeclarationRequest(@Nullable String year, @Nullable List<Item> items, @Nullable String reason) {

	/**
	 * One person's base: the person by {@code idNumber} or {@code personId}.
	 *
	 * @param base the monthly base in yuan, at most two decimals
	 * @param applyLimit {@code true} to declare at the floor (or ceiling) when the base is outside the limits
	 */
	public record Item(@Nullable String idNumber, @Nullable String personId, @Nullable String base,
			@Nullable String applyLimit) {
	}

}
