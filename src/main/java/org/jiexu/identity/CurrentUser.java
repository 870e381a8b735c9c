package org.jiexu.identity;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The signed-in user as every module sees it: who, which roles, and the scope of their work: the agency
 * of a staff member, the employer of an employer handler, the person of an insured person.
 */
public record CurrentUser(String username, String displayName, UserKind kind, Set<Role> roles,
		@Nullable String agencyCode, @Nullable Long employerId, @Nullable Long personId) {

	/** Roles that register persons and employers and handle their business at the counter. */
	private static final Set<Role> REGISTRARS = EnumSet.of(Role.ADMIN, Role.SUPERVISOR, Role.STEWARD, Role.TELLER);

	public CurrentUser {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	public boolean isStaff() {
		return this.kind == UserKind.STAFF;
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	public boolean hasAnyRole(Set<Role> wanted) {
		return wanted.stream().anyMatch(this.roles::contains);
	}

	/** Whether this user may register persons and employers in their agency. */
	public boolean isRegistrar() {
		return isStaff() && hasAnyRole(REGISTRARS);
	}

	/**
	 * Whether this user sees identity numbers and phones in full on a person's own page: the clerks who
	 * serve the person at the counter, and the person themselves. Lists and exports are always masked.
	 */
	public boolean seesFullIdentifiersOf(long insuredPersonId) {
		return isRegistrar() || (this.kind == UserKind.INSURED_PERSON && this.personId != null
				&& this.personId == insuredPersonId);
	}

	/** Refuses (403) a user who may not register persons or employers. */
	public void requireRegistrar() {
		if (!isRegistrar()) {
			throw new AccessDeniedException("Registering needs one of the roles " + REGISTRARS);
		}
	}

	/** The staff member's agency; refuses (403) any other kind of user. */
	public String requireAgency() {
		if (!isStaff() || this.agencyCode == null) {
			throw new AccessDeniedException("Only agency staff work for an agency");
		}
		return this.agencyCode;
	}

}
