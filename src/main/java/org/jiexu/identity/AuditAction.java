package org.jiexu.identity;

/** What the audit trail records. Labels: {@code identity.audit.action.*}. */
public enum AuditAction {

	SIGNED_IN, SIGN_IN_FAILED, USER_CREATED, USER_DISABLED, USER_ENABLED, PASSWORD_CHANGED, PERSON_REGISTERED,
	EMPLOYER_REGISTERED, ONLINE_ACCOUNT_OPENED

}
