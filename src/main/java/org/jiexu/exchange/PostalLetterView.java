package org.jiexu.exchange;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A message sent by post to an agency not connected to the exchange, with every posting of it, the first first.
 */
public record PostalLetterView(long id, String messageId, MessageKind kind, String transferId, String senderAgency,
		String receiverAgency, PostalStatus status, Instant createdAt, List<PostalAttemptView> attempts) {

	/** The latest posting, if it was posted. */
	public @Nullable PostalAttemptView latest() {
		return this.attempts.isEmpty() ? null : this.attempts.get(this.attempts.size() - 1);
	}

}
