package org.jiexu.exchange;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import com.rabbitmq.client.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The consumer of an agency's queue when its inbox fails for a while (the database down). */
class RabbitReceiverTests {

	private final MessageSigner signer = new MessageSigner(new AgencyKeys(new MockEnvironment(), true));

	private final Inbox inbox = mock(Inbox.class);

	private final Channel channel = mock(Channel.class);

	private final RabbitReceiver receiver = new RabbitReceiver(this.inbox, new RabbitTopology("11010201"),
			new RabbitTransportSettings(Duration.ofSeconds(10), 50, 1, Duration.ofMillis(5), Duration.ofSeconds(2)));

	private Message delivered() {
		SignedMessage signed = this.signer.sign(MessageStore.unsigned(new FundRemittance(Exchange.newMessageId(),
				"t-receiver", "42098101", "11010201", new BigDecimal("1200.00"), new BigDecimal("300.00"),
				LocalDate.of(2026, 3, 2))));
		Message amqp = MessageWireFormat.write(signed, Instant.parse("2026-03-02T01:02:03Z"));
		amqp.getMessageProperties().setDeliveryTag(7);
		return amqp;
	}

	@Test
	void aMessageTheInboxCannotTakeIsTriedAgainInPlaceAndAckedOnceTakenNeverRequeued() throws Exception {
		AtomicInteger calls = new AtomicInteger();
		doAnswer(call -> {
			if (calls.incrementAndGet() <= 3) {
				throw new IllegalStateException("database unreachable");
			}
			return true;
		}).when(this.inbox).accept(org.mockito.ArgumentMatchers.any());
		when(this.channel.isOpen()).thenReturn(true);

		this.receiver.onMessage(delivered(), this.channel);

		assertThat(calls.get()).as("three failures, then taken").isEqualTo(4);
		verify(this.channel).basicAck(7, false);
		verify(this.channel, never()).basicNack(anyLong(), anyBoolean(), anyBoolean());
	}

	@Test
	void aConsumerStoppedWhileTheInboxFailsGivesTheMessageBackToTheQueue() throws Exception {
		doAnswer(call -> {
			throw new IllegalStateException("database unreachable");
		}).when(this.inbox).accept(org.mockito.ArgumentMatchers.any());
		when(this.channel.isOpen()).thenReturn(true);
		Thread.currentThread().interrupt();

		this.receiver.onMessage(delivered(), this.channel);

		assertThat(Thread.interrupted()).as("the interrupt is kept for the container").isTrue();
		verify(this.channel).basicNack(eq(7L), eq(false), eq(true));
		verify(this.channel, never()).basicAck(anyLong(), anyBoolean());
	}

}
