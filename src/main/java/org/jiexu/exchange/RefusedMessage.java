package org.jiexu.exchange;

import java.time.Instant;

/** A message that arrived for the agency and was refused: unsigned, from an unknown key, or tampered with. */
public record RefusedMessage(String messageId, MessageKind kind, String senderAgency, String receiverAgency,
		String reason, Instant refusedAt) {
}
