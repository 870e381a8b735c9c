package org.jiexu.identity;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** An administrator's request for a new staff account in their own agency. */
public record CreateStaffUser(@Nullable String username, @Nullable String password, @Nullable String displayName,
		@Nullable Set<Role> roles) {
}
