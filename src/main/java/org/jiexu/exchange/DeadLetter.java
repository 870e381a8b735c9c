package org.jiexu.exchange;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A message the exchange gave up on after its attempts: not delivered (outbox) or not processed (inbox), with the
 * last error; an administrator of its agency may replay it.
 */
public record DeadLetter(Box box, String messageId, MessageKind kind, String transferId, String senderAgency,
		String receiverAgency, int attempts, @Nullable String lastError, Instant deadAt) {
}
