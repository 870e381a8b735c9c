package org.jiexu.transfer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Records each step of a case in its history and publishes it ({@link TransferCaseChanged}). */
@Component
class CaseJournal {

	private final CaseStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseJournal(CaseStore store, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	/** Records the step that left the case as {@code after}. */
	void record(TransferCase after, CaseAction action, @Nullable CaseState from, String actor,
			@Nullable String reason) {
		record(after, action, from, actor, reason, null);
	}

	/**
	 * Records a step that moved a supplementary remittance of {@code supplement} yuan. Continuing the records carries
	 * the refund the step booked ({@link TransferCase#refundTotal()}).
	 */
	void record(TransferCase after, CaseAction action, @Nullable CaseState from, String actor, @Nullable String reason,
			@Nullable BigDecimal supplement) {
		record(after, action, from, actor, reason, supplement, null);
	}

	/**
	 * Records a step that moved money out of the sending account: a supplement of {@code supplement} yuan (or none),
	 * after the normalisation that topped the account up or kept part of it back ({@code normalised}, or none).
	 */
	void record(TransferCase after, CaseAction action, @Nullable CaseState from, String actor, @Nullable String reason,
			@Nullable BigDecimal supplement, CaseMoney.@Nullable Normalised normalised) {
		long eventId = this.store.addEvent(after.id(), action, from, after.state(), actor, reason);
		this.events.publishEvent(new TransferCaseChanged(eventId, after.id(), after.transferId(), after.agencyCode(),
				after.counterpartCode(), after.side(), action, from, after.state(), after.attempt(), after.steward(),
				after.openedOn(), after.dueOn(), LocalDate.now(this.clock), after.pooledFund(),
				after.individualAccount(), after.remittedTotal(), supplement,
				action == CaseAction.CONTINUE_RECORDS ? after.refundTotal() : null,
				normalised == null ? null : normalised.toppedUp(), normalised == null ? null : normalised.keptBack()));
	}

}
