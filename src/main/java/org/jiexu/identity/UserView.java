package org.jiexu.identity;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** A user account as administrators see it (never the password). */
public record UserView(String username, String displayName, UserKind kind, Set<Role> roles,
		@Nullable String agencyCode, @Nullable Long employerId, @Nullable Long personId, boolean enabled,
		Instant createdAt) {
}
