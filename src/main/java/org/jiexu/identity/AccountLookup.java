package org.jiexu.identity;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for login, from the user table. */
@Component
class AccountLookup implements UserDetailsService {

	private final AppUsers users;

	AccountLookup(AppUsers users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.users.findByUsername(username.strip().toLowerCase(Locale.ROOT))
			.map(SignedInUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

}
