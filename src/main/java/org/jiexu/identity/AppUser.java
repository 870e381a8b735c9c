package org.jiexu.identity;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A user account as stored: password hash, kind, roles and scope. */
@Table(schema = "identity", name = "app_user")
record AppUser(@Id @Nullable Long id, String username, String passwordHash, String displayName, UserKind kind,
		String roles, @Nullable String agencyCode, @Nullable Long employerId, @Nullable Long personId,
		boolean enabled, Instant createdAt) {

	static AppUser of(NewUser user, String passwordHash, Instant now) {
		String roles = user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
		return new AppUser(null, user.username(), passwordHash, user.displayName(), user.kind(), roles,
				user.agencyCode(), user.employerId(), user.personId(), true, now);
	}

	AppUser withEnabled(boolean enabled) {
		return new AppUser(this.id, this.username, this.passwordHash, this.displayName, this.kind, this.roles,
				this.agencyCode, this.employerId, this.personId, enabled, this.createdAt);
	}

	AppUser withPasswordHash(String passwordHash) {
		return new AppUser(this.id, this.username, passwordHash, this.displayName, this.kind, this.roles,
				this.agencyCode, this.employerId, this.personId, this.enabled, this.createdAt);
	}

	UserView toView() {
		return new UserView(this.username, this.displayName, this.kind, roleSet(), this.agencyCode, this.employerId,
				this.personId, this.enabled, this.createdAt);
	}

	Set<Role> roleSet() {
		if (this.roles.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(this.roles.split(","))
			.map(Role::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(this.username, this.displayName, this.kind, roleSet(), this.agencyCode,
				this.employerId, this.personId);
	}

}
