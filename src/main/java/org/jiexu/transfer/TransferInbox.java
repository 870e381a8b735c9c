package org.jiexu.transfer;

import java.time.LocalDate;
import java.util.Optional;

import org.jiexu.exchange.ContactLetter;
import org.jiexu.exchange.Exchange;
import org.jiexu.exchange.ExchangeHandler;
import org.jiexu.exchange.ExchangeMessage;
import org.jiexu.exchange.FundRemittance;
import org.jiexu.exchange.MessageKind;
import org.jiexu.exchange.SupplementaryRemittance;
import org.jiexu.exchange.TransferInfoTable;
import org.jiexu.exchange.TransferReceipt;
import org.jiexu.exchange.TransferRejection;
import org.jiexu.registry.PersonReference;
import org.jiexu.registry.RegistryManagement;
import org.springframework.stereotype.Component;

/**
 * What a message from the other agency does to this agency's case, in the inbox's transaction (which marks the
 * message processed, and is tried again if this throws), locking the case (the info table and the funds may arrive at
 * the same moment). Each message is handled once; a message that no longer fits the case (an old letter, a second
 * copy of an info table) changes nothing. The actor of these steps is the sending agency ({@code exchange:<code>}).
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
		String actor = "exchange:" + message.senderAgency();
		if (message instanceof ContactLetter letter) {
			contactLetter(letter, actor);
		}
		else if (message instanceof TransferInfoTable info) {
			inCase(info).ifPresent(c -> arrived(c, c.withInfo(today(), c.fundsReceivedOn(), info.pooledFund(),
					info.individualAccount(), c.remittedTotal()), CaseAction.RECEIVE_INFO_TABLE, actor));
		}
		else if (message instanceof FundRemittance funds) {
			inCase(funds).ifPresent(c -> arrived(c, c.withInfo(c.infoReceivedOn(), today(), c.pooledFund(),
					c.individualAccount(), funds.total()), CaseAction.RECEIVE_FUNDS, actor));
		}
		else if (message instanceof TransferRejection rejection) {
			inCase(rejection).ifPresent(c -> this.steps.save(c,
					c.rejected(RejectedBy.SENDING, rejection.reason()).moved(CaseState.REJECTED, today(), null),
					CaseAction.RECEIVE_REJECTION, actor, rejection.reason()));
		}
		else if (message instanceof SupplementaryRemittance supplement) {
			this.store.lock(supplement.transferId(), TransferSide.IN)
				.filter(c -> CaseAction.RECEIVE_SUPPLEMENT.allowedFrom(c.state()))
				.ifPresent(c -> {
					this.money.receiveSupplement(c, supplement.individualAccount(), supplement.interestYear(), today());
					this.journal.record(c, CaseAction.RECEIVE_SUPPLEMENT, c.state(), actor,
							SupplementaryRemittances.note(supplement.individualAccount(), supplement.interestYear()),
							supplement.individualAccount());
				});
		}
		else if (message instanceof TransferReceipt receipt) {
			this.store.lock(receipt.transferId(), TransferSide.OUT)
				.filter(c -> CaseAction.RECEIVE_RECEIPT.allowedFrom(c.state()))
				.ifPresent(c -> this.steps.save(c,
						c.state() == CaseState.RELATION_TERMINATED ? c.moved(CaseState.COMPLETED, today(), null) : c,
						CaseAction.RECEIVE_RECEIPT, actor, null));
		}
	}

	private void contactLetter(ContactLetter letter, String actor) {
		Optional<TransferCase> existing = this.store.lock(letter.transferId(), TransferSide.OUT);
		if (existing.isPresent()) {
			TransferCase c = existing.get();
			if (c.state() == CaseState.REJECTED && letter.attempt() > c.attempt()) {
				this.steps.save(c, c.withAttempt(letter.attempt())
					.moved(CaseState.LETTER_RECEIVED, today(), CaseDeadline.dueFrom(today()).date()),
						CaseAction.RECEIVE_CONTACT_LETTER, actor, null);
			}
			return;
		}
		Optional<PersonReference> person = this.registry.personsByIdNumber(java.util.List.of(letter.idNumber()))
			.stream()
			.findFirst();
		if (person.isEmpty()) {
			this.exchange.send(new TransferRejection(Exchange.newMessageId(), letter.transferId(),
					letter.receiverAgency(), letter.senderAgency(), "未找到该参保人员 / No such insured person here"));
			return;
		}
		LocalDate today = today();
		TransferCase opened = new TransferCase(0, letter.transferId(), TransferSide.OUT, letter.receiverAgency(),
				letter.senderAgency(), person.get().id(), null, InsuranceType.valueOf(letter.insuranceType()),
				TransferCategory.valueOf(letter.category()), CaseState.LETTER_RECEIVED, letter.attempt(),
				this.stewards.stewardFor(letter.receiverAgency()).orElse(null), today, today,
				CaseDeadline.dueFrom(today).date(), null, null, null, null, null, null, null, null, null, null, 0);
		long id = this.store.insert(opened);
		this.journal.record(this.store.find(id).orElseThrow(), CaseAction.RECEIVE_CONTACT_LETTER, null, actor, null);
	}

	/** The transfer-in case a message from the sending agency is about, while it waits for that agency. */
	private Optional<TransferCase> inCase(ExchangeMessage message) {
		return this.store.lock(message.transferId(), TransferSide.IN)
			.filter(c -> c.state() == CaseState.CONTACT_LETTER_SENT);
	}

	/** Records the info table or the funds; once both are here the 15 working days to completion start. */
	private void arrived(TransferCase before, TransferCase after, CaseAction action, String actor) {
		TransferCase next = after;
		if (after.infoReceivedOn() != null && after.fundsReceivedOn() != null) {
			next = after.moved(CaseState.INFO_RECEIVED, today(), CaseDeadline.dueFrom(today()).date());
		}
		this.steps.save(before, next, action, actor, null);
	}

	private LocalDate today() {
		return this.steps.today();
	}

}
