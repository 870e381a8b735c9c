package org.jiexu.exchange;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Delivers between agencies of this deployment (the default, and the embedded demo's): the message goes straight
 * into the inbox, in a transaction of its own. A refused message counts as delivered: it is kept among the refused
 * ones, and sending it again would not change that. Off when another transport is chosen
 * ({@code jiexu.exchange.transport}, {@code in-process} by default; {@code rabbitmq}: decision 27).
 */
@Component
@ConditionalOnProperty(prefix = "jiexu.exchange", name = "transport", havingValue = "in-process", matchIfMissing = true)
class InProcessTransport implements Transport {

	private final Inbox inbox;

	InProcessTransport(Inbox inbox) {
		this.inbox = inbox;
	}

	@Override
	public void deliver(SignedMessage message) {
		this.inbox.accept(message);
	}

}
