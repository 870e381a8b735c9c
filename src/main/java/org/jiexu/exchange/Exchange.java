package org.jiexu.exchange;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends messages to other agencies and hands received ones to the modules that handle them. Sending happens in
 * the caller's transaction: the message leaves only if the caller's change commits, and then surely (the event
 * that carries it to the transport is kept by the event publication registry until delivered).
 */
@Service
public class Exchange {

	private final MessageStore store;

	private final ApplicationEventPublisher events;

	Exchange(MessageStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	/** Puts the message in the sender's outbox; it is delivered when the caller's transaction commits. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void send(ExchangeMessage message) {
		this.store.putInOutbox(message);
		this.events.publishEvent(new MessageSent(message.messageId()));
	}

	/** A message in this deployment's inbox. */
	@Transactional(readOnly = true)
	public ExchangeMessage received(UUID messageId) {
		return this.store.incoming(messageId)
			.orElseThrow(() -> new IllegalStateException("No message " + messageId + " in the inbox"));
	}

	/** A message sent from this deployment, as it left the sender's outbox. */
	@Transactional(readOnly = true)
	public ExchangeMessage sent(UUID messageId) {
		return this.store.outgoing(messageId)
			.orElseThrow(() -> new IllegalStateException("No message " + messageId + " in the outbox"));
	}

	/** The messages of a transfer the agency sent or received, oldest first. */
	@Transactional(readOnly = true)
	public List<MessageView> messagesOf(String transferId, String agencyCode) {
		return this.store.messagesOf(transferId, agencyCode);
	}

	/**
	 * How many messages of each transfer the agency sent or received, for many transfers at once (a ledger);
	 * transfers without any are missing.
	 */
	@Transactional(readOnly = true)
	public Map<String, Integer> messageCounts(String agencyCode, Collection<String> transferIds) {
		return this.store.countsOf(agencyCode, transferIds);
	}

	/** A new message id. */
	public static UUID newMessageId() {
		return UUID.randomUUID();
	}

}
