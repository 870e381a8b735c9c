package org.jiexu.exchange;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.Role;
import org.jiexu.shared.UserInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends messages to other agencies; received ones go to the modules' {@link ExchangeHandler}s. Sending happens in
 * the caller's transaction: the message leaves only if the caller's change commits, and then surely (the outbox
 * relay tries it until it is delivered, or gives it up as a dead letter an administrator can replay).
 */
@Service
public class Exchange {

	private final MessageStore store;

	private final MessageSigner signer;

	private final OutboxRelay relay;

	private final Set<String> localAgencies;

	private final AgencyConnections connections;

	private final InboxProcessor processor;

	Exchange(MessageStore store, MessageSigner signer, OutboxRelay relay, AgencyConnections connections,
			InboxProcessor processor, @Value("${jiexu.exchange.local-agencies:}") String localAgencies) {
		this.store = store;
		this.signer = signer;
		this.relay = relay;
		this.connections = connections;
		this.processor = processor;
		this.localAgencies = Arrays.stream(localAgencies.split(","))
			.map(String::strip)
			.filter(code -> !code.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Whether the agency is served by this deployment, so that its registry and records are in this database
	 * ({@code jiexu.exchange.local-agencies}; when none are listed, every agency is, as in the embedded demo).
	 */
	public boolean servesLocally(String agencyCode) {
		return this.localAgencies.isEmpty() || this.localAgencies.contains(agencyCode);
	}

	/**
	 * Puts the message, signed by its sending agency, in the sender's outbox; the relay delivers it once the caller's
	 * transaction commits, and tries again until it is delivered.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void send(ExchangeMessage message) {
		this.store.putInOutbox(this.signer.sign(MessageStore.unsigned(message)));
		this.relay.nudgeAfterCommit();
	}

	/**
	 * Takes a reply that came on paper from an agency not connected to the exchange into the inbox, entered by the
	 * user (a steward or supervisor of the receiving agency, served here); it is handled like any received message,
	 * once the caller's transaction commits. It carries no signature: it is accepted only because it was entered
	 * here by such a user for an agency not connected — for a connected one it is refused (409), its replies must
	 * come signed through the exchange (decision 30).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void enterByHand(CurrentUser user, ExchangeMessage message) {
		if (!user.isStaff() || !user.hasAnyRole(Set.of(Role.STEWARD, Role.SUPERVISOR))
				|| !message.receiverAgency().equals(user.agencyCode()) || !servesLocally(message.receiverAgency())) {
			throw new AccessDeniedException("Replies on paper are entered by the receiving agency's stewards");
		}
		if (this.connections.isConnected(message.senderAgency())) {
			throw UserInputException.conflict(null, "exchange.paper.connected", message.senderAgency());
		}
		this.store.enterIntoInbox(MessageStore.unsigned(message), user.username());
		this.processor.nudgeAfterCommit();
	}

	/** Who entered a received message by hand, if it came on paper (empty for one received through the exchange). */
	@Transactional(readOnly = true)
	public java.util.Optional<String> enteredBy(UUID messageId) {
		return this.store.enteredBy(messageId);
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
