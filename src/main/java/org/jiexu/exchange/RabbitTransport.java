package org.jiexu.exchange;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.ReturnedMessage;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Delivers through a RabbitMQ broker to the deployment that serves the receiving agency (decision 27): publishes the
 * signed message to the exchange with the receiving agency's code as routing key, mandatory and persistent, and
 * waits for the broker's confirm. Delivered means confirmed: the broker has the message in the receiving agency's
 * durable queue. A message the broker cannot route (no queue for that agency yet) is not delivered: this throws, and
 * the outbox relay tries again with backoff, counting the attempt. A broker that cannot be reached, refuses (nack) or
 * does not confirm in time is {@link TransportUnavailable}: the message waits without the attempt counting. A
 * message confirmed after its time ran out is sent again and the receiving inbox takes it once.
 */
class RabbitTransport implements Transport {

	private final RabbitTemplate template;

	private final Duration confirmTimeout;

	private final Clock clock;

	RabbitTransport(ConnectionFactory connections, RabbitTransportSettings settings, Clock clock) {
		if (!connections.isPublisherConfirms() || !connections.isPublisherReturns()) {
			throw new IllegalStateException("The RabbitMQ transport needs publisher confirms and returns:"
					+ " spring.rabbitmq.publisher-confirm-type=correlated and spring.rabbitmq.publisher-returns=true");
		}
		this.template = new RabbitTemplate(connections);
		this.template.setMandatory(true);
		// an unroutable message comes back on its correlation, where deliver() finds it
		this.template.setReturnsCallback(returned -> {
		});
		// publishing on a connection of its own: a broker that blocks publishers (memory or disk alarm) keeps
		// delivering to this deployment's consumers
		this.template.setUsePublisherConnection(true);
		this.confirmTimeout = settings.confirmTimeout();
		this.clock = clock;
	}

	@Override
	public void deliver(SignedMessage message) {
		CorrelationData correlation = new CorrelationData(message.messageId().toString());
		try {
			this.template.send(RabbitTopology.EXCHANGE, message.receiverAgency(),
					MessageWireFormat.write(message, this.clock.instant()), correlation);
		}
		catch (AmqpException ex) {
			throw new TransportUnavailable("the broker is not reachable: " + ex.getMessage(), ex);
		}
		CorrelationData.Confirm confirm;
		try {
			confirm = correlation.getFuture().get(this.confirmTimeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			throw new TransportUnavailable("no confirm from the broker within " + this.confirmTimeout);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new TransportUnavailable("interrupted while waiting for the broker's confirm");
		}
		catch (ExecutionException ex) {
			throw new TransportUnavailable("no confirm from the broker: " + ex.getCause());
		}
		ReturnedMessage returned = correlation.getReturned();
		if (returned != null) {
			throw new IllegalStateException("the broker has no queue for agency " + message.receiverAgency() + " ("
					+ returned.getReplyCode() + " " + returned.getReplyText() + ")");
		}
		if (!confirm.ack()) {
			// a nack: the broker could not take it (an internal error, or its channel closed while going down)
			throw new TransportUnavailable("the broker refused the message: " + confirm.reason());
		}
	}

}
