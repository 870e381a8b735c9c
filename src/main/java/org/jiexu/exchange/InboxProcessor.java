package org.jiexu.exchange;

import java.time.Duration;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands the inbox's messages to the module that handles their kind ({@link ExchangeHandler}), each in a transaction
 * that also marks it processed, with retries (decision 26).
 */
@Component
class InboxProcessor extends BoxWorker {

	private final ObjectProvider<ExchangeHandler> handlers;

	private final ExchangeFaults faults;

	private final TransactionTemplate transaction;

	InboxProcessor(MessageStore store, Retry retry, ObjectProvider<ExchangeHandler> handlers, ExchangeFaults faults,
			PlatformTransactionManager transactions, @Value("${jiexu.exchange.poll:1s}") Duration poll) {
		super(Box.INBOX, store, retry, poll);
		this.handlers = handlers;
		this.faults = faults;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	void work(UUID messageId) {
		this.transaction.executeWithoutResult(status -> {
			ExchangeMessage message = this.store.incoming(messageId)
				.orElseThrow(() -> new IllegalStateException("No message " + messageId + " in the inbox"));
			ExchangeHandler handler = this.handlers.orderedStream()
				.filter(h -> h.handles(message.kind()))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No handler for " + message.kind()));
			this.faults.beforeHandling(message);
			handler.handle(message);
			this.store.done(Box.INBOX, messageId);
		});
	}

}
