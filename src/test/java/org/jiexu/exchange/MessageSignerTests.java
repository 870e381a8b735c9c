package org.jiexu.exchange;

import java.security.KeyPair;
import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageSignerTests {

	private static SignedMessage receipt() {
		return MessageStore.unsigned(new TransferReceipt(Exchange.newMessageId(), "t-1", "42098101", "11010201",
				LocalDate.of(2026, 3, 2)));
	}

	@Test
	void aMessageSignedByItsSenderVerifiesAndAnyChangedFieldDoesNot() {
		MessageSigner signer = new MessageSigner(new AgencyKeys(new MockEnvironment(), true));
		SignedMessage signed = signer.sign(receipt());

		assertThat(signer.problem(signed)).isEmpty();
		assertThat(signer.problem(new SignedMessage(signed.messageId(), signed.kind(), signed.transferId(), "11010201",
				signed.receiverAgency(), signed.body(), signed.signature()))).contains("signature does not match");
		assertThat(signer.problem(new SignedMessage(signed.messageId(), signed.kind(), "t-2", signed.senderAgency(),
				signed.receiverAgency(), signed.body(), signed.signature()))).contains("signature does not match");
		assertThat(signer.problem(receipt())).contains("unsigned");
	}

	@Test
	void developmentKeysAreTheSameInEveryDeploymentAndDifferPerAgency() {
		KeyPair one = AgencyKeys.derive("42098101");
		KeyPair again = AgencyKeys.derive("42098101");
		KeyPair other = AgencyKeys.derive("11010201");

		assertThat(one.getPublic().getEncoded()).isEqualTo(again.getPublic().getEncoded());
		assertThat(one.getPublic().getEncoded()).isNotEqualTo(other.getPublic().getEncoded());
	}

	@Test
	void configuredKeysAreUsedAndWithoutDevelopmentKeysAnAgencyWithoutKeysCanNeitherSignNorBeTrusted() {
		KeyPair pair = AgencyKeys.derive("some seed");
		MockEnvironment environment = new MockEnvironment()
			.withProperty("jiexu.exchange.keys.42098101.private",
					Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()))
			.withProperty("jiexu.exchange.keys.42098101.public",
					Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
		MessageSigner configured = new MessageSigner(new AgencyKeys(environment, false));
		MessageSigner development = new MessageSigner(new AgencyKeys(new MockEnvironment(), true));

		SignedMessage signed = configured.sign(receipt());
		assertThat(configured.problem(signed)).isEmpty();
		assertThat(development.problem(signed)).as("another key than the development key")
			.contains("signature does not match");
		SignedMessage toYingcheng = MessageStore.unsigned(new TransferReceipt(Exchange.newMessageId(), "t-1",
				"11010201", "42098101", LocalDate.of(2026, 3, 2)));
		assertThatThrownBy(() -> configured.sign(toYingcheng)).hasMessageContaining("No signing key for agency 11010201");
		assertThat(configured.problem(development.sign(toYingcheng))).contains("no public key for sender 11010201");
	}

}
