package org.jiexu.identity;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** A user to create: the scope fields must match the kind (agency for staff, and so on). */
public record NewUser(String username, String rawPassword, String displayName, UserKind kind, Set<Role> roles,
		@Nullable String agencyCode, @Nullable Long employerId, @Nullable Long personId) {

	public static NewUser staff(String username, String rawPassword, String displayName, String agencyCode,
			Set<Role> roles) {
		return new NewUser(username, rawPassword, displayName, UserKind.STAFF, roles, agencyCode, null, null);
	}

	public static NewUser employerHandler(String username, String rawPassword, String displayName, long employerId) {
		return new NewUser(username, rawPassword, displayName, UserKind.EMPLOYER_HANDLER,
				Set.of(Role.EMPLOYER_HANDLER), null, employerId, null);
	}

	public static NewUser insuredPerson(String username, String rawPassword, String displayName, long personId) {
		return new NewUser(username, rawPassword, displayName, UserKind.INSURED_PERSON, Set.of(Role.INSURED_PERSON),
				null, null, personId);
	}

}
