package org.jiexu.exchange;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One message of a transfer as a case shows it: what, from whom to whom, when sent and when received. */
public record MessageView(String messageId, MessageKind kind, String senderAgency, String receiverAgency,
		Instant sentAt, @Nullable Instant receivedAt) {
}
