package org.jiexu.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.rabbitmq.client.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener;

/**
 * Takes the messages from the local agencies' queues into the inbox (decision 27). A message is acknowledged only
 * once the inbox has it: {@link Inbox#accept} has committed (taken in now or before, or refused and kept among the
 * refused messages, which a second attempt would not change). If the inbox could not take it (the database is
 * unreachable, say), the consumer tries again after a pause, doubling up to 30 s, until it can; a consumer stopped
 * meanwhile gives the message back to the queue. It is not requeued on every failure, because a quorum queue of
 * RabbitMQ 4 drops a message after 20 redeliveries unless a dead-letter target is set. A message for an agency this
 * deployment does not serve is refused and kept; one that is not a signed message of our format at all is logged and
 * dropped, since no attempt could ever take it.
 */
class RabbitReceiver implements ChannelAwareMessageListener {

	private static final Logger LOG = LoggerFactory.getLogger(RabbitReceiver.class);

	/** The longest pause between two attempts to take a message into an inbox that fails. */
	private static final long LONGEST_PAUSE_MILLIS = 30_000;

	private final Inbox inbox;

	private final RabbitTopology topology;

	private final Duration pauseAfterFailure;

	RabbitReceiver(Inbox inbox, RabbitTopology topology, RabbitTransportSettings settings) {
		this.inbox = inbox;
		this.topology = topology;
		this.pauseAfterFailure = settings.pauseAfterFailure();
	}

	@Override
	public void onMessage(Message amqp, Channel channel) throws IOException {
		long tag = amqp.getMessageProperties().getDeliveryTag();
		SignedMessage message;
		try {
			message = MessageWireFormat.read(amqp);
		}
		catch (MessageWireFormat.UnreadableMessage ex) {
			LOG.error("Dropped an unreadable exchange message (AMQP message id {}, queue {}): {}; it began: {}",
					amqp.getMessageProperties().getMessageId(), amqp.getMessageProperties().getConsumerQueue(),
					ex.getMessage(), beginning(amqp.getBody()));
			channel.basicReject(tag, false);
			return;
		}
		// the inbox fails only when the database does: try again here, with pauses, rather than requeue the message
		// (a quorum queue of RabbitMQ 4 drops a message requeued too often); a consumer stopped meanwhile returns it
		long pause = this.pauseAfterFailure.toMillis();
		for (int attempt = 1;; attempt++) {
			try {
				take(message, amqp.getMessageProperties().getConsumerQueue());
			}
			catch (RuntimeException ex) {
				LOG.warn("Exchange message {} could not be taken into the inbox (attempt {}); tried again in {} ms: {}",
						message.messageId(), attempt, pause, ex.toString());
				if (!paused(pause) || !channel.isOpen()) {
					// the consumer stops, or lost its channel (the broker has the message back already)
					if (channel.isOpen()) {
						channel.basicNack(tag, false, true);
					}
					return;
				}
				pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
				continue;
			}
			channel.basicAck(tag, false);
			return;
		}
	}

	private void take(SignedMessage message, String queue) {
		if (this.topology.isLocal(message.receiverAgency())) {
			this.inbox.accept(message);
		}
		else {
			this.inbox.refuse(message, "receiver " + message.receiverAgency() + " is not an agency of this"
					+ " deployment (queue " + queue + ")");
		}
	}

	/** Waits; false if the consumer is being stopped meanwhile. */
	private static boolean paused(long millis) {
		try {
			Thread.sleep(millis);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static String beginning(byte[] body) {
		String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
		return text.replaceAll("[\\r\\n]", " ");
	}

}
