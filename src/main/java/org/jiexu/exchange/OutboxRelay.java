package org.jiexu.exchange;

import java.time.Duration;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox's messages through the transport, with retries (decision 26); a message to an agency not
 * connected to the exchange never reaches the transport: it becomes a postal letter and is done (decision 30).
 */
@Component
class OutboxRelay extends BoxWorker {

	private final Transport transport;

	private final ExchangeFaults faults;

	private final AgencyConnections connections;

	private final PostalLetters letters;

	OutboxRelay(MessageStore store, Retry retry, Transport transport, ExchangeFaults faults,
			AgencyConnections connections, PostalLetters letters, @Value("${jiexu.exchange.poll:1s}") Duration poll) {
		super(Box.OUTBOX, store, retry, poll);
		this.transport = transport;
		this.faults = faults;
		this.connections = connections;
		this.letters = letters;
	}

	@Override
	void work(UUID messageId) {
		SignedMessage message = this.store.signedOutgoing(messageId)
			.orElseThrow(() -> new IllegalStateException("No message " + messageId + " in the outbox"));
		if (!this.connections.isConnected(message.receiverAgency())) {
			this.letters.toPost(message);
			this.store.done(Box.OUTBOX, messageId);
			return;
		}
		this.faults.beforeDelivery(message);
		this.transport.deliver(message);
		this.store.done(Box.OUTBOX, messageId);
	}

}
