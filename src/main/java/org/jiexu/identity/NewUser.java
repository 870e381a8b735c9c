package org.jiexu.identity;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A user to create: the scope fields must match the kind (agency for staff, employer for a handler, person for
 * an insured person). {@code agencyCode} of a handler or person is the agency that administers the account.
 */
public record NewUser(String username, String rawPassword, @Nullable String displayName, UserKind kind, Set<Role> roles,
		@Nullable String agencyCode, @Nullable Long employerId, @Nullable Long personId) {

	public static NewUser staff(String username, String rawPassword, String displayName, String agencyCode,
			Set<Role> roles) {
		return new NewUser(username, rawPassword, displayName, UserKind.STAFF, roles, agencyCode, null, null);
	}

	public static NewUser employerHandler(String username, String rawPassword, @Nullable String displayName,
			String agencyCode, long employerId) {
		return new NewUser(username, rawPassword, displayName, UserKind.EMPLOYER_HANDLER,
				Set.of(Role.EMPLOYER_HANDLER), agencyCode, employerId, null);
	}

	public static NewUser insuredPerson(String username, String rawPassword, @Nullable String displayName,
			String agencyCode, long personId) {
		return new NewUser(username, rawPassword, displayName, UserKind.INSURED_PERSON, Set.of(Role.INSURED_PERSON),
				agencyCode, null, personId);
	}

}
