package org.jiexu.exchange;

import java.time.Duration;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Delivers the outbox's messages through the transport, with retries (decision 26). */
@Component
class OutboxRelay extends BoxWorker {

	private final Transport transport;

	private final ExchangeFaults faults;

	OutboxRelay(MessageStore store, Retry retry, Transport transport, ExchangeFaults faults,
			@Value("${jiexu.exchange.poll:1s}") Duration poll) {
		super(Box.OUTBOX, store, retry, poll);
		this.transport = transport;
		this.faults = faults;
	}

	@Override
	void work(UUID messageId) {
		SignedMessage message = this.store.signedOutgoing(messageId)
			.orElseThrow(() -> new IllegalStateException("No message " + messageId + " in the outbox"));
		this.faults.beforeDelivery(message);
		this.transport.deliver(message);
		this.store.done(Box.OUTBOX, messageId);
	}

}
