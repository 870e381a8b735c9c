package org.jiexu.exchange;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
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

	void putInOutbox(ExchangeMessage message) {
		this.jdbc.sql("insert into exchange.outbox_message (" + COLUMNS + ", sent_at) values (?, ?, ?, ?, ?, ?, ?)")
			.params(message.messageId().toString(), message.kind().name(), message.transferId(),
					message.senderAgency(), message.receiverAgency(), JSON.writeValueAsString(message), now())
			.update();
	}

	Optional<ExchangeMessage> outgoing(UUID messageId) {
		return this.jdbc.sql("select kind, body from exchange.outbox_message where message_id = ?")
			.param(messageId.toString())
			.query((rs, row) -> read(rs.getString(1), rs.getString(2)))
			.optional();
	}

	/** Takes the message into the inbox; false if it was there already (a duplicate delivery). */
	boolean takeIntoInbox(ExchangeMessage message) {
		return this.jdbc.sql("insert into exchange.inbox_message (" + COLUMNS + ", received_at)"
				+ " values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
			.params(message.messageId().toString(), message.kind().name(), message.transferId(),
					message.senderAgency(), message.receiverAgency(), JSON.writeValueAsString(message), now())
			.update() == 1;
	}

	void markDelivered(UUID messageId) {
		this.jdbc.sql("update exchange.outbox_message set delivered_at = ? where message_id = ? and delivered_at is null")
			.params(now(), messageId.toString())
			.update();
	}

	Optional<ExchangeMessage> incoming(UUID messageId) {
		return this.jdbc.sql("select kind, body from exchange.inbox_message where message_id = ?")
			.param(messageId.toString())
			.query((rs, row) -> read(rs.getString(1), rs.getString(2)))
			.optional();
	}

	/** The messages of a transfer that the agency sent or received, in the order they were sent. */
	List<MessageView> messagesOf(String transferId, String agencyCode) {
		return this.jdbc.sql("""
				select o.message_id, o.kind, o.sender_agency, o.receiver_agency, o.sent_at, i.received_at
				from exchange.outbox_message o left join exchange.inbox_message i on i.message_id = o.message_id
				where o.transfer_id = :transfer and (o.sender_agency = :agency or o.receiver_agency = :agency)
				order by o.sent_at, o.message_id""")
			.param("transfer", transferId)
			.param("agency", agencyCode)
			.query((rs, row) -> new MessageView(rs.getString(1), MessageKind.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
					rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
			.list();
	}

	/** How many messages of each transfer the agency sent or received (transfers without any are missing). */
	Map<String, Integer> countsOf(String agencyCode, Collection<String> transferIds) {
		List<String> all = List.copyOf(transferIds);
		Map<String, Integer> counts = new HashMap<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			this.jdbc.sql("""
					select transfer_id, count(*) from exchange.outbox_message
					where transfer_id in (:transfers) and (sender_agency = :agency or receiver_agency = :agency)
					group by transfer_id""")
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

}
