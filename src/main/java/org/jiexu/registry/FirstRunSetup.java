package org.jiexu.registry;

import java.util.Set;

import org.jiexu.identity.NewUser;
import org.jiexu.identity.Role;
import org.jiexu.identity.UserManagement;
import org.jiexu.registry.RegistryImport.ImportedAgency;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first start of a real deployment (no demo data): creates the deployment's first agency and its
 * administrator from {@code jiexu.setup.*} (environment: {@code JIEXU_SETUP_AGENCY_CODE},
 * {@code JIEXU_SETUP_AGENCY_NAME_ZH}, {@code JIEXU_SETUP_AGENCY_NAME_EN}, {@code JIEXU_SETUP_ADMIN_USERNAME},
 * {@code JIEXU_SETUP_ADMIN_PASSWORD}). Does nothing when no admin password is set or agencies exist already.
 */
@Component
class FirstRunSetup implements ApplicationRunner {

	/** Settings of the first start; the agency code is the 6-digit region code plus a 2-digit serial. */
	@ConfigurationProperties("jiexu.setup")
	record SetupProperties(@Nullable String agencyCode, @Nullable String agencyNameZh, @Nullable String agencyNameEn,
			@Nullable String adminUsername, @Nullable String adminPassword) {
	}

	private static final Logger LOG = LoggerFactory.getLogger(FirstRunSetup.class);

	private final RegistryImport registry;

	private final UserManagement users;

	private final SetupProperties setup;

	FirstRunSetup(RegistryImport registry, UserManagement users, SetupProperties setup) {
		this.registry = registry;
		this.users = users;
		this.setup = setup;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.setup.adminPassword() == null || this.setup.adminPassword().isBlank()) {
			return;
		}
		if (this.registry.hasAgencies()) {
			LOG.info("First-run setup: agencies exist already, nothing created");
			return;
		}
		String code = required(this.setup.agencyCode(), "jiexu.setup.agency-code");
		String nameZh = required(this.setup.agencyNameZh(), "jiexu.setup.agency-name-zh");
		String nameEn = this.setup.agencyNameEn() == null ? nameZh : this.setup.agencyNameEn();
		String username = this.setup.adminUsername() == null ? "admin" : this.setup.adminUsername();
		this.registry.addAgency(new ImportedAgency(code, code.substring(0, Math.min(6, code.length())), nameZh, nameEn));
		try {
			this.users.create(NewUser.staff(username, this.setup.adminPassword(), nameZh, code, Set.of(Role.ADMIN)));
		}
		catch (UserInputException refused) {
			throw new IllegalStateException("First-run setup refused the administrator: " + refused.getMessage(),
					refused);
		}
		LOG.info("First-run setup: agency {} and its administrator {} created", code, username);
	}

	private static String required(@Nullable String value, String property) {
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("First-run setup needs " + property);
		}
		return value.strip();
	}

}
