package org.jiexu.exchange;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Each agency's Ed25519 signing keys. Configured per agency code: {@code jiexu.exchange.keys.<code>.public} (X.509,
 * base64) for every agency whose messages this deployment accepts, {@code jiexu.exchange.keys.<code>.private}
 * (PKCS#8, base64) for the agencies it sends for. With {@code jiexu.exchange.dev-keys=true} (the embedded demo's
 * default) an agency without configured keys gets a key pair derived from its code, the same in every deployment,
 * so that demo deployments trust each other; such keys prove nothing and production turns them off.
 */
@Component
class AgencyKeys {

	private static final Logger LOG = LoggerFactory.getLogger(AgencyKeys.class);

	private static final String ALGORITHM = "Ed25519";

	private final Environment environment;

	private final boolean devKeys;

	private final Map<String, Optional<KeyPair>> derived = new ConcurrentHashMap<>();

	AgencyKeys(Environment environment, @Value("${jiexu.exchange.dev-keys:false}") boolean devKeys) {
		this.environment = environment;
		this.devKeys = devKeys;
		if (devKeys) {
			LOG.warn("Exchange messages are signed with development keys derived from agency codes"
					+ " (jiexu.exchange.dev-keys=true): configure jiexu.exchange.keys.<agency>.* in production");
		}
	}

	Optional<PrivateKey> privateKey(String agencyCode) {
		String configured = this.environment.getProperty("jiexu.exchange.keys." + agencyCode + ".private");
		if (configured != null) {
			return Optional.of(decode(configured, true, PrivateKey.class));
		}
		return devPair(agencyCode).map(KeyPair::getPrivate);
	}

	Optional<PublicKey> publicKey(String agencyCode) {
		String configured = this.environment.getProperty("jiexu.exchange.keys." + agencyCode + ".public");
		if (configured != null) {
			return Optional.of(decode(configured, false, PublicKey.class));
		}
		return devPair(agencyCode).map(KeyPair::getPublic);
	}

	private Optional<KeyPair> devPair(String agencyCode) {
		if (!this.devKeys) {
			return Optional.empty();
		}
		return this.derived.computeIfAbsent(agencyCode, code -> Optional.of(derive(code)));
	}

	/** A key pair whose private key is the SHA-256 of the agency code: deterministic, for development only. */
	static KeyPair derive(String agencyCode) {
		try {
			byte[] seed = MessageDigest.getInstance("SHA-256")
				.digest(("jiexu-development-key:" + agencyCode).getBytes(StandardCharsets.UTF_8));
			KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
			generator.initialize(NamedParameterSpec.ED25519, new FixedBytes(seed));
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot derive a development key for " + agencyCode, ex);
		}
	}

	private static <K> K decode(String base64, boolean isPrivate, Class<K> type) {
		try {
			byte[] bytes = Base64.getDecoder().decode(base64.strip());
			KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
			return type.cast(isPrivate ? factory.generatePrivate(new PKCS8EncodedKeySpec(bytes))
					: factory.generatePublic(new X509EncodedKeySpec(bytes)));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("A configured exchange key is not a base64 Ed25519 key", ex);
		}
	}

	/** Hands out the given bytes as its randomness: the key generator then derives the key from them. */
	private static final class FixedBytes extends SecureRandom {

		private static final long serialVersionUID = 1L;

		private final byte[] bytes;

		FixedBytes(byte[] bytes) {
			this.bytes = bytes.clone();
		}

		@Override
		public void nextBytes(byte[] out) {
			System.arraycopy(this.bytes, 0, out, 0, Math.min(out.length, this.bytes.length));
		}

	}

}
