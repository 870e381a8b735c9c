package org.jiexu.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One side of a transfer (the aggregate): its state and what it has recorded so far. Transitions return the next
 * version of the case and refuse an action that does not belong to the side or state, saying why.
 *
 * @param employerId the employer whose handler applied for the transfer-in, if one did
 * @param clockFrom the day the running time limit counts from (acceptance, receipt of the letter, or receipt of
 * the info table and funds)
 * @param dueOn the last day of the running limit; {@code null} when the case is final
 * @param pooledFund the amount from the pooled fund the info table states (issued or received)
 * @param individualAccount the individual account the info table states (issued or received)
 * @param remittedTotal the money received (transfer-in) or remitted (transfer-out)
 * @param refundTotal transfer-in: the individual-account part of the months counted twice, refunded to the person
 * @param overlapMonths transfer-in: the months the person paid both here and at the sending agency
 */
public record TransferCase(long id, String transferId, TransferSide side, String agencyCode, String counterpartCode,
		long personId, @Nullable Long employerId, InsuranceType insuranceType, TransferCategory category, CaseState state, int attempt,
		@Nullable String steward, LocalDate openedOn, LocalDate clockFrom, @Nullable LocalDate dueOn,
		@Nullable LocalDate completedOn, @Nullable LocalDate infoReceivedOn, @Nullable LocalDate fundsReceivedOn,
		@Nullable BigDecimal pooledFund, @Nullable BigDecimal individualAccount, @Nullable BigDecimal remittedTotal,
		@Nullable RejectedBy rejectedBy, @Nullable String rejectionReason, @Nullable BigDecimal refundTotal,
		@Nullable Integer overlapMonths, int version) {

	/** At most three letters for one transfer: the first and two corrected ones. */
	public static final int MAX_ATTEMPTS = 3;

	/** Refuses the action unless it belongs to this side and may start from this state. */
	public void requireAllowed(CaseAction action) {
		if (!action.appliesTo(this.side) || !action.allowedFrom(this.state)) {
			throw UserInputException.conflict(null, "transfer.action.notAllowed", label("transfer.action." + action),
					label("transfer.state." + this.state));
		}
		if (action == CaseAction.RESEND_CONTACT_LETTER) {
			if (this.rejectedBy != RejectedBy.SENDING) {
				throw UserInputException.conflict(null, "transfer.resend.notRejectedBySender");
			}
			if (this.attempt >= MAX_ATTEMPTS) {
				throw UserInputException.conflict(null, "transfer.resend.tooMany", MAX_ATTEMPTS);
			}
		}
	}

	/**
	 * Whether {@link #requireAllowed} lets the action through (the same guards, without building the refusal; the
	 * simulation asks this for every action of every case).
	 */
	public boolean allows(CaseAction action) {
		return action.appliesTo(this.side) && action.allowedFrom(this.state)
				&& (action != CaseAction.RESEND_CONTACT_LETTER
						|| this.rejectedBy == RejectedBy.SENDING && this.attempt < MAX_ATTEMPTS);
	}

	/** The code of the sending agency (转出地): this agency on a transfer-out, the other one on a transfer-in. */
	public String sendingAgency() {
		return this.side == TransferSide.OUT ? this.agencyCode : this.counterpartCode;
	}

	/** The code of the receiving agency (转入地): this agency on a transfer-in, the other one on a transfer-out. */
	public String receivingAgency() {
		return this.side == TransferSide.IN ? this.agencyCode : this.counterpartCode;
	}

	/** The info table's total, once stated. */
	public @Nullable BigDecimal infoTotal() {
		return this.pooledFund == null || this.individualAccount == null ? null
				: this.pooledFund.add(this.individualAccount);
	}

	TransferCase moved(CaseState next, LocalDate clockStart, @Nullable LocalDate due) {
		return new TransferCase(this.id, this.transferId, this.side, this.agencyCode, this.counterpartCode,
				this.personId, this.employerId, this.insuranceType, this.category, next, this.attempt, this.steward, this.openedOn,
				clockStart, next.isFinal() ? null : due, next == CaseState.COMPLETED ? clockStart : this.completedOn,
				this.infoReceivedOn, this.fundsReceivedOn, this.pooledFund, this.individualAccount, this.remittedTotal,
				this.rejectedBy, this.rejectionReason, this.refundTotal, this.overlapMonths, this.version);
	}

	TransferCase withAttempt(int next) {
		return new TransferCase(this.id, this.transferId, this.side, this.agencyCode, this.counterpartCode,
				this.personId, this.employerId, this.insuranceType, this.category, this.state, next, this.steward, this.openedOn,
				this.clockFrom, this.dueOn, this.completedOn, this.infoReceivedOn, this.fundsReceivedOn,
				this.pooledFund, this.individualAccount, this.remittedTotal, null, null, this.refundTotal, this.overlapMonths, this.version);
	}

	TransferCase withSteward(@Nullable String next) {
		return new TransferCase(this.id, this.transferId, this.side, this.agencyCode, this.counterpartCode,
				this.personId, this.employerId, this.insuranceType, this.category, this.state, this.attempt, next, this.openedOn,
				this.clockFrom, this.dueOn, this.completedOn, this.infoReceivedOn, this.fundsReceivedOn,
				this.pooledFund, this.individualAccount, this.remittedTotal, this.rejectedBy, this.rejectionReason,
				this.refundTotal, this.overlapMonths, this.version);
	}

	TransferCase rejected(RejectedBy by, String reason) {
		return new TransferCase(this.id, this.transferId, this.side, this.agencyCode, this.counterpartCode,
				this.personId, this.employerId, this.insuranceType, this.category, this.state, this.attempt, this.steward,
				this.openedOn, this.clockFrom, this.dueOn, this.completedOn, this.infoReceivedOn,
				this.fundsReceivedOn, this.pooledFund, this.individualAccount, this.remittedTotal, by, reason,
				this.refundTotal, this.overlapMonths, this.version);
	}

	TransferCase withInfo(@Nullable LocalDate infoOn, @Nullable LocalDate fundsOn, @Nullable BigDecimal pooled,
			@Nullable BigDecimal account, @Nullable BigDecimal remitted) {
		return new TransferCase(this.id, this.transferId, this.side, this.agencyCode, this.counterpartCode,
				this.personId, this.employerId, this.insuranceType, this.category, this.state, this.attempt, this.steward,
				this.openedOn, this.clockFrom, this.dueOn, this.completedOn, infoOn, fundsOn, pooled, account,
				remitted, this.rejectedBy, this.rejectionReason, this.refundTotal, this.overlapMonths, this.version);
	}

	TransferCase withRefund(BigDecimal refund, int months) {
		return new TransferCase(this.id, this.transferId, this.side, this.agencyCode, this.counterpartCode,
				this.personId, this.employerId, this.insuranceType, this.category, this.state, this.attempt, this.steward,
				this.openedOn, this.clockFrom, this.dueOn, this.completedOn, this.infoReceivedOn,
				this.fundsReceivedOn, this.pooledFund, this.individualAccount, this.remittedTotal, this.rejectedBy,
				this.rejectionReason, refund, months, this.version);
	}

	private static DefaultMessageSourceResolvable label(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, code);
	}

}
