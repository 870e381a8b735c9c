package org.jiexu.identity;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The security principal: Spring's user plus our {@link CurrentUser}. */
final class SignedInUser extends User {

	private final CurrentUser current;

	SignedInUser(AppUser user) {
		super(user.username(), user.passwordHash(), user.enabled(), true, true, true,
				user.roleSet().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
		this.current = user.toCurrentUser();
	}

	CurrentUser current() {
		return this.current;
	}

}
