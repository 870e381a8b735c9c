package org.jiexu.identity;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jiexu.shared.InputCheck;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts: an agency administrator manages the staff accounts of their agency; online accounts of
 * employer handlers and insured persons are opened by the registry once it has checked the scope; everyone
 * changes their own password.
 */
@Service
public class UserManagement {

	/** Letters, digits, dot, dash and underscore; an ID number is a fine username for an insured person. */
	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

	private static final int MIN_PASSWORD_LENGTH = 8;

	private final AppUsers users;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	UserManagement(AppUsers users, PasswordEncoder passwordEncoder, Clock clock, AuditTrail audit, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/**
	 * Creates a user as given, checking username and password rules; the caller has checked that the scope
	 * (agency, employer, person) is one it may grant.
	 */
	@Transactional
	public UserView create(NewUser user) {
		String username = normalise(user.username());
		InputCheck check = new InputCheck();
		checkUsername(check, username);
		checkPassword(check, "password", user.rawPassword());
		String displayName = user.displayName() == null ? "" : user.displayName().strip();
		check.require(!displayName.isEmpty() && displayName.length() <= 100, "displayName",
				"identity.user.displayName.invalid");
		check.throwIfRefused();
		if (this.users.existsByUsername(username)) {
			throw UserInputException.conflict("username", "identity.user.username.taken", username);
		}
		NewUser normalised = new NewUser(username, user.rawPassword(), displayName, user.kind(), user.roles(),
				user.agencyCode(), user.employerId(), user.personId());
		try {
			return this.users
				.save(AppUser.of(normalised, this.passwordEncoder.encode(user.rawPassword()), this.clock.instant()))
				.toView();
		}
		catch (DuplicateKeyException raced) {
			throw UserInputException.conflict("username", "identity.user.username.taken", username);
		}
	}

	/** An administrator creates a staff account in their own agency. */
	@Transactional
	public UserView createStaff(CurrentUser admin, CreateStaffUser request) {
		String agency = requireAdministrator(admin);
		Set<Role> roles = request.roles() == null ? Set.of() : request.roles();
		InputCheck check = new InputCheck();
		check.require(!roles.isEmpty(), "roles", "identity.user.roles.required");
		check.require(roles.stream().allMatch(Role::isStaffRole), "roles", "identity.user.roles.staffOnly");
		check.throwIfRefused();
		UserView created = create(new NewUser(request.username() == null ? "" : request.username(),
				request.password() == null ? "" : request.password(), request.displayName(), UserKind.STAFF, roles,
				agency, null, null));
		this.audit.record(admin, AuditAction.USER_CREATED, created.username());
		return created;
	}

	/** Sets (or clears) the contact mobile of an account; the caller has checked it. */
	@Transactional
	public void setContactPhone(String username, @Nullable String phone) {
		this.jdbc.sql("update identity.app_user set contact_phone = ? where username = ?").params(phone, username).update();
	}

	/** The mobiles of the employer's enabled handlers who gave one, unscoped: for notifications. */
	@Transactional(readOnly = true)
	public List<String> handlerPhones(long employerId) {
		return this.jdbc.sql("select distinct contact_phone from identity.app_user where employer_id = ? and enabled"
				+ " and kind = 'EMPLOYER_HANDLER' and contact_phone is not null order by contact_phone")
			.param(employerId)
			.query(String.class)
			.list();
	}

	/**
	 * The enabled staff of the agency who hold the role, by username (e.g. the stewards a case may be given to). Not
	 * scoped: the caller decides who may learn them.
	 */
	@Transactional(readOnly = true)
	public List<String> staffWithRole(String agencyCode, Role role) {
		return this.users.findByAgencyCodeOrderByKindAscUsernameAsc(agencyCode)
			.stream()
			.filter(u -> u.enabled() && u.kind() == UserKind.STAFF && u.roleSet().contains(role))
			.map(AppUser::username)
			.sorted()
			.toList();
	}

	/** The accounts an administrator looks after: their agency's staff and the online accounts it opened. */
	@Transactional(readOnly = true)
	public List<UserView> users(CurrentUser admin) {
		return this.users.findByAgencyCodeOrderByKindAscUsernameAsc(requireAdministrator(admin))
			.stream()
			.map(AppUser::toView)
			.toList();
	}

	@Transactional
	public UserView disable(CurrentUser admin, String username) {
		if (admin.username().equals(username)) {
			throw UserInputException.invalid("username", "identity.user.disableSelf");
		}
		UserView disabled = save(managed(admin, username).withEnabled(false));
		this.audit.record(admin, AuditAction.USER_DISABLED, disabled.username());
		return disabled;
	}

	@Transactional
	public UserView enable(CurrentUser admin, String username) {
		UserView enabled = save(managed(admin, username).withEnabled(true));
		this.audit.record(admin, AuditAction.USER_ENABLED, enabled.username());
		return enabled;
	}

	/** Changes the user's own password after checking the current one. */
	@Transactional
	public void changePassword(CurrentUser user, @Nullable String currentPassword, @Nullable String newPassword) {
		AppUser account = this.users.findByUsername(user.username()).orElseThrow();
		InputCheck check = new InputCheck();
		check.require(currentPassword != null && this.passwordEncoder.matches(currentPassword, account.passwordHash()),
				"currentPassword", "identity.password.currentWrong");
		checkPassword(check, "newPassword", newPassword);
		check.throwIfRefused();
		this.users.save(account.withPasswordHash(this.passwordEncoder.encode(newPassword)));
		this.audit.record(user, AuditAction.PASSWORD_CHANGED, null);
	}

	@Transactional(readOnly = true)
	public boolean personHasAccount(long personId) {
		return this.users.existsByPersonId(personId);
	}

	private UserView save(AppUser user) {
		return this.users.save(user).toView();
	}

	/** A user administered by the admin's agency; anyone else is "not found". */
	private AppUser managed(CurrentUser admin, String username) {
		String agency = requireAdministrator(admin);
		return this.users.findByUsername(normalise(username))
			.filter(user -> agency.equals(user.agencyCode()))
			.orElseThrow(() -> UserInputException.notFound("identity.user.notFound", username));
	}

	private static String requireAdministrator(CurrentUser user) {
		if (!user.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("User administration needs the role ADMIN");
		}
		return user.requireAgency();
	}

	private static void checkUsername(InputCheck check, String username) {
		check.require(USERNAME.matcher(username).matches(), "username", "identity.user.username.invalid");
	}

	private static void checkPassword(InputCheck check, String field, @Nullable String password) {
		check.require(password != null && password.length() >= MIN_PASSWORD_LENGTH && password.length() <= 72
				&& password.chars().anyMatch(Character::isLetter) && password.chars().anyMatch(Character::isDigit),
				field, "identity.password.weak", MIN_PASSWORD_LENGTH);
	}

	private static String normalise(@Nullable String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

}
