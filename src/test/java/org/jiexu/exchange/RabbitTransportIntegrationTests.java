package org.jiexu.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.jiexu.JiexuApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Two deployments in one JVM — Beijing (serving agency 11010201) and Hubei (42098101), each with its own H2
 * database — exchange messages through the real RabbitMQ broker on this machine (127.0.0.1:5672, guest/guest, or
 * Spring Boot's {@code SPRING_RABBITMQ_*} environment). The test fails if there is no broker: CI starts one. The
 * messages are receipts; a recording handler in each deployment takes them (before the transfer module's) and counts
 * how often each was handled. The queues of both agencies are deleted before the deployments start, so earlier runs
 * leave nothing behind. The broker restart at the end runs {@code rabbitmqctl stop_app} / {@code start_app}, as root
 * or through {@code sudo -n}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RabbitTransportIntegrationTests {

	private static final String BEIJING = "11010201";

	private static final String HUBEI = "42098101";

	/** An agency no deployment serves: no queue on the broker. */
	private static final String NOWHERE = "53250201";

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static LocalBroker localBroker;

	private static CachingConnectionFactory broker;

	private static RabbitAdmin admin;

	private static RabbitTemplate publisher;

	private static ConfigurableApplicationContext beijing;

	private static ConfigurableApplicationContext hubei;

	@BeforeAll
	static void startTwoDeploymentsOnOneBroker() {
		localBroker = LocalBroker.connect();
		broker = localBroker.connections();
		admin = new RabbitAdmin(broker);
		publisher = new RabbitTemplate(broker);
		for (String agency : List.of(BEIJING, HUBEI, NOWHERE)) {
			admin.deleteQueue(RabbitTopology.queueName(agency));
		}
		long started = System.nanoTime();
		beijing = deployment("beijing", BEIJING);
		hubei = deployment("hubei", HUBEI);
		System.out.printf("Two deployments started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
	}

	@AfterAll
	static void stopDeployments() {
		for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { beijing, hubei }) {
			if (context != null) {
				context.close();
			}
		}
		if (localBroker != null) {
			localBroker.close();
		}
	}

	private static ConfigurableApplicationContext deployment(String name, String agency) {
		return new SpringApplicationBuilder(JiexuApplication.class, RecordingHandler.class).run(
				// no test or postgres profile: each deployment has its own in-memory H2 database
				"--spring.profiles.active=it-" + name,
				"--spring.datasource.url=jdbc:h2:mem:rabbit-" + name + "-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
				"--spring.datasource.username=sa", "--spring.datasource.password=", "--jiexu.demo.enabled=false",
				"--server.port=0", "--spring.application.name=jiexu-" + name, "--jiexu.exchange.transport=rabbitmq",
				"--jiexu.exchange.local-agencies=" + agency, "--jiexu.exchange.poll=200ms",
				"--jiexu.exchange.retry.first=200ms", "--jiexu.exchange.retry.longest=1s",
				"--jiexu.exchange.rabbitmq.confirm-timeout=5s", "--jiexu.exchange.rabbitmq.recovery-interval=500ms");
	}

	@Test
	@Order(1)
	void aMessageSentInBeijingIsDeliveredThroughTheBrokerAndProcessedOnceInHubei() {
		TransferReceipt receipt = receipt(transferId("one"), BEIJING, HUBEI);

		send(beijing, receipt);

		await(() -> done(beijing, Box.OUTBOX, receipt.messageId()), "delivered from Beijing");
		await(() -> done(hubei, Box.INBOX, receipt.messageId()), "processed in Hubei");
		assertThat(handled(hubei).get(receipt.messageId())).hasValue(1);
		assertThat(hubei.getBean(Exchange.class).received(receipt.messageId())).isEqualTo(receipt);
		assertThat(column(hubei, Box.INBOX, receipt.messageId(), "signature"))
			.isEqualTo(column(beijing, Box.OUTBOX, receipt.messageId(), "signature"));
		assertThat(column(beijing, Box.OUTBOX, receipt.messageId(), "attempts")).isEqualTo("1");
		assertThat(count(beijing, "select count(*) from exchange.inbox_message where message_id = ?",
				receipt.messageId().toString()))
			.as("Beijing keeps only its outbox copy")
			.isZero();
		assertThat(hubei.getBean(Exchange.class).messagesOf(receipt.transferId(), HUBEI))
			.as("the case's messages at the receiving deployment").singleElement()
			.satisfies(m -> {
				assertThat(m.messageId()).isEqualTo(receipt.messageId().toString());
				assertThat(m.receivedAt()).isNotNull();
			});
		assertThat(beijing.getBean(Exchange.class).messagesOf(receipt.transferId(), BEIJING))
			.as("delivered: confirmed by the broker").singleElement()
			.satisfies(m -> assertThat(m.receivedAt()).isNotNull());
		assertThat(hubei.getBean(Exchange.class).messageCounts(HUBEI, List.of(receipt.transferId())))
			.containsEntry(receipt.transferId(), 1);
	}

	@Test
	@Order(2)
	void aThousandMessagesEachWayAllArriveExactlyOnce() {
		String run = transferId("bulk") + "-";
		long started = System.nanoTime();

		CompletableFuture<List<UUID>> toHubei = CompletableFuture.supplyAsync(() -> sendMany(beijing, run, BEIJING, HUBEI, 1000));
		CompletableFuture<List<UUID>> toBeijing = CompletableFuture.supplyAsync(() -> sendMany(hubei, run, HUBEI, BEIJING, 1000));
		List<UUID> sentToHubei = toHubei.join();
		List<UUID> sentToBeijing = toBeijing.join();

		await(() -> processed(hubei, run) == 1000 && processed(beijing, run) == 1000, "2 × 1,000 messages processed");
		System.out.printf("2 x 1000 messages sent, delivered and processed in %d ms%n",
				(System.nanoTime() - started) / 1_000_000);
		assertExactlyOnce(beijing, hubei, run, sentToHubei);
		assertExactlyOnce(hubei, beijing, run, sentToBeijing);
	}

	@Test
	@Order(3)
	void aConsumerStoppedMidFlightLosesNothingAndTakesTheRestWhenItStartsAgain() throws Exception {
		String run = transferId("stop") + "-";
		SimpleMessageListenerContainer consumers = hubei.getBean(SimpleMessageListenerContainer.class);

		CompletableFuture<List<UUID>> sending = CompletableFuture.supplyAsync(() -> sendMany(beijing, run, BEIJING, HUBEI, 500));
		await(() -> received(hubei, run) > 0, "the first messages in Hubei");
		consumers.stop();
		long takenWhenStopped = received(hubei, run);
		List<UUID> sent = sending.join();
		await(() -> delivered(beijing, run) == 500, "all confirmed by the broker while Hubei's consumers are stopped");
		Thread.sleep(500);

		assertThat(takenWhenStopped).as("stopped mid-flight").isLessThan(500);
		assertThat(received(hubei, run)).as("nothing taken while stopped").isLessThan(500);
		assertThat(received(hubei, run) + admin.getQueueInfo(RabbitTopology.queueName(HUBEI)).getMessageCount())
			.as("the rest waits in Hubei's queue")
			.isGreaterThanOrEqualTo(500);

		consumers.start();
		await(() -> processed(hubei, run) == 500, "the rest processed once Hubei's consumers are back");
		assertExactlyOnce(beijing, hubei, run, sent);
	}

	@Test
	@Order(4)
	void aMessageForAnAgencyWithoutAQueueWaitsInTheOutboxWithTheErrorAndIsDeliveredOnceTheQueueExists() {
		TransferReceipt receipt = receipt(transferId("nowhere"), BEIJING, NOWHERE);
		try {
			send(beijing, receipt);
			await(() -> attempts(beijing, receipt.messageId()) >= 3, "three failed deliveries");

			assertThat(column(beijing, Box.OUTBOX, receipt.messageId(), "delivered_at")).isNull();
			assertThat(column(beijing, Box.OUTBOX, receipt.messageId(), "dead_at")).isNull();
			assertThat(column(beijing, Box.OUTBOX, receipt.messageId(), "last_error"))
				.isEqualTo("IllegalStateException: the broker has no queue for agency 53250201 (312 NO_ROUTE)");

			admin.declareQueue(RabbitTopology.queue(NOWHERE));
			admin.declareBinding(RabbitTopology.binding(RabbitTopology.queue(NOWHERE), RabbitTopology.exchange(), NOWHERE));
			await(() -> done(beijing, Box.OUTBOX, receipt.messageId()), "delivered once the queue exists");

			Message arrived = publisher.receive(RabbitTopology.queueName(NOWHERE), 5000);
			assertThat(arrived).isNotNull();
			assertThat(arrived.getMessageProperties().getMessageId()).isEqualTo(receipt.messageId().toString());
			assertThat(MessageWireFormat.read(arrived).transferId()).isEqualTo(receipt.transferId());
			assertThat(column(beijing, Box.OUTBOX, receipt.messageId(), "last_error")).isNull();
		}
		finally {
			admin.deleteQueue(RabbitTopology.queueName(NOWHERE));
		}
	}

	@Test
	@Order(5)
	void aMessagePublishedTwiceIsTakenAndProcessedOnce() {
		SignedMessage message = signedIn(beijing, receipt(transferId("twice"), BEIJING, HUBEI));

		publish(message, HUBEI);
		publish(message, HUBEI);
		drained(hubei, HUBEI);

		assertThat(count(hubei, "select count(*) from exchange.inbox_message where message_id = ?",
				message.messageId().toString()))
			.isEqualTo(1);
		assertThat(column(hubei, Box.INBOX, message.messageId(), "processed_at")).isNotNull();
		assertThat(handled(hubei).get(message.messageId())).hasValue(1);
	}

	@Test
	@Order(6)
	void aMessageWithATamperedBodyIsRefusedAndListedAtTheReceivingDeployment() {
		SignedMessage signed = signedIn(beijing, receipt(transferId("tampered"), BEIJING, HUBEI));
		SignedMessage tampered = new SignedMessage(signed.messageId(), signed.kind(), signed.transferId(),
				signed.senderAgency(), signed.receiverAgency(), signed.body().replace("2026-01-05", "2026-01-06"),
				signed.signature());

		publish(tampered, HUBEI);
		drained(hubei, HUBEI);

		assertThat(count(hubei, "select count(*) from exchange.inbox_message where message_id = ?",
				tampered.messageId().toString()))
			.isZero();
		assertThat(hubei.getBean(JdbcClient.class)
			.sql("select reason from exchange.refused_message where message_id = ? and receiver_agency = ?")
			.params(tampered.messageId().toString(), HUBEI)
			.query(String.class)
			.list()).as("refused once, and acknowledged: not redelivered").containsExactly("signature does not match");
		assertThat(handled(hubei)).doesNotContainKey(tampered.messageId());
	}

	@Test
	@Order(7)
	void aMessageForAnotherDeploymentIsRefusedAndAnUnreadableOneDroppedWithoutHoldingUpTheQueue() {
		SignedMessage forBeijing = signedIn(hubei, receipt(transferId("misrouted"), HUBEI, BEIJING));

		publisher.send("", RabbitTopology.queueName(HUBEI), MessageWireFormat.write(forBeijing, java.time.Instant.now()));
		publisher.send("", RabbitTopology.queueName(HUBEI),
				new Message("{\"format\":1,\"kind\":".getBytes(StandardCharsets.UTF_8), new MessageProperties()));
		drained(hubei, HUBEI);

		assertThat(hubei.getBean(JdbcClient.class)
			.sql("select reason from exchange.refused_message where message_id = ?")
			.param(forBeijing.messageId().toString())
			.query(String.class)
			.list()).containsExactly(
					"receiver 11010201 is not an agency of this deployment (queue jiexu.agency.42098101)");
		assertThat(count(hubei, "select count(*) from exchange.inbox_message where message_id = ?",
				forBeijing.messageId().toString()))
			.isZero();
	}

	/** Last: it stops the broker for a few seconds. */
	@Test
	@Order(8)
	void messagesSentWhileTheBrokerIsDownAreDeliveredOnceItIsBack() throws Exception {
		String run = transferId("restart") + "-";
		List<UUID> toHubei;
		List<UUID> toBeijing;
		LocalBroker.stopApp();
		try {
			toHubei = sendMany(beijing, run, BEIJING, HUBEI, 100);
			toBeijing = sendMany(hubei, run, HUBEI, BEIJING, 100);
			await(() -> failedAttempts(beijing, run) > 0 && failedAttempts(hubei, run) > 0,
					"deliveries failing while the broker is down");
			assertThat(delivered(beijing, run)).isZero();
			assertThat(delivered(hubei, run)).isZero();
		}
		finally {
			LocalBroker.startApp();
		}

		await(() -> processed(hubei, run) == 100 && processed(beijing, run) == 100, "all processed after the restart");
		assertExactlyOnce(beijing, hubei, run, toHubei);
		assertExactlyOnce(hubei, beijing, run, toBeijing);
	}

	// ---------------------------------------------------------------------------------------------------------

	/** Records each receipt it handles; first among the handlers, so the transfer module's never sees them. */
	static class RecordingHandler implements ExchangeHandler, Ordered {

		final Map<UUID, AtomicInteger> handled = new ConcurrentHashMap<>();

		@Override
		public boolean handles(MessageKind kind) {
			return kind == MessageKind.RECEIPT;
		}

		@Override
		public void handle(ExchangeMessage message) {
			this.handled.computeIfAbsent(message.messageId(), id -> new AtomicInteger()).incrementAndGet();
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

	}

	private static Map<UUID, AtomicInteger> handled(ConfigurableApplicationContext deployment) {
		return deployment.getBean(RecordingHandler.class).handled;
	}

	/** A new transfer id that says what the test is about (at most 36 characters, like the columns). */
	private static String transferId(String what) {
		return what + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static TransferReceipt receipt(String transferId, String from, String to) {
		return new TransferReceipt(Exchange.newMessageId(), transferId, from, to, LocalDate.of(2026, 1, 5));
	}

	/** Sends in a transaction of the sending deployment, as a module does. */
	private static void send(ConfigurableApplicationContext deployment, ExchangeMessage message) {
		new TransactionTemplate(deployment.getBean(PlatformTransactionManager.class))
			.executeWithoutResult(status -> deployment.getBean(Exchange.class).send(message));
	}

	private static List<UUID> sendMany(ConfigurableApplicationContext deployment, String run, String from, String to,
			int count) {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			TransferReceipt receipt = receipt(run + i, from, to);
			send(deployment, receipt);
			ids.add(receipt.messageId());
		}
		return ids;
	}

	private static SignedMessage signedIn(ConfigurableApplicationContext deployment, ExchangeMessage message) {
		return deployment.getBean(MessageSigner.class).sign(MessageStore.unsigned(message));
	}

	/** Publishes straight to the broker, as a second copy or an attacker would. */
	private static void publish(SignedMessage message, String routingKey) {
		publisher.send(RabbitTopology.EXCHANGE, routingKey, MessageWireFormat.write(message, java.time.Instant.now()));
	}

	/**
	 * Waits until the deployment has consumed everything published to the agency's queue so far: a marker published
	 * after it is processed (one consumer takes the queue in order).
	 */
	private static void drained(ConfigurableApplicationContext deployment, String agency) {
		SignedMessage marker = signedIn(deployment, receipt(transferId("marker"), agency, agency));
		publish(marker, agency);
		await(() -> done(deployment, Box.INBOX, marker.messageId()), "the marker processed");
	}

	/**
	 * Every message the sender sent in the run was delivered, taken into the receiver's inbox once, processed, and
	 * handled exactly once; nothing else of the run arrived.
	 */
	private static void assertExactlyOnce(ConfigurableApplicationContext sender, ConfigurableApplicationContext receiver,
			String run, List<UUID> sent) {
		String senderAgency = sender == beijing ? BEIJING : HUBEI;
		Set<String> outbox = ids(sender, "select message_id from exchange.outbox_message where transfer_id like ?"
				+ " and sender_agency = ? and delivered_at is not null", run + "%", senderAgency);
		Set<String> inbox = ids(receiver, "select message_id from exchange.inbox_message where transfer_id like ?"
				+ " and sender_agency = ? and processed_at is not null", run + "%", senderAgency);
		Set<String> expected = sent.stream().map(UUID::toString).collect(Collectors.toSet());
		assertThat(outbox).as("delivered from the outbox").isEqualTo(expected);
		assertThat(inbox).as("processed in the inbox").isEqualTo(expected);
		assertThat(count(receiver, "select count(*) from exchange.inbox_message where transfer_id like ?"
				+ " and sender_agency = ?", run + "%", senderAgency))
			.as("inbox count = outbox count")
			.isEqualTo(sent.size());
		Map<UUID, AtomicInteger> handled = handled(receiver);
		assertThat(sent).allSatisfy(id -> assertThat(handled.get(id)).as("handled %s", id).hasValue(1));
	}

	private static long processed(ConfigurableApplicationContext deployment, String run) {
		return count(deployment, "select count(*) from exchange.inbox_message where transfer_id like ?"
				+ " and processed_at is not null", run + "%");
	}

	private static long received(ConfigurableApplicationContext deployment, String run) {
		return count(deployment, "select count(*) from exchange.inbox_message where transfer_id like ?", run + "%");
	}

	private static long delivered(ConfigurableApplicationContext deployment, String run) {
		return count(deployment, "select count(*) from exchange.outbox_message where transfer_id like ?"
				+ " and delivered_at is not null", run + "%");
	}

	private static long failedAttempts(ConfigurableApplicationContext deployment, String run) {
		return count(deployment, "select count(*) from exchange.outbox_message where transfer_id like ?"
				+ " and last_error is not null", run + "%");
	}

	private static int attempts(ConfigurableApplicationContext deployment, UUID id) {
		String attempts = column(deployment, Box.OUTBOX, id, "attempts");
		return attempts == null ? 0 : Integer.parseInt(attempts);
	}

	private static boolean done(ConfigurableApplicationContext deployment, Box box, UUID id) {
		return column(deployment, box, id, box.done) != null;
	}

	private static String column(ConfigurableApplicationContext deployment, Box box, UUID id, String column) {
		return deployment.getBean(JdbcClient.class)
			.sql("select " + column + " from " + box.table + " where message_id = ?")
			.param(id.toString())
			.query((rs, row) -> rs.getString(1))
			.optional()
			.orElse(null);
	}

	private static long count(ConfigurableApplicationContext deployment, String sql, Object... params) {
		return deployment.getBean(JdbcClient.class).sql(sql).params(params).query(Long.class).single();
	}

	private static Set<String> ids(ConfigurableApplicationContext deployment, String sql, Object... params) {
		return Set.copyOf(deployment.getBean(JdbcClient.class).sql(sql).params(params).query(String.class).list());
	}

	private static void await(BooleanSupplier condition, String what) {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Waited " + PATIENCE.toSeconds() + " s in vain for: " + what);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				fail("Interrupted while waiting for: " + what);
			}
		}
	}

}
