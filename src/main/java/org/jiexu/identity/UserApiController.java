package org.jiexu.identity;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** User accounts: administration for agency administrators, and the caller's own account. */
@RestController
@Tag(name = "Users (用户)")
class UserApiController {

	/** A password change: the current password and the new one. */
	record PasswordChange(@Nullable String currentPassword, @Nullable String newPassword) {
	}

	private final UserManagement users;

	UserApiController(UserManagement users) {
		this.users = users;
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "The caller: roles and scope")
	CurrentUser me(CurrentUser user) {
		return user;
	}

	@PutMapping("/api/v1/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change the caller's password (at least 8 characters with letters and digits)")
	void changePassword(CurrentUser user, @RequestBody PasswordChange change) {
		this.users.changePassword(user, change.currentPassword(), change.newPassword());
	}

	@GetMapping("/api/v1/users")
	@Operation(summary = "Accounts administered by the caller's agency (ADMIN)")
	List<UserView> list(CurrentUser admin) {
		return this.users.users(admin);
	}

	@PostMapping("/api/v1/users")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a staff account in the caller's agency (ADMIN)")
	UserView create(CurrentUser admin, @RequestBody CreateStaffUser request) {
		return this.users.createStaff(admin, request);
	}

	@PostMapping("/api/v1/users/{username}/disable")
	@Operation(summary = "Disable an account of the caller's agency (ADMIN); it can no longer sign in")
	UserView disable(CurrentUser admin, @PathVariable String username) {
		return this.users.disable(admin, username);
	}

	@PostMapping("/api/v1/users/{username}/enable")
	@Operation(summary = "Enable an account of the caller's agency again (ADMIN)")
	UserView enable(CurrentUser admin, @PathVariable String username) {
		return this.users.enable(admin, username);
	}

}
