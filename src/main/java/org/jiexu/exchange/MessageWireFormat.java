package org.jiexu.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link SignedMessage} as an AMQP message between deployments: a JSON object of the envelope fields, the body
 * (the message record's JSON, kept as a string so that the bytes the signature covers arrive unchanged) and the
 * signature, with the message id as the AMQP message-id, the kind as its type, and persistent delivery.
 */
final class MessageWireFormat {

	/** The version of this layout, carried in every message; a reader refuses other versions. */
	static final int FORMAT = 1;

	static final String CONTENT_TYPE = "application/json";

	/** The widths of the inbox's and the refused messages' columns (V10, V19, V20). */
	private static final int TRANSFER_ID = 36;

	private static final int AGENCY = 8;

	private static final int BODY = 1_000_000;

	private static final int SIGNATURE = 200;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private MessageWireFormat() {
	}

	static Message write(SignedMessage message, Instant sentAt) {
		ObjectNode json = JSON.createObjectNode();
		json.put("format", FORMAT);
		json.put("messageId", message.messageId().toString());
		json.put("kind", message.kind().name());
		json.put("transferId", message.transferId());
		json.put("senderAgency", message.senderAgency());
		json.put("receiverAgency", message.receiverAgency());
		json.put("body", message.body());
		if (message.signature() == null) {
			json.putNull("signature");
		}
		else {
			json.put("signature", message.signature());
		}
		MessageProperties properties = new MessageProperties();
		properties.setMessageId(message.messageId().toString());
		properties.setType(message.kind().name());
		properties.setContentType(CONTENT_TYPE);
		properties.setContentEncoding(StandardCharsets.UTF_8.name());
		properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
		properties.setAppId("jiexu");
		properties.setTimestamp(Date.from(sentAt));
		return new Message(JSON.writeValueAsBytes(json), properties);
	}

	/**
	 * The signed message an AMQP message carries (its signature not yet checked: the inbox does that).
	 *
	 * @throws UnreadableMessage if it is not a message of this format
	 */
	static SignedMessage read(Message message) {
		JsonNode json;
		try {
			json = JSON.readTree(message.getBody());
		}
		catch (JacksonException ex) {
			throw new UnreadableMessage("not JSON: " + ex.getOriginalMessage());
		}
		if (json == null || !json.isObject()) {
			throw new UnreadableMessage("not a JSON object");
		}
		JsonNode format = json.get("format");
		if (format == null || !format.isInt() || format.intValue() != FORMAT) {
			throw new UnreadableMessage("format " + format + " is not " + FORMAT);
		}
		UUID messageId;
		try {
			messageId = UUID.fromString(text(json, "messageId", 36));
		}
		catch (IllegalArgumentException ex) {
			throw new UnreadableMessage("messageId is not a UUID");
		}
		MessageKind kind;
		try {
			kind = MessageKind.valueOf(text(json, "kind", 30));
		}
		catch (IllegalArgumentException ex) {
			throw new UnreadableMessage("unknown kind " + json.get("kind"));
		}
		return new SignedMessage(messageId, kind, text(json, "transferId", TRANSFER_ID),
				text(json, "senderAgency", AGENCY), text(json, "receiverAgency", AGENCY), text(json, "body", BODY),
				optionalText(json, "signature", SIGNATURE));
	}

	private static String text(JsonNode json, String field, int longest) {
		JsonNode node = json.get(field);
		if (node == null || !node.isString() || node.stringValue().isEmpty()) {
			throw new UnreadableMessage(field + " missing");
		}
		return fitting(node.stringValue(), field, longest);
	}

	private static @Nullable String optionalText(JsonNode json, String field, int longest) {
		JsonNode node = json.get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			throw new UnreadableMessage(field + " is not a string");
		}
		return fitting(node.stringValue(), field, longest);
	}

	/** Longer than the inbox keeps it: no message this platform sends is, and keeping it would fail every time. */
	private static String fitting(String value, String field, int longest) {
		if (value.length() > longest) {
			throw new UnreadableMessage(field + " longer than " + longest);
		}
		return value;
	}

	/** An AMQP message that does not carry a signed message of this format. */
	static final class UnreadableMessage extends RuntimeException {

		private static final long serialVersionUID = 1L;

		UnreadableMessage(String reason) {
			super(reason);
		}

	}

}
