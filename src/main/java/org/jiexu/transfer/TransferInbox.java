package org.jiexu.transfer;

import java.time.LocalDate;
import java.util.Optional;

import org.jiexu.exchange.ContactLetter;
import org.jiexu.exchange.Exchange;
import org.jiexu.exchange.ExchangeHandler;
import org.jiexu.exchange.ExchangeMessage;
import org.jiexu.exchange.MessageKind;
import org.jiexu.exchange.TransferRejection;
import org.jiexu.registry.PersonReference;
import org.jiexu.registry.RegistryManagement;
import org.springframework.stereotype.Component;

/**
 * What a message from the other agency does to this agency's case as {@link CaseInboxRules} decides it, in the inbox's
 * transaction (which marks the message processed, and is tried again if this throws), locking the case (the info
 * table and the funds may arrive at the same moment). Each message is handled once; a message that no longer fits the case (an old letter, a second
 * copy of an info table) changes nothing. The actor of these steps is the sending agency ({@code exchange:<code>}), or
 * for a reply entered by hand from paper the agency and the user who entered it ({@code paper:<code>:<user>}).
 */
@Component
class TransferInbox implements ExchangeHandler {

	private final Exchange exchange;

	private final CaseStore store;

	private final CaseSteps steps;

	private final StewardAssignment stewards;

	private final RegistryManagement registry;

	private final CaseJournal journal;

	private final CaseMoney money;

	TransferInbox(Exchange exchange, CaseStore store, CaseSteps steps, StewardAssignment stewards,
			RegistryManagement registry, CaseJournal journal, CaseMoney money) {
		this.money = money;
		this.journal = journal;
		this.exchange = exchange;
		this.store = store;
		this.steps = steps;
		this.stewards = stewards;
		this.registry = registry;
	}

	@Override
	public boolean handles(MessageKind kind) {
		return true; // every message kind is about a transfer
	}

	@Override
	public void handle(ExchangeMessage message) {
		// a reply entered by hand from a paper letter (decision 30) is recorded as such, with who entered it
		String actor = this.exchange.enteredBy(message.messageId())
			.map(user -> "paper:" + message.senderAgency() + ":" + user)
			.orElse("exchange:" + message.senderAgency());
		Optional<TransferCase> existing = this.store.lock(message.transferId(), CaseInboxRules.sideOf(message));
		CaseInboxRules.Outcome outcome = CaseInboxRules.apply(existing.orElse(null), message, today());
		if (outcome instanceof CaseInboxRules.Step step) {
			this.steps.save(existing.orElseThrow(), step.next(), step.action(), actor, step.reason());
		}
		else if (outcome instanceof CaseInboxRules.OpenOut open) {
			openOut(open.letter(), actor);
		}
		else if (outcome instanceof CaseInboxRules.CreditSupplement credit) {
			TransferCase c = existing.orElseThrow();
			this.money.receiveSupplement(c, credit.amount(), credit.interestYear(), today());
			this.journal.record(c, CaseAction.RECEIVE_SUPPLEMENT, c.state(), actor,
					SupplementaryRemittances.note(credit.amount(), credit.interestYear()), credit.amount());
		}
	}

	/** A first letter for the transfer: a transfer-out for the person if known here, a rejection otherwise. */
	private void openOut(ContactLetter letter, String actor) {
		Optional<PersonReference> person = this.registry.personsByIdNumber(java.util.List.of(letter.idNumber()))
			.stream()
			.findFirst();
		if (person.isEmpty()) {
			this.exchange.send(new TransferRejection(Exchange.newMessageId(), letter.transferId(),
					letter.receiverAgency(), letter.senderAgency(), "未找到该参保人员 / No such insured person here"));
			return;
		}
		TransferCase opened = CaseInboxRules.openedOut(letter, person.get().id(),
				this.stewards.stewardFor(letter.receiverAgency()).orElse(null), today());
		long id = this.store.insert(opened);
		this.journal.record(this.store.find(id).orElseThrow(), CaseAction.RECEIVE_CONTACT_LETTER, null, actor, null);
	}

	private LocalDate today() {
		return this.steps.today();
	}

}
