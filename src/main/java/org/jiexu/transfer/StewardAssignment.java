package org.jiexu.transfer;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiexu.identity.Role;
import org.jiexu.identity.UserManagement;
import org.springframework.stereotype.Component;

/**
 * The agency's rule for giving a new case a steward (管家): the enabled steward with the fewest open cases (by
 * default the only rule; the first by username on a tie). An agency without stewards leaves the case unassigned
 * until a supervisor assigns it.
 */
@Component
class StewardAssignment {

	private final UserManagement users;

	private final CaseStore store;

	StewardAssignment(UserManagement users, CaseStore store) {
		this.users = users;
		this.store = store;
	}

	Optional<String> stewardFor(String agencyCode) {
		List<String> stewards = this.users.staffWithRole(agencyCode, Role.STEWARD);
		Map<String, Long> open = this.store.openCasesBySteward(agencyCode);
		return stewards.stream()
			.min(Comparator.comparingLong((String s) -> open.getOrDefault(s, 0L)).thenComparing(s -> s));
	}

	/** Whether the user may own cases at the agency (an enabled steward or supervisor there). */
	boolean mayOwn(String agencyCode, String username) {
		return this.users.staffWithRole(agencyCode, Role.STEWARD).contains(username)
				|| this.users.staffWithRole(agencyCode, Role.SUPERVISOR).contains(username);
	}

}
