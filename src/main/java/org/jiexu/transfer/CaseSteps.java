package org.jiexu.transfer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.jiexu.exchange.ContactLetter;
import org.jiexu.exchange.Exchange;
import org.jiexu.exchange.TransferReceipt;
import org.jiexu.exchange.TransferRejection;
import org.jiexu.policy.AccountNormalisation;
import org.jiexu.registry.AgencyView;
import org.jiexu.registry.PersonRelations;
import org.jiexu.registry.RegistryManagement;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What each action a user takes does to a case (the next version of it as {@link CaseStepRules} has it), with the
 * checks, the money and the messages around it; in the caller's transaction. The caller
 * has checked that the action belongs to the case's side and state and that the user may take it.
 */
@Component
class CaseSteps {

	private final CaseStore store;

	private final RegistryManagement registry;

	private final Exchange exchange;

	private final InfoTableIssue infoTables;

	private final CaseMoney money;

	private final CaseProblems problems;

	private final CaseJournal journal;

	private final ArrearsCheck arrears;

	private final HistoryContinuation history;

	private final Clock clock;

	CaseSteps(CaseStore store, RegistryManagement registry, Exchange exchange, InfoTableIssue infoTables,
			CaseMoney money, CaseProblems problems, CaseJournal journal, ArrearsCheck arrears,
			HistoryContinuation history, Clock clock) {
		this.history = history;
		this.arrears = arrears;
		this.journal = journal;
		this.problems = problems;
		this.store = store;
		this.registry = registry;
		this.exchange = exchange;
		this.infoTables = infoTables;
		this.money = money;
		this.clock = clock;
	}

	TransferCase take(TransferCase c, CaseAction action, String actor, CaseActionRequest request) {
		String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
		return switch (action) {
			case SEND_CONTACT_LETTER, RESEND_CONTACT_LETTER -> sendContactLetter(c, action, actor, reason);
			case REJECT -> reject(c, actor, reason);
			case RECONCILE -> reconcile(c, actor, reason);
			case CONTINUE_RECORDS -> continueRecords(c, actor, reason);
			case ISSUE_INFO -> issueInfo(c, actor, reason);
			case TERMINATE_RELATION -> terminateRelation(c, actor, reason);
			case COMPLETE -> complete(c, actor, reason);
			case REASSIGN -> reassign(c, actor, request.steward(), reason);
			default -> throw new IllegalArgumentException("Not a user's action: " + action);
		};
	}

	/** Saves the next version of the case and records the step; refuses if somebody changed the case meanwhile. */
	TransferCase save(TransferCase before, TransferCase after, CaseAction action, String actor,
			@Nullable String reason) {
		return save(before, after, action, actor, reason, null);
	}

	/** Saves and records a step that normalised the sending account ({@code normalised}, or none). */
	private TransferCase save(TransferCase before, TransferCase after, CaseAction action, String actor,
			@Nullable String reason, CaseMoney.@Nullable Normalised normalised) {
		if (!this.store.update(after)) {
			throw UserInputException.conflict(null, "transfer.case.changed", before.id());
		}
		TransferCase saved = this.store.find(before.id()).orElseThrow();
		this.journal.record(saved, action, before.state(), actor, reason, null, normalised);
		return saved;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private TransferCase sendContactLetter(TransferCase c, CaseAction action, String actor, @Nullable String reason) {
		PersonRelations person = this.registry.relationsOf(c.personId()).orElseThrow();
		AgencyView here = this.registry.agency(c.agencyCode());
		AgencyView there = this.registry.agency(c.counterpartCode());
		if (CaseChecks.blocking(CaseChecks.transferIn(person, here, there, this.exchange.servesLocally(there.code()),
				c.category(), today()))) {
			throw UserInputException.conflict(null, "transfer.checks.failing");
		}
		TransferCase saved = save(c, CaseStepRules.letterSent(c, today()), action, actor, reason);
		this.exchange.send(new ContactLetter(Exchange.newMessageId(), c.transferId(), c.agencyCode(),
				c.counterpartCode(), saved.attempt(), person.person().idNumber(), person.person().name(),
				c.insuranceType().name(), c.category().name(), c.openedOn(), actor));
		return saved;
	}

	private TransferCase reject(TransferCase c, String actor, @Nullable String reason) {
		if (reason == null) {
			throw UserInputException.invalid("reason", "transfer.reason.required");
		}
		TransferCase saved = save(c, CaseStepRules.rejected(c, reason, today()), CaseAction.REJECT, actor, reason);
		if (CaseStepRules.rejectionIsSent(c)) {
			this.exchange.send(new TransferRejection(Exchange.newMessageId(), c.transferId(), c.agencyCode(),
					c.counterpartCode(), reason));
		}
		return saved;
	}

	private TransferCase reconcile(TransferCase c, String actor, @Nullable String reason) {
		if (!CaseStepRules.reconciles(c)) {
			String note = "信息表合计 / info table total " + c.infoTotal() + "，到账 / received " + c.remittedTotal();
			this.problems.amountMismatch(c, actor, note);
			this.journal.record(c, CaseAction.RECONCILE, c.state(), actor, note);
			return c;
		}
		return save(c, CaseStepRules.reconciled(c), CaseAction.RECONCILE, actor, reason);
	}

	private TransferCase continueRecords(TransferCase c, String actor, @Nullable String reason) {
		this.history.continueHere(c, today());
		CaseMoney.Refund refund = this.money.continueHere(c, today());
		return save(c, CaseStepRules.recordsContinued(c, refund.amount(), refund.months()),
				CaseAction.CONTINUE_RECORDS, actor, reason);
	}

	private TransferCase issueInfo(TransferCase c, String actor, @Nullable String reason) {
		PersonRelations person = this.registry.relationsOf(c.personId()).orElseThrow();
		if (CaseChecks.blocking(CaseChecks.transferOut(person, this.registry.agency(c.agencyCode()),
				this.money.recordedTwice(c).size()))
				|| this.arrears.check(c, java.time.YearMonth.from(today())).outcome() == CaseCheck.Outcome.FAIL) {
			throw UserInputException.conflict(null, "transfer.checks.failing");
		}
		InfoTableIssue.Record record = this.infoTables.record(c);
		CaseMoney.SentOut sent = this.money.sendOut(c, record, today());
		BigDecimal account = sent.account();
		TransferCase saved = save(c, CaseStepRules.infoIssued(c, record.pooledFund(), account, today()),
				CaseAction.ISSUE_INFO, actor, withNormalisation(reason, sent.normalisation()), sent.normalised());
		this.infoTables.send(saved, record, actor, today());
		return saved;
	}

	/** The reason given, and what the normalisation changed, if anything (bilingual, as the history keeps it). */
	private static @Nullable String withNormalisation(@Nullable String reason, AccountNormalisation.Result normalisation) {
		if (normalisation.changesNothing()) {
			return reason;
		}
		String note = "个人账户归一 / account normalised (11% / 8%): 补足 / topped up " + normalisation.topUp()
				+ "，不转移 / kept back " + normalisation.retained();
		return reason == null ? note : reason + "；" + note;
	}

	private TransferCase terminateRelation(TransferCase c, String actor, @Nullable String reason) {
		if (!this.registry.endRelationByTransfer(c.personId(), c.agencyCode(), c.counterpartCode(), today())) {
			throw UserInputException.conflict(null, "transfer.terminate.noRelation");
		}
		return save(c, CaseStepRules.relationTerminated(c), CaseAction.TERMINATE_RELATION, actor, reason);
	}

	private TransferCase complete(TransferCase c, String actor, @Nullable String reason) {
		TransferCase saved = save(c, CaseStepRules.completed(c, today()), CaseAction.COMPLETE, actor, reason);
		if (CaseStepRules.receiptIsSent(c)) {
			this.exchange.send(new TransferReceipt(Exchange.newMessageId(), c.transferId(), c.agencyCode(),
					c.counterpartCode(), today()));
		}
		return saved;
	}

	private TransferCase reassign(TransferCase c, String actor, @Nullable String steward, @Nullable String reason) {
		String to = steward == null ? "" : steward.strip();
		if (to.isEmpty()) {
			throw UserInputException.invalid("steward", "transfer.steward.required");
		}
		return save(c, c.withSteward(to), CaseAction.REASSIGN, actor, reason == null ? "→ " + to : reason + " → " + to);
	}

}
