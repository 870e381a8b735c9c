package org.jiexu.exchange;

import java.util.List;
import java.util.UUID;

import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.Role;
import org.jiexu.shared.UserInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * What an agency's administrators see of the exchange and do about it: the dead letters of its outbox and inbox,
 * replayed one by one, and the messages refused for their signature.
 */
@Service
public class ExchangeAdministration {

	private static final int PAGE = 200;

	private final MessageStore store;

	private final OutboxRelay relay;

	private final InboxProcessor processor;

	ExchangeAdministration(MessageStore store, OutboxRelay relay, InboxProcessor processor) {
		this.store = store;
		this.relay = relay;
		this.processor = processor;
	}

	/**
	 * The agency's messages still on their way, outbox then inbox: how many, since when, and the latest error (a
	 * broker outage shows here, its messages waiting without becoming dead letters).
	 */
	public List<Backlog> backlog(CurrentUser user) {
		String agency = requireAdmin(user);
		return List.of(this.store.backlog(Box.OUTBOX, agency), this.store.backlog(Box.INBOX, agency));
	}

	/** The agency's dead letters, outbox then inbox, the latest first. */
	public List<DeadLetter> deadLetters(CurrentUser user) {
		String agency = requireAdmin(user);
		return java.util.stream.Stream
			.concat(this.store.deadLetters(Box.OUTBOX, agency, PAGE).stream(),
					this.store.deadLetters(Box.INBOX, agency, PAGE).stream())
			.toList();
	}

	/** Gives a dead letter of the agency's another round of attempts, starting now. */
	public void replay(CurrentUser user, Box box, String messageId) {
		String agency = requireAdmin(user);
		UUID id;
		try {
			id = UUID.fromString(messageId.strip());
		}
		catch (IllegalArgumentException ex) {
			throw UserInputException.notFound("exchange.deadLetter.notFound", messageId);
		}
		if (!this.store.replay(box, id, agency)) {
			throw UserInputException.notFound("exchange.deadLetter.notFound", messageId);
		}
		(box == Box.OUTBOX ? this.relay : this.processor).nudge();
	}

	/** The messages to the agency refused for their signature, the latest first. */
	public List<RefusedMessage> refused(CurrentUser user) {
		return this.store.refused(requireAdmin(user), PAGE);
	}

	private static String requireAdmin(CurrentUser user) {
		if (!user.isStaff() || !user.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("The exchange's dead letters are for administrators");
		}
		return user.requireAgency();
	}

}
