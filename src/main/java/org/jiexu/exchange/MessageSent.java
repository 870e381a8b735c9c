package org.jiexu.exchange;

import java.util.UUID;

/** A message was put in the sender's outbox (published in the sender's transaction, for the transport). */
public record MessageSent(UUID messageId) {
}
