package org.jiexu.registry;

import org.jspecify.annotations.Nullable;

/**
 * Open an online account for a person (username defaults to their ID number, the display name to their name)
 * or for an employer's handler (专管员), with an initial password handed over at the counter. {@code phone}: the
 * handler's mobile, optional, for the SMS the platform sends the employer (a person's phone is the registry's).
 */
public record OpenOnlineAccount(@Nullable String username, @Nullable String password, @Nullable String displayName,
		@Nullable String phone) {

	public OpenOnlineAccount(@Nullable String username, @Nullable String password, @Nullable String displayName) {
		this(username, password, displayName, null);
	}

}
