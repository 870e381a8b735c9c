package org.jiexu.exchange;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import org.jiexu.identity.AuditAction;
import org.jiexu.identity.AuditTrail;
import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.Role;
import org.jiexu.shared.UserInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which agencies the exchange reaches electronically (decision 30). Every agency is connected unless an administrator
 * marked it not connected; messages to an agency that is not become {@link PostalLetters postal letters}, and its
 * replies are entered by hand ({@link Exchange#enterByHand}). Each change is kept in the audit trail.
 */
@Service
public class AgencyConnections {

	private static final Pattern AGENCY_CODE = Pattern.compile("\\d{8}");

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	AgencyConnections(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether messages reach the agency electronically (the default); false once marked not connected. */
	@Transactional(readOnly = true)
	public boolean isConnected(String agencyCode) {
		return this.jdbc.sql("select connected from exchange.agency_connection where agency_code = ?")
			.param(agencyCode)
			.query(Boolean.class)
			.optional()
			.orElse(true);
	}

	/** The agencies whose connection was ever set, not connected first, then by code. */
	@Transactional(readOnly = true)
	public List<AgencyConnectionView> marked() {
		return this.jdbc.sql("select agency_code, connected, changed_by, changed_at from exchange.agency_connection"
				+ " order by connected, agency_code")
			.query((rs, row) -> new AgencyConnectionView(rs.getString(1), rs.getBoolean(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	/** Marks the agency connected or not (ADMIN); audited. */
	@Transactional
	public AgencyConnectionView mark(CurrentUser user, String agencyCode, boolean connected) {
		if (!user.isStaff() || !user.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("Agency connections are set by administrators");
		}
		String code = agencyCode.strip();
		if (!AGENCY_CODE.matcher(code).matches()) {
			throw UserInputException.invalid("agencyCode", "exchange.connection.agencyCode", agencyCode);
		}
		set(code, connected, user.username());
		this.audit.record(user, connected ? AuditAction.AGENCY_MARKED_CONNECTED : AuditAction.AGENCY_MARKED_NOT_CONNECTED,
				code);
		return new AgencyConnectionView(code, connected, user.username(), this.clock.instant());
	}

	/** Sets the connection without a user (the demo data marks an agency the demo does not exchange with). */
	@Transactional
	public void markAtSetup(String agencyCode, boolean connected) {
		set(agencyCode, connected, "system");
	}

	private void set(String code, boolean connected, String by) {
		Timestamp now = Timestamp.from(this.clock.instant());
		if (this.jdbc.sql("update exchange.agency_connection set connected = ?, changed_by = ?, changed_at = ?"
				+ " where agency_code = ?").params(connected, by, now, code).update() == 0) {
			this.jdbc.sql("insert into exchange.agency_connection (agency_code, connected, changed_by, changed_at)"
					+ " values (?, ?, ?, ?)").params(code, connected, by, now).update();
		}
	}

}
