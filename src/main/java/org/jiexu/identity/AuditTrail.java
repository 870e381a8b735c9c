package org.jiexu.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: every module records here who did what to which subject; auditors, supervisors and
 * administrators read their agency's trail. Entries are only ever added.
 */
@Service
public class AuditTrail {

	private static final Set<Role> READERS = EnumSet.of(Role.AUDITOR, Role.SUPERVISOR, Role.ADMIN);

	private static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an action of the user, in the transaction of the action itself. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(CurrentUser actor, AuditAction action, @Nullable String subject) {
		add(actor.username(), actor.agencyCode(), action, subject);
	}

	/** Records a sign-in or a failed attempt, which has no transaction of its own. */
	@Transactional
	void recordSignIn(String username, @Nullable String agencyCode, AuditAction action) {
		add(username, agencyCode, action, null);
	}

	/** The newest entries of the reader's agency, a page of 50 at a time. */
	@Transactional(readOnly = true)
	public List<AuditEventView> recent(CurrentUser reader, int page) {
		if (!reader.hasAnyRole(READERS)) {
			throw new AccessDeniedException("The audit trail is for auditors, supervisors and administrators");
		}
		return this.jdbc.sql("""
				select occurred_at, username, agency_code, action, subject from identity.audit_event
				where agency_code = :agency order by occurred_at desc, id desc limit :limit offset :offset""")
			.param("agency", reader.requireAgency())
			.param("limit", PAGE_SIZE)
			.param("offset", (long) Math.max(page, 0) * PAGE_SIZE)
			.query((rs, n) -> new AuditEventView(
					LocalDateTime.ofInstant(rs.getTimestamp(1).toInstant(), this.clock.getZone()), rs.getString(2),
					rs.getString(3), AuditAction.valueOf(rs.getString(4)), rs.getString(5)))
			.list();
	}

	private void add(String username, @Nullable String agencyCode, AuditAction action, @Nullable String subject) {
		this.jdbc.sql("""
				insert into identity.audit_event (occurred_at, username, agency_code, action, subject)
				values (?, ?, ?, ?, ?)""")
			.params(Timestamp.from(this.clock.instant()), truncate(username, 64), agencyCode, action.name(),
					subject == null ? null : truncate(subject, 200))
			.update();
	}

	private static String truncate(String value, int length) {
		return value.length() <= length ? value : value.substring(0, length);
	}

}
