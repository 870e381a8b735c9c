package org.jiexu.exchange;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageWireFormatTests {

	private static final Instant SENT = Instant.parse("2026-03-02T01:02:03Z");

	private static final java.util.List<InfoTableMonth> HISTORY = java.util.List.of(new InfoTableMonth(
			YearMonth.of(2012, 3), "EMPLOYEE", new BigDecimal("5000.00"), new BigDecimal("800.00"),
			new BigDecimal("400.00"), new BigDecimal("400.00"), new BigDecimal("800.00"), java.time.LocalDate.of(2012, 3, 31)));

	private final MessageSigner signer = new MessageSigner(new AgencyKeys(new MockEnvironment(), true));

	private SignedMessage infoTable() {
		return this.signer.sign(MessageStore.unsigned(new TransferInfoTable(Exchange.newMessageId(), "t-1", "42098101",
				"11010201", 118, YearMonth.of(2012, 3), YearMonth.of(2021, 12), new BigDecimal("45678.90"),
				new BigDecimal("23456.78"), "yc-steward 应城", HISTORY)));
	}

	private static Message json(String text) {
		return new Message(text.getBytes(StandardCharsets.UTF_8), new MessageProperties());
	}

	@Test
	void aSignedMessageTravelsAsJsonAndArrivesWithItsSignatureStillValid() {
		SignedMessage signed = infoTable();

		Message amqp = MessageWireFormat.write(signed, SENT);
		SignedMessage read = MessageWireFormat.read(json(new String(amqp.getBody(), StandardCharsets.UTF_8)));

		assertThat(read).isEqualTo(signed);
		assertThat(this.signer.problem(read)).isEmpty();
		assertThat(MessageStore.unsigned(new TransferInfoTable(signed.messageId(), "t-1", "42098101", "11010201", 118,
				YearMonth.of(2012, 3), YearMonth.of(2021, 12), new BigDecimal("45678.90"), new BigDecimal("23456.78"),
				"yc-steward 应城", HISTORY)).body()).isEqualTo(read.body());
	}

	@Test
	void theAmqpMessageCarriesTheIdTheKindAndPersistentDelivery() {
		SignedMessage signed = infoTable();

		MessageProperties properties = MessageWireFormat.write(signed, SENT).getMessageProperties();

		assertThat(properties.getMessageId()).isEqualTo(signed.messageId().toString());
		assertThat(properties.getType()).isEqualTo("INFO_TABLE");
		assertThat(properties.getDeliveryMode()).isEqualTo(MessageDeliveryMode.PERSISTENT);
		assertThat(properties.getContentType()).isEqualTo("application/json");
		assertThat(properties.getContentEncoding()).isEqualTo("UTF-8");
		assertThat(properties.getTimestamp().toInstant()).isEqualTo(SENT);
	}

	@Test
	void theJsonNamesEveryEnvelopeFieldTheBodyAsAStringAndTheSignature() {
		SignedMessage signed = this.signer.sign(MessageStore.unsigned(new TransferReceipt(
				java.util.UUID.fromString("0b0f3c1e-6f7e-4a53-9a7f-3f4f1d2f5e01"), "t-9", "11010201", "42098101",
				LocalDate.of(2026, 3, 2))));

		String json = new String(MessageWireFormat.write(signed, SENT).getBody(), StandardCharsets.UTF_8);

		assertThat(json).isEqualTo("{\"format\":1,\"messageId\":\"0b0f3c1e-6f7e-4a53-9a7f-3f4f1d2f5e01\","
				+ "\"kind\":\"RECEIPT\",\"transferId\":\"t-9\",\"senderAgency\":\"11010201\","
				+ "\"receiverAgency\":\"42098101\",\"body\":" + quoted(signed.body()) + ",\"signature\":\""
				+ signed.signature() + "\"}");
	}

	@Test
	void anUnsignedMessageTravelsWithANullSignatureForTheInboxToRefuse() {
		SignedMessage unsigned = MessageStore.unsigned(new TransferReceipt(Exchange.newMessageId(), "t-1", "42098101",
				"11010201", LocalDate.of(2026, 3, 2)));

		SignedMessage read = MessageWireFormat.read(MessageWireFormat.write(unsigned, SENT));

		assertThat(read.signature()).isNull();
		assertThat(this.signer.problem(read)).contains("unsigned");
	}

	@Test
	void aBodyChangedOnTheWayStillReadsButNoLongerVerifies() {
		SignedMessage signed = infoTable();
		String json = new String(MessageWireFormat.write(signed, SENT).getBody(), StandardCharsets.UTF_8);

		SignedMessage read = MessageWireFormat.read(json(json.replace("45678.90", "95678.90")));

		assertThat(read.body()).contains("95678.90");
		assertThat(this.signer.problem(read)).contains("signature does not match");
	}

	@Test
	void refusesWhatIsNotASignedMessageOfThisFormat() {
		String good = new String(MessageWireFormat.write(infoTable(), SENT).getBody(), StandardCharsets.UTF_8);

		assertThatThrownBy(() -> MessageWireFormat.read(json("not json")))
			.isInstanceOf(MessageWireFormat.UnreadableMessage.class)
			.hasMessageStartingWith("not JSON");
		assertThatThrownBy(() -> MessageWireFormat.read(json("[1, 2]"))).hasMessage("not a JSON object");
		assertThatThrownBy(() -> MessageWireFormat.read(json(good.replace("\"format\":1", "\"format\":2"))))
			.hasMessage("format 2 is not 1");
		assertThatThrownBy(() -> MessageWireFormat.read(json(good.replace("\"kind\":\"INFO_TABLE\"", "\"kind\":\"X\""))))
			.hasMessage("unknown kind \"X\"");
		assertThatThrownBy(() -> MessageWireFormat.read(json(good.replace("\"transferId\":\"t-1\",", ""))))
			.hasMessage("transferId missing");
		assertThatThrownBy(() -> MessageWireFormat.read(json(good.replace("\"senderAgency\":\"42098101\"",
				"\"senderAgency\":\"420981012\"")))).hasMessage("senderAgency longer than 8");
		assertThatThrownBy(() -> MessageWireFormat.read(json(good.replaceFirst("\"messageId\":\"[^\"]+\"",
				"\"messageId\":\"abc\"")))).hasMessage("messageId is not a UUID");
		assertThatThrownBy(() -> MessageWireFormat.read(json(good.replaceFirst("\"signature\":\"[^\"]+\"",
				"\"signature\":7")))).hasMessage("signature is not a string");
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
