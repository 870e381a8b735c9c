package org.jiexu.exchange;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Signs what an agency sends with its private key and checks what arrives against the sender's public key. */
@Component
class MessageSigner {

	private final AgencyKeys keys;

	MessageSigner(AgencyKeys keys) {
		this.keys = keys;
	}

	/** The message signed by its sending agency; refused if this deployment holds no key to sign for it. */
	SignedMessage sign(SignedMessage message) {
		try {
			Signature signature = Signature.getInstance("Ed25519");
			signature.initSign(this.keys.privateKey(message.senderAgency())
				.orElseThrow(() -> new IllegalStateException(
						"No signing key for agency " + message.senderAgency() + " in this deployment")));
			signature.update(message.signedBytes());
			return message.withSignature(Base64.getEncoder().encodeToString(signature.sign()));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot sign message " + message.messageId(), ex);
		}
	}

	/** Why the message cannot be trusted, if it cannot: no signature, no key for the sender, or a wrong signature. */
	Optional<String> problem(SignedMessage message) {
		if (message.signature() == null || message.signature().isBlank()) {
			return Optional.of("unsigned");
		}
		Optional<PublicKey> key = this.keys.publicKey(message.senderAgency());
		if (key.isEmpty()) {
			return Optional.of("no public key for sender " + message.senderAgency());
		}
		try {
			Signature signature = Signature.getInstance("Ed25519");
			signature.initVerify(key.get());
			signature.update(message.signedBytes());
			return signature.verify(Base64.getDecoder().decode(message.signature())) ? Optional.empty()
					: Optional.of("signature does not match");
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return Optional.of("signature unreadable: " + ex.getClass().getSimpleName());
		}
	}

}
