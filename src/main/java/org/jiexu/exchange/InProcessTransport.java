package org.jiexu.exchange;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Delivers messages between agencies of this deployment: after the sender commits, the message is taken into the
 * receiver's inbox in a transaction of its own and the receiving module is told. A delivery that fails stays in
 * the event publication registry and is tried again when the application restarts; a message delivered twice is
 * taken once.
 */
@Component
class InProcessTransport {

	private final MessageStore store;

	private final ApplicationEventPublisher events;

	InProcessTransport(MessageStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	@ApplicationModuleListener
	void deliver(MessageSent sent) {
		ExchangeMessage message = this.store.outgoing(sent.messageId())
			.orElseThrow(() -> new IllegalStateException("No message " + sent.messageId() + " in the outbox"));
		if (this.store.takeIntoInbox(message)) {
			this.events.publishEvent(new MessageReceived(message.messageId(), message.kind(), message.transferId(),
					message.receiverAgency()));
		}
		this.store.markDelivered(message.messageId());
	}

}
