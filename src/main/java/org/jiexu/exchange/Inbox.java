package org.jiexu.exchange;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where a transport leaves a message for an agency of this deployment: a message whose signature does not verify
 * against its sending agency's key is refused and kept with the reason; any other is taken into the inbox once (a
 * second copy changes nothing) and processed after the commit.
 */
@Component
class Inbox {

	private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);

	private final MessageStore store;

	private final MessageSigner signer;

	private final InboxProcessor processor;

	private final TransactionTemplate transaction;

	Inbox(MessageStore store, MessageSigner signer, InboxProcessor processor, PlatformTransactionManager transactions) {
		this.store = store;
		this.signer = signer;
		this.processor = processor;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Takes the message in, in a transaction of its own.
	 *
	 * @return whether it was accepted (taken in now or before); false if refused
	 */
	boolean accept(SignedMessage message) {
		Boolean accepted = this.transaction.execute(status -> {
			java.util.Optional<String> problem = this.signer.problem(message);
			if (problem.isPresent()) {
				LOG.warn("Exchange message {} ({} from {} to {}) refused: {}", message.messageId(), message.kind(),
						message.senderAgency(), message.receiverAgency(), problem.get());
				this.store.refuse(message, problem.get());
				return false;
			}
			if (this.store.takeIntoInbox(message)) {
				this.processor.nudgeAfterCommit();
			}
			return true;
		});
		return Boolean.TRUE.equals(accepted);
	}

	/** Refuses the message for a reason other than its signature (e.g. it is for another deployment), and keeps it. */
	void refuse(SignedMessage message, String reason) {
		this.transaction.executeWithoutResult(status -> {
			LOG.warn("Exchange message {} ({} from {} to {}) refused: {}", message.messageId(), message.kind(),
					message.senderAgency(), message.receiverAgency(), reason);
			this.store.refuse(message, reason);
		});
	}

}
