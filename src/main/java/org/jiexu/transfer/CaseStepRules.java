package org.jiexu.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What each action a user takes does to the case itself, decided without any I/O: the next version of the case, and
 * which messages the step sends. Whether the action may be taken at all is {@link TransferCase#allows} /
 * {@link TransferCase#requireAllowed}. {@link CaseSteps} runs the checks, books the money and sends the messages
 * around these; the transfer simulation applies the same rules to its in-memory agencies.
 */
public final class CaseStepRules {

	private CaseStepRules() {
	}

	/** A contact letter (first or corrected) goes out: the next attempt, and the 15 working days start again. */
	public static TransferCase letterSent(TransferCase c, LocalDate today) {
		return c.withAttempt(c.attempt() + 1)
			.moved(CaseState.CONTACT_LETTER_SENT, today, CaseDeadline.dueFrom(today).date());
	}

	/** Refused with the reason, by the side's agency; final (a transfer-in refused by the sending agency may resend). */
	public static TransferCase rejected(TransferCase c, String reason, LocalDate today) {
		RejectedBy by = c.side() == TransferSide.IN ? RejectedBy.RECEIVING : RejectedBy.SENDING;
		return c.rejected(by, reason).moved(CaseState.REJECTED, today, null);
	}

	/** A refusal by the sending agency is sent to the receiving agency (a transfer-in's refusal has nobody to tell). */
	public static boolean rejectionIsSent(TransferCase c) {
		return c.side() == TransferSide.OUT;
	}

	/** Whether the funds received match the info table's total (otherwise reconciling reports a problem). */
	public static boolean reconciles(TransferCase c) {
		return c.infoTotal() != null && c.remittedTotal() != null && c.infoTotal().compareTo(c.remittedTotal()) == 0;
	}

	/** The funds match the info table; the running limit stays. */
	public static TransferCase reconciled(TransferCase c) {
		return c.moved(CaseState.RECONCILED, c.clockFrom(), c.dueOn());
	}

	/** The history and the account are continued here; the case keeps the refund of the months counted twice. */
	public static TransferCase recordsContinued(TransferCase c, BigDecimal refund, int months) {
		return c.withRefund(refund, months).moved(CaseState.RECORDS_CONTINUED, c.clockFrom(), c.dueOn());
	}

	/** The info table is issued and the funds remitted, stating the amounts. */
	public static TransferCase infoIssued(TransferCase c, BigDecimal pooledFund, BigDecimal account, LocalDate today) {
		return c.withInfo(today, today, pooledFund, account, pooledFund.add(account))
			.moved(CaseState.INFO_ISSUED, c.clockFrom(), c.dueOn());
	}

	/** The relation at the sending agency is ended. */
	public static TransferCase relationTerminated(TransferCase c) {
		return c.moved(CaseState.RELATION_TERMINATED, c.clockFrom(), c.dueOn());
	}

	/** Done. */
	public static TransferCase completed(TransferCase c, LocalDate today) {
		return c.moved(CaseState.COMPLETED, today, null);
	}

	/** Completing a transfer-in sends the receipt to the sending agency. */
	public static boolean receiptIsSent(TransferCase c) {
		return c.side() == TransferSide.IN;
	}

}
