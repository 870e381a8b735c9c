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
 * unreachable, say), the message goes back to the queue after a pause and comes again. A message for an agency this
 * deployment does not serve is refused and kept; one that is not a signed message of our format at all is logged and
 * dropped, since no attempt could ever take it.
 */
class RabbitReceiver implements ChannelAwareMessageListener {

	private static final Logger LOG = LoggerFactory.getLogger(RabbitReceiver.class);

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
		try {
			if (this.topology.isLocal(message.receiverAgency())) {
				this.inbox.accept(message);
			}
			else {
				this.inbox.refuse(message, "receiver " + message.receiverAgency() + " is not an agency of this"
						+ " deployment (queue " + amqp.getMessageProperties().getConsumerQueue() + ")");
			}
		}
		catch (RuntimeException ex) {
			LOG.warn("Exchange message {} could not be taken into the inbox; back to the queue in {}: {}",
					message.messageId(), this.pauseAfterFailure, ex.toString());
			pause();
			channel.basicNack(tag, false, true);
			return;
		}
		channel.basicAck(tag, false);
	}

	private void pause() {
		try {
			Thread.sleep(this.pauseAfterFailure.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String beginning(byte[] body) {
		String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
		return text.replaceAll("[\\r\\n]", " ");
	}

}
