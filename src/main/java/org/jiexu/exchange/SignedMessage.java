package org.jiexu.exchange;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A message as it travels between deployments: the envelope, the body (the message record as JSON) and the sending
 * agency's signature over both.
 */
record SignedMessage(UUID messageId, MessageKind kind, String transferId, String senderAgency, String receiverAgency,
		String body, @Nullable String signature) {

	/** The bytes the signature covers: every envelope field and the body, in a fixed order. */
	byte[] signedBytes() {
		return String.join("\n", this.messageId.toString(), this.kind.name(), this.transferId, this.senderAgency,
				this.receiverAgency, this.body).getBytes(StandardCharsets.UTF_8);
	}

	SignedMessage withSignature(String signature) {
		return new SignedMessage(this.messageId, this.kind, this.transferId, this.senderAgency, this.receiverAgency,
				this.body, signature);
	}

}
