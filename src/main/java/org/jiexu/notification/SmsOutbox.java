package org.jiexu.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.Role;
import org.jiexu.shared.Masking;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every SMS the platform sends: handed to the {@link SmsGateway} and kept with what the gateway did. A message is
 * sent once per purpose and reference; asking again sends nothing. Administrators read their agency's messages.
 */
@Service
public class SmsOutbox {

	static final int PAGE = 200;

	private final JdbcClient jdbc;

	private final SmsGateway gateway;

	private final Clock clock;

	SmsOutbox(JdbcClient jdbc, SmsGateway gateway, Clock clock) {
		this.jdbc = jdbc;
		this.gateway = gateway;
		this.clock = clock;
	}

	/** Sends the message unless one with the purpose and reference was sent before; returns whether it sent. */
	@Transactional
	public boolean send(String agencyCode, String phone, String text, String purpose, String reference) {
		boolean sentBefore = this.jdbc.sql("select count(*) from notification.sms_message where purpose = ? and reference = ?")
			.params(purpose, reference)
			.query(Long.class)
			.single() > 0;
		if (sentBefore) {
			return false;
		}
		SmsGateway.Delivery delivery = this.gateway.send(phone, text);
		try {
			this.jdbc.sql("insert into notification.sms_message (agency_code, phone, text, purpose, reference, state,"
					+ " provider, detail, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(agencyCode, phone, text, purpose, reference, delivery.state(), delivery.provider(),
						delivery.detail(), Timestamp.from(this.clock.instant()))
				.update();
		}
		catch (DuplicateKeyException raced) {
			return false;
		}
		return true;
	}

	/** The agency's latest messages, for its administrators. */
	@Transactional(readOnly = true)
	public List<SmsMessageView> recent(CurrentUser user) {
		if (!user.isStaff() || !user.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("The SMS outbox is for administrators");
		}
		return this.jdbc.sql("select id, phone, text, purpose, state, provider, detail, created_at from"
				+ " notification.sms_message where agency_code = ? order by id desc limit " + PAGE)
			.param(user.requireAgency())
			.query((rs, row) -> new SmsMessageView(rs.getLong(1), Masking.phone(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7) == null ? "" : rs.getString(7),
					rs.getTimestamp(8).toInstant()))
			.list();
	}

}
