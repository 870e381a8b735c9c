package org.jiexu.identity;

import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Puts sign-ins at the login page and every failed attempt (page or API) into the audit trail. Successful
 * HTTP Basic calls of API clients are not sign-ins and are not recorded one by one.
 */
@Component
class SignInAudit {

	private final AuditTrail trail;

	private final AppUsers users;

	SignInAudit(AuditTrail trail, AppUsers users) {
		this.trail = trail;
		this.users = users;
	}

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		record(event.getAuthentication().getName(), AuditAction.SIGNED_IN);
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		record(String.valueOf(event.getAuthentication().getName()), AuditAction.SIGN_IN_FAILED);
	}

	private void record(String typed, AuditAction action) {
		String username = typed.strip().toLowerCase(Locale.ROOT);
		String agency = this.users.findByUsername(username).map(AppUser::agencyCode).orElse(null);
		this.trail.recordSignIn(username, agency, action);
	}

}
