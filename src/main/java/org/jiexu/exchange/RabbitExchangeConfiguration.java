package org.jiexu.exchange;

import java.time.Clock;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The RabbitMQ transport between deployments, on with {@code jiexu.exchange.transport=rabbitmq} (decision 27): the
 * topology of the local agencies ({@code jiexu.exchange.local-agencies}), declared by Spring Boot's broker admin
 * whenever it connects; the transport that publishes; and the consumers of the local agencies' queues. Without it
 * nothing connects to a broker (the in-process transport is the default).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "jiexu.exchange", name = "transport", havingValue = "rabbitmq")
class RabbitExchangeConfiguration {

	@Bean
	RabbitTopology rabbitTopology(@Value("${jiexu.exchange.local-agencies:}") String localAgencies) {
		return new RabbitTopology(localAgencies);
	}

	@Bean
	Declarables exchangeTopology(RabbitTopology topology) {
		return topology.declarables();
	}

	@Bean
	RabbitTransport rabbitTransport(ConnectionFactory connections, RabbitTransportSettings settings, Clock clock) {
		return new RabbitTransport(connections, settings, clock);
	}

	@Bean
	RabbitReceiver rabbitReceiver(Inbox inbox, RabbitTopology topology, RabbitTransportSettings settings) {
		return new RabbitReceiver(inbox, topology, settings);
	}

	/** The consumers of the local agencies' queues; acknowledged by hand, once the inbox has the message. */
	@Bean
	SimpleMessageListenerContainer exchangeListenerContainer(ConnectionFactory connections, RabbitTopology topology,
			RabbitReceiver receiver, RabbitTransportSettings settings) {
		SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connections);
		container.setQueueNames(topology.queueNames());
		container.setMessageListener(receiver);
		container.setAcknowledgeMode(AcknowledgeMode.MANUAL);
		container.setPrefetchCount(settings.prefetch());
		container.setConcurrentConsumers(settings.concurrency());
		container.setDefaultRequeueRejected(true);
		container.setMissingQueuesFatal(false);
		container.setRecoveryInterval(settings.recoveryInterval().toMillis());
		// started once the application is ready (after the demo data, say), like the inbox's worker
		container.setAutoStartup(false);
		return container;
	}

	/** Starts the consumers when the application is ready: no message is taken before its data is loaded. */
	@Bean
	ApplicationListener<ApplicationReadyEvent> exchangeConsumersStart(SimpleMessageListenerContainer container) {
		return ready -> container.start();
	}

}
