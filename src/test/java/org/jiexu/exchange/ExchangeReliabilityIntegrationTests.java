package org.jiexu.exchange;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The exchange recovers from failed deliveries and failed handlings, gives up on a message only as a dead letter an
 * administrator can replay, takes a second copy once, and refuses what its sender did not sign. The messages are
 * receipts for transfers no case knows (the transfer module's handler takes them and changes nothing).
 */
class ExchangeReliabilityIntegrationTests extends IntegrationTestSupport {

	@Autowired
	Exchange exchange;

	@Autowired
	ExchangeFaults faults;

	@Autowired
	OutboxRelay relay;

	@Autowired
	Inbox inbox;

	@Autowired
	Retry retry;

	@Autowired
	TransactionTemplate transaction;

	@AfterEach
	void noFaults() {
		this.faults.clear();
	}

	/** A receipt from Xicheng to Yingcheng for a transfer of its own, sent in a transaction; its id. */
	private UUID sent(String transferId) {
		TransferReceipt receipt = new TransferReceipt(Exchange.newMessageId(), transferId, XICHENG, YINGCHENG,
				LocalDate.of(2026, 1, 5));
		this.transaction.executeWithoutResult(status -> this.exchange.send(receipt));
		return receipt.messageId();
	}

	private static String newTransferId() {
		return UUID.randomUUID().toString();
	}

	private String column(Box box, UUID id, String column) {
		return this.jdbc.sql("select " + column + " from " + box.table + " where message_id = ?")
			.param(id.toString())
			.query((rs, row) -> rs.getString(1))
			.optional()
			.orElse(null);
	}

	private void awaitDone(Box box, UUID id, int seconds) throws InterruptedException {
		for (int i = 0; i < seconds * 20 && column(box, id, box.done) == null; i++) {
			Thread.sleep(50);
		}
		assertThat(column(box, id, box.done)).as("%s %s done", box, id).isNotNull();
	}

	@Test
	void aDeliveryThatFailsIsTriedAgainWithBackoffUntilItGetsThrough() throws Exception {
		String transferId = newTransferId();
		AtomicInteger failures = new AtomicInteger();
		this.faults.failDeliveries(m -> m.transferId().equals(transferId) && failures.incrementAndGet() <= 2);

		UUID id = sent(transferId);
		awaitDone(Box.OUTBOX, id, 15);
		awaitDone(Box.INBOX, id, 5);

		assertThat(failures.get()).isEqualTo(3);
		assertThat(column(Box.OUTBOX, id, "attempts")).isEqualTo("3");
		assertThat(column(Box.OUTBOX, id, "last_error")).isNull();
		assertThat(column(Box.INBOX, id, "attempts")).isEqualTo("1");
	}

	@Test
	void aHandlingThatFailsIsTriedAgainAndTheMessageIsProcessedOnce() throws Exception {
		String transferId = newTransferId();
		AtomicInteger failures = new AtomicInteger();
		this.faults.failHandlings(m -> m.transferId().equals(transferId) && failures.incrementAndGet() <= 1);

		UUID id = sent(transferId);
		awaitDone(Box.INBOX, id, 15);

		assertThat(column(Box.INBOX, id, "attempts")).isEqualTo("2");
		assertThat(this.jdbc.sql("select count(*) from exchange.inbox_message where message_id = ?")
			.param(id.toString())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aMessageThatFailsEveryAttemptBecomesADeadLetterThatAnAdministratorReplays() throws Exception {
		String transferId = newTransferId();
		this.faults.failDeliveries(m -> m.transferId().equals(transferId));
		UUID id = sent(transferId);
		for (int i = 0; i < 100 && column(Box.OUTBOX, id, "last_error") == null; i++) {
			Thread.sleep(50);
		}
		// skip the waits of the attempts between: the next one is the last
		this.jdbc.sql("update exchange.outbox_message set attempts = ?, next_attempt_at = ? where message_id = ?")
			.params(this.retry.maxAttempts() - 1, java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)),
					id.toString())
			.update();
		this.relay.drain();
		assertThat(column(Box.OUTBOX, id, "dead_at")).isNotNull();

		this.mvc.perform(get("/api/v1/exchange/dead-letters").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.messageId == '" + id + "')].lastError")
				.value(hasItem("IllegalStateException: Injected delivery failure")))
			.andExpect(jsonPath("$[?(@.messageId == '" + id + "')].box").value(hasItem("OUTBOX")));
		this.mvc.perform(get("/admin/exchange").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("dead-" + id)));
		this.mvc.perform(get("/api/v1/exchange/dead-letters").with(as("yc-supervisor")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/exchange/dead-letters/outbox/{id}/replay", UUID.randomUUID()).with(as("admin")))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/exchange/dead-letters/sideways/{id}/replay", id).with(as("admin")))
			.andExpect(status().isBadRequest());

		this.faults.clear();
		this.mvc.perform(post("/api/v1/exchange/dead-letters/outbox/{id}/replay", id).with(as("admin")))
			.andExpect(status().isAccepted());
		awaitDone(Box.OUTBOX, id, 10);
		awaitDone(Box.INBOX, id, 5);
		this.mvc.perform(get("/api/v1/exchange/dead-letters").with(as("admin")))
			.andExpect(jsonPath("$[*].messageId").value(not(hasItem(id.toString()))));
	}

	@Test
	void aMessageWaitingThroughATransportOutageLongerThanItsAttemptsIsNotADeadLetterAndIsDeliveredOnceTheTransportIsBack()
			throws Exception {
		String transferId = newTransferId();
		this.faults.takeTransportDown();
		UUID id = sent(transferId);
		for (int i = 0; i < 100 && column(Box.OUTBOX, id, "last_error") == null; i++) {
			Thread.sleep(50);
		}

		// twice as many rounds as a message has attempts, each as soon as the message is due again
		for (int round = 0; round < 2 * this.retry.maxAttempts(); round++) {
			this.jdbc.sql("update exchange.outbox_message set next_attempt_at = ? where message_id = ?")
				.params(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), id.toString())
				.update();
			this.relay.drain();
		}

		assertThat(column(Box.OUTBOX, id, "dead_at")).as("no dead letter however long the outage").isNull();
		assertThat(column(Box.OUTBOX, id, "attempts")).as("the outage's attempts are not counted").isEqualTo("0");
		assertThat(column(Box.OUTBOX, id, "last_error")).isEqualTo("TransportUnavailable: Injected transport outage");
		assertThat(column(Box.INBOX, id, "message_id")).isNull();
		this.mvc.perform(get("/api/v1/exchange/backlog").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].box").value("OUTBOX"))
			.andExpect(jsonPath("$[0].waiting").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
			.andExpect(jsonPath("$[0].oldestSince").isNotEmpty())
			.andExpect(jsonPath("$[0].lastError").value("TransportUnavailable: Injected transport outage"))
			.andExpect(jsonPath("$[1].box").value("INBOX"));
		this.mvc.perform(get("/admin/exchange").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("backlog-OUTBOX")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Injected transport outage")));
		this.mvc.perform(get("/api/v1/exchange/backlog").with(as("yc-supervisor"))).andExpect(status().isForbidden());

		this.faults.clear();
		awaitDone(Box.OUTBOX, id, 10);
		awaitDone(Box.INBOX, id, 5);
		assertThat(column(Box.OUTBOX, id, "attempts")).isEqualTo("1");
		assertThat(column(Box.OUTBOX, id, "last_error")).isNull();
	}

	@Test
	void aSecondCopyOfAMessageIsTakenAndProcessedOnce() throws Exception {
		String transferId = newTransferId();
		UUID id = sent(transferId);
		awaitDone(Box.INBOX, id, 10);
		SignedMessage copy = this.jdbc.sql("select signature from exchange.outbox_message where message_id = ?")
			.param(id.toString())
			.query(String.class)
			.optional()
			.map(signature -> new SignedMessage(id, MessageKind.RECEIPT, transferId, XICHENG, YINGCHENG,
					this.jdbc.sql("select body from exchange.outbox_message where message_id = ?")
						.param(id.toString())
						.query(String.class)
						.single(),
					signature))
			.orElseThrow();

		assertThat(this.inbox.accept(copy)).isTrue();

		assertThat(this.jdbc.sql("select count(*) from exchange.inbox_message where message_id = ?")
			.param(id.toString())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(column(Box.INBOX, id, "attempts")).isEqualTo("1");
	}

	@Test
	void anUnsignedOrAlteredMessageIsRefusedAndListedForTheReceivingAgencysAdministrators() throws Exception {
		TransferReceipt receipt = new TransferReceipt(Exchange.newMessageId(), newTransferId(), YINGCHENG, XICHENG,
				LocalDate.of(2026, 1, 5));
		SignedMessage unsigned = MessageStore.unsigned(receipt);
		TransferReceipt other = new TransferReceipt(Exchange.newMessageId(), newTransferId(), YINGCHENG, XICHENG,
				LocalDate.of(2026, 1, 5));
		SignedMessage signed = new MessageSigner(new AgencyKeys(new org.springframework.mock.env.MockEnvironment(), true))
			.sign(MessageStore.unsigned(other));
		SignedMessage altered = new SignedMessage(signed.messageId(), signed.kind(), signed.transferId(),
				signed.senderAgency(), signed.receiverAgency(), signed.body().replace("2026-01-05", "2026-01-06"),
				signed.signature());

		assertThat(this.inbox.accept(unsigned)).isFalse();
		assertThat(this.inbox.accept(altered)).isFalse();

		assertThat(this.jdbc.sql("select count(*) from exchange.inbox_message where message_id in (?, ?)")
			.params(unsigned.messageId().toString(), altered.messageId().toString())
			.query(Long.class)
			.single()).isZero();
		this.mvc.perform(get("/api/v1/exchange/refused-messages").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.messageId == '" + unsigned.messageId() + "')].reason").value(hasItem("unsigned")))
			.andExpect(jsonPath("$[?(@.messageId == '" + altered.messageId() + "')].reason")
				.value(hasItem("signature does not match")));
	}

}
