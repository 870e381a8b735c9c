package org.jiexu.exchange;

import java.util.UUID;

/**
 * A message was taken into the receiver's inbox for the first time: the receiving module reads it with
 * {@link Exchange#received(UUID)}. Published once per message id, however often the message is delivered.
 */
public record MessageReceived(UUID messageId, MessageKind kind, String transferId, String receiverAgency) {
}
