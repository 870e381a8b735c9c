package org.jiexu.registry;

import org.jspecify.annotations.Nullable;

/**
 * Open an online account for a person (username defaults to their ID number, the display name to their name)
 * or for an employer's handler (专管员), with an initial password handed over at the counter.
 */
public record OpenOnlineAccount(@Nullable String username, @Nullable String password,
		@Nullable String displayName) {
}
