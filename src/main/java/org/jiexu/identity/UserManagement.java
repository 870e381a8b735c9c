package org.jiexu.identity;

import java.time.Clock;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and looks up user accounts. */
@Service
public class UserManagement {

	private final AppUsers users;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	UserManagement(AppUsers users, PasswordEncoder passwordEncoder, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/** Creates the user; a taken username is refused. */
	@Transactional
	public CurrentUser create(NewUser user) {
		if (this.users.existsByUsername(user.username())) {
			throw new IllegalArgumentException("Username already taken: " + user.username());
		}
		AppUser saved = this.users.save(AppUser.of(user, this.passwordEncoder.encode(user.rawPassword()),
				this.clock.instant()));
		return saved.toCurrentUser();
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.users.existsByUsername(username);
	}

}
