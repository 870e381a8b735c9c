package org.jiexu.exchange;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** The SQL of the outbox and the inbox; bodies are the messages' records as JSON. */
@Component
class MessageStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Transfer ids per statement of a set-wise read. */
	private static final int CHUNK = 1000;

	private static final String COLUMNS = "message_id, kind, transfer_id, sender_agency, receiver_agency, body";

	private final JdbcClient jdbc;

	private final Clock clock;

	MessageStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The message as it travels: its envelope and its body as JSON, not yet signed. */
	static SignedMessage unsigned(ExchangeMessage message) {
		return new SignedMessage(message.messageId(), message.kind(), message.transferId(), message.senderAgency(),
				message.receiverAgency(), JSON.writeValueAsString(message), null);
	}

	/** Puts the signed message in the outbox, due for delivery now. */
	void putInOutbox(SignedMessage message) {
		Timestamp now = now();
		this.jdbc.sql("insert into exchange.outbox_message (" + COLUMNS
				+ ", signature, sent_at, next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(message.messageId().toString(), message.kind().name(), message.transferId(),
					message.senderAgency(), message.receiverAgency(), message.body(), message.signature(), now, now)
			.update();
	}

	Optional<ExchangeMessage> outgoing(UUID messageId) {
		return this.jdbc.sql("select kind, body from exchange.outbox_message where message_id = ?")
			.param(messageId.toString())
			.query((rs, row) -> read(rs.getString(1), rs.getString(2)))
			.optional();
	}

	/** The outgoing message as it travels. */
	Optional<SignedMessage> signedOutgoing(UUID messageId) {
		return this.jdbc.sql("select " + COLUMNS + ", signature from exchange.outbox_message where message_id = ?")
			.param(messageId.toString())
			.query((rs, row) -> new SignedMessage(UUID.fromString(rs.getString(1)), MessageKind.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
			.optional();
	}

	/**
	 * Takes the message into the inbox, due for processing now; false if it was there already (a duplicate
	 * delivery).
	 */
	boolean takeIntoInbox(SignedMessage message) {
		Timestamp now = now();
		return this.jdbc.sql("insert into exchange.inbox_message (" + COLUMNS
				+ ", signature, received_at, next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
			.params(message.messageId().toString(), message.kind().name(), message.transferId(),
					message.senderAgency(), message.receiverAgency(), message.body(), message.signature(), now, now)
			.update() == 1;
	}

	/**
	 * Takes a reply that came on paper into the inbox, unsigned and marked with who entered it, due for processing
	 * now (decision 30).
	 */
	void enterIntoInbox(SignedMessage message, String enteredBy) {
		Timestamp now = now();
		this.jdbc.sql("insert into exchange.inbox_message (" + COLUMNS
				+ ", entered_by, received_at, next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(message.messageId().toString(), message.kind().name(), message.transferId(),
					message.senderAgency(), message.receiverAgency(), message.body(), enteredBy, now, now)
			.update();
	}

	/** Who entered the received message by hand, if it came on paper. */
	Optional<String> enteredBy(UUID messageId) {
		return this.jdbc.sql("select entered_by from exchange.inbox_message where message_id = ? and entered_by is not null")
			.param(messageId.toString())
			.query(String.class)
			.optional();
	}

	/** Keeps a message that failed the signature check, with the reason. */
	void refuse(SignedMessage message, String reason) {
		this.jdbc.sql("insert into exchange.refused_message (message_id, kind, sender_agency, receiver_agency, reason,"
				+ " body, refused_at) values (?, ?, ?, ?, ?, ?, ?)")
			.params(message.messageId().toString(), message.kind().name(), message.senderAgency(),
					message.receiverAgency(), reason.length() > 200 ? reason.substring(0, 200) : reason, message.body(),
					now())
			.update();
	}

	Optional<ExchangeMessage> incoming(UUID messageId) {
		return this.jdbc.sql("select kind, body from exchange.inbox_message where message_id = ?")
			.param(messageId.toString())
			.query((rs, row) -> read(rs.getString(1), rs.getString(2)))
			.optional();
	}

	/** The ids of the messages of a box due for an attempt, the longest waiting first. */
	List<UUID> due(Box box, int limit) {
		return this.jdbc.sql("select message_id from " + box.table + " where next_attempt_at <= ? and "
				+ box.done + " is null and dead_at is null order by next_attempt_at, message_id limit " + limit)
			.param(now())
			.query((rs, row) -> UUID.fromString(rs.getString(1)))
			.list();
	}

	/**
	 * Claims the message for an attempt: moves its next attempt {@code lease} ahead, so that nobody else takes it
	 * meanwhile (if this worker dies, the lease runs out and it is tried again); false if it is not due any more.
	 */
	boolean claim(Box box, UUID messageId, Duration lease) {
		Timestamp now = now();
		return this.jdbc.sql("update " + box.table + " set next_attempt_at = ?, attempts = attempts + 1"
				+ " where message_id = ? and next_attempt_at <= ? and " + box.done + " is null and dead_at is null")
			.params(Timestamp.from(now.toInstant().plus(lease)), messageId.toString(), now)
			.update() == 1;
	}

	/** Marks the message delivered (outbox) or processed (inbox): it is done. */
	void done(Box box, UUID messageId) {
		this.jdbc.sql("update " + box.table + " set " + box.done + " = ?, next_attempt_at = null, last_error = null"
				+ " where message_id = ?")
			.params(now(), messageId.toString())
			.update();
	}

	/**
	 * Records a failed attempt: tried again after the backoff of the attempts made so far, or given up (a dead
	 * letter) once they reach the limit.
	 *
	 * @return whether the message is now a dead letter
	 */
	boolean failed(Box box, UUID messageId, String error, Retry retry) {
		Integer attempts = this.jdbc.sql("select attempts from " + box.table + " where message_id = ?")
			.param(messageId.toString())
			.query(Integer.class)
			.optional()
			.orElse(0);
		boolean dead = attempts >= retry.maxAttempts();
		Timestamp now = now();
		this.jdbc.sql("update " + box.table + " set last_error = ?, next_attempt_at = ?, dead_at = ? where message_id = ?")
			.params(shortened(error),
					dead ? null : Timestamp.from(now.toInstant().plus(retry.after(attempts))), dead ? now : null,
					messageId.toString())
			.update();
		return dead;
	}

	/**
	 * Puts the message back to wait {@code wait}, without counting the attempt: the transport was unavailable, which
	 * is not the message's fault, so however long an outage lasts it does not make the message a dead letter.
	 */
	void postponed(Box box, UUID messageId, String error, Duration wait) {
		this.jdbc.sql("update " + box.table + " set attempts = attempts - 1, last_error = ?, next_attempt_at = ?"
				+ " where message_id = ? and attempts > 0")
			.params(shortened(error), Timestamp.from(now().toInstant().plus(wait)), messageId.toString())
			.update();
	}

	/** Gives a dead letter of the agency's another round of attempts, starting now; false if there is none. */
	boolean replay(Box box, UUID messageId, String agencyCode) {
		return this.jdbc.sql("update " + box.table + " set dead_at = null, attempts = 0, next_attempt_at = ?"
				+ " where message_id = ? and dead_at is not null and " + box.agency + " = ?")
			.params(now(), messageId.toString(), agencyCode)
			.update() == 1;
	}

	/** The dead letters of the agency in the box, the latest first. */
	List<DeadLetter> deadLetters(Box box, String agencyCode, int limit) {
		return this.jdbc.sql("select message_id, kind, transfer_id, sender_agency, receiver_agency, attempts, last_error,"
				+ " dead_at from " + box.table + " where dead_at is not null and " + box.agency + " = ?"
				+ " order by dead_at desc, message_id limit " + limit)
			.param(agencyCode)
			.query((rs, row) -> new DeadLetter(box, rs.getString(1), MessageKind.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7),
					rs.getTimestamp(8).toInstant()))
			.list();
	}

	/** The agency's messages still on their way in the box (not done, not dead). */
	Backlog backlog(Box box, String agencyCode) {
		String since = box == Box.OUTBOX ? "sent_at" : "received_at";
		String where = " from " + box.table + " where " + box.done + " is null and dead_at is null and " + box.agency
				+ " = ?";
		return this.jdbc.sql("select count(*), min(" + since + "), (select last_error" + where
				+ " and last_error is not null order by next_attempt_at desc, message_id limit 1)" + where)
			.params(agencyCode, agencyCode)
			.query((rs, row) -> new Backlog(box, rs.getInt(1),
					rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(), rs.getString(3)))
			.single();
	}

	/** The messages to the agency refused for their signature, the latest first. */
	List<RefusedMessage> refused(String agencyCode, int limit) {
		return this.jdbc.sql("select message_id, kind, sender_agency, receiver_agency, reason, refused_at"
				+ " from exchange.refused_message where receiver_agency = ? order by refused_at desc, id desc limit "
				+ limit)
			.param(agencyCode)
			.query((rs, row) -> new RefusedMessage(rs.getString(1), MessageKind.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	/**
	 * The messages of a transfer that the agency sent or received, in the order they were sent: those in this
	 * deployment's outbox (received when the receiving inbox here took them in, or else when the transport delivered
	 * them: a broker confirmed them for a deployment of their own), and those that came from another deployment,
	 * received and, lacking the sender's clock, taken as sent when they arrived.
	 */
	List<MessageView> messagesOf(String transferId, String agencyCode) {
		return this.jdbc.sql("""
				select o.message_id, o.kind, o.sender_agency, o.receiver_agency, o.sent_at,
				  coalesce(i.received_at, case when p.id is null then o.delivered_at end) as received_at
				from exchange.outbox_message o left join exchange.inbox_message i on i.message_id = o.message_id
				  left join exchange.postal_letter p on p.message_id = o.message_id
				where o.transfer_id = :transfer and (o.sender_agency = :agency or o.receiver_agency = :agency)
				union all
				select i.message_id, i.kind, i.sender_agency, i.receiver_agency, i.received_at, i.received_at
				from exchange.inbox_message i
				where i.transfer_id = :transfer and (i.sender_agency = :agency or i.receiver_agency = :agency)
				  and not exists (select 1 from exchange.outbox_message o where o.message_id = i.message_id)
				order by 5, 1""")
			.param("transfer", transferId)
			.param("agency", agencyCode)
			.query((rs, row) -> new MessageView(rs.getString(1), MessageKind.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
					rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
			.list();
	}

	/**
	 * How many messages of each transfer the agency sent or received, here or from another deployment (transfers
	 * without any are missing).
	 */
	Map<String, Integer> countsOf(String agencyCode, Collection<String> transferIds) {
		List<String> all = List.copyOf(transferIds);
		Map<String, Integer> counts = new HashMap<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			this.jdbc.sql("""
					select transfer_id, count(*) from (
					  select transfer_id from exchange.outbox_message
					  where transfer_id in (:transfers) and (sender_agency = :agency or receiver_agency = :agency)
					  union all
					  select i.transfer_id from exchange.inbox_message i
					  where i.transfer_id in (:transfers) and (i.sender_agency = :agency or i.receiver_agency = :agency)
					    and not exists (select 1 from exchange.outbox_message o where o.message_id = i.message_id)
					) m group by transfer_id""")
				.param("transfers", all.subList(from, Math.min(all.size(), from + CHUNK)))
				.param("agency", agencyCode)
				.query((ResultSet rs) -> {
					counts.put(rs.getString(1), rs.getInt(2));
				});
		}
		return counts;
	}

	private static ExchangeMessage read(String kind, String body) {
		return JSON.readValue(body, MessageKind.valueOf(kind).type());
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private static String shortened(String error) {
		return error.length() > 500 ? error.substring(0, 500) : error;
	}

}
