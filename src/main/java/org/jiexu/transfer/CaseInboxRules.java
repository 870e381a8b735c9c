package org.jiexu.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jiexu.exchange.ContactLetter;
import org.jiexu.exchange.ExchangeMessage;
import org.jiexu.exchange.FundRemittance;
import org.jiexu.exchange.SupplementaryRemittance;
import org.jiexu.exchange.TransferInfoTable;
import org.jiexu.exchange.TransferReceipt;
import org.jiexu.exchange.TransferRejection;
import org.jspecify.annotations.Nullable;

/**
 * What a message from the other agency does to this agency's case, decided without any I/O: which case it is about
 * ({@link #sideOf}), and, given that case as it stands (or none), what happens ({@link #apply}). {@link TransferInbox}
 * carries the outcome out in the inbox's transaction (saving the case, recording the step, opening a transfer-out,
 * crediting a supplement); the transfer simulation applies the same rules to its in-memory agencies. A message that
 * no longer fits the case (an old letter, a second copy of an info table, funds after both arrived) is ignored.
 */
public final class CaseInboxRules {

	/** What a message does to the case. */
	public sealed interface Outcome permits Ignore, Step, OpenOut, CreditSupplement {
	}

	/** Nothing: the message does not fit the case (or there is none). */
	public record Ignore() implements Outcome {
	}

	/** The case moves to {@code next} (possibly the same state), recorded as {@code action} with the reason. */
	public record Step(TransferCase next, CaseAction action, @Nullable String reason) implements Outcome {
	}

	/**
	 * A contact letter for a transfer the sending agency has no case of yet: it opens a transfer-out
	 * ({@link #openedOut}) if it knows the person, and otherwise rejects the letter.
	 */
	public record OpenOut(ContactLetter letter) implements Outcome {
	}

	/** A supplementary remittance to credit to the transfer-in's account; the state stays. */
	public record CreditSupplement(BigDecimal amount, int interestYear) implements Outcome {
	}

	private static final Ignore IGNORE = new Ignore();

	private CaseInboxRules() {
	}

	/** The side of the transfer whose case the message is about (at the agency that receives it). */
	public static TransferSide sideOf(ExchangeMessage message) {
		return message instanceof ContactLetter || message instanceof TransferReceipt ? TransferSide.OUT
				: TransferSide.IN;
	}

	/**
	 * What the message does to the case of its transfer and side ({@code null}: there is none), on the day.
	 */
	public static Outcome apply(@Nullable TransferCase c, ExchangeMessage message, LocalDate today) {
		if (message instanceof ContactLetter letter) {
			if (c == null) {
				return new OpenOut(letter);
			}
			if (c.state() == CaseState.REJECTED && letter.attempt() > c.attempt()) {
				return new Step(c.withAttempt(letter.attempt())
					.moved(CaseState.LETTER_RECEIVED, today, CaseDeadline.dueFrom(today).date()),
						CaseAction.RECEIVE_CONTACT_LETTER, null);
			}
			return IGNORE;
		}
		if (c == null) {
			return IGNORE;
		}
		if (message instanceof TransferInfoTable info) {
			return waiting(c) ? arrived(c.withInfo(today, c.fundsReceivedOn(), info.pooledFund(),
					info.individualAccount(), c.remittedTotal()), CaseAction.RECEIVE_INFO_TABLE, today) : IGNORE;
		}
		if (message instanceof FundRemittance funds) {
			return waiting(c) ? arrived(c.withInfo(c.infoReceivedOn(), today, c.pooledFund(), c.individualAccount(),
					funds.total()), CaseAction.RECEIVE_FUNDS, today) : IGNORE;
		}
		if (message instanceof TransferRejection rejection) {
			return waiting(c) ? new Step(c.rejected(RejectedBy.SENDING, rejection.reason())
				.moved(CaseState.REJECTED, today, null), CaseAction.RECEIVE_REJECTION, rejection.reason()) : IGNORE;
		}
		if (message instanceof SupplementaryRemittance supplement) {
			return CaseAction.RECEIVE_SUPPLEMENT.allowedFrom(c.state())
					? new CreditSupplement(supplement.individualAccount(), supplement.interestYear()) : IGNORE;
		}
		if (message instanceof TransferReceipt) {
			if (!CaseAction.RECEIVE_RECEIPT.allowedFrom(c.state())) {
				return IGNORE;
			}
			return new Step(c.state() == CaseState.RELATION_TERMINATED ? c.moved(CaseState.COMPLETED, today, null) : c,
					CaseAction.RECEIVE_RECEIPT, null);
		}
		return IGNORE;
	}

	/**
	 * The transfer-out a contact letter opens at the sending agency for the person found there, given to the steward
	 * (if the agency has one).
	 */
	public static TransferCase openedOut(ContactLetter letter, long personId, @Nullable String steward,
			LocalDate today) {
		return new TransferCase(0, letter.transferId(), TransferSide.OUT, letter.receiverAgency(),
				letter.senderAgency(), personId, null, InsuranceType.valueOf(letter.insuranceType()),
				TransferCategory.valueOf(letter.category()), CaseState.LETTER_RECEIVED, letter.attempt(), steward, today,
				today, CaseDeadline.dueFrom(today).date(), null, null, null, null, null, null, null, null, null, null, 0);
	}

	/** The transfer-in waits for the sending agency (only then do its info table, funds or refusal count). */
	private static boolean waiting(TransferCase c) {
		return c.side() == TransferSide.IN && c.state() == CaseState.CONTACT_LETTER_SENT;
	}

	/** The info table or the funds recorded; once both are here the 15 working days to completion start. */
	private static Step arrived(TransferCase after, CaseAction action, LocalDate today) {
		TransferCase next = after;
		if (after.infoReceivedOn() != null && after.fundsReceivedOn() != null) {
			next = after.moved(CaseState.INFO_RECEIVED, today, CaseDeadline.dueFrom(today).date());
		}
		return new Step(next, action, null);
	}

}
