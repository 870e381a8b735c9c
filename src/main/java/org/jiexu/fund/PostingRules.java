package org.jiexu.fund;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jiexu.shared.Money;
import org.jiexu.transfer.CaseAction;
import org.jiexu.transfer.CaseState;
import org.jiexu.transfer.TransferCaseChanged;
import org.jiexu.transfer.TransferSide;
import org.jspecify.annotations.Nullable;

/**
 * What a step of a case books in its agency's ledger (decision 25); pure, no Spring. Only the agency of the case books,
 * from what the step itself carries, so each agency's side stands alone wherever the other agency is kept:
 * <table>
 * <caption>Postings</caption>
 * <tr><th>step</th><th>agency</th><th>debit</th><th>credit</th></tr>
 * <tr><td>transfer-out enters INFO_ISSUED (info table issued, funds remitted)</td><td>sending</td>
 * <td>IN_TRANSIT p + a</td><td>POOLED_FUND p, INDIVIDUAL_ACCOUNT_FUND a</td></tr>
 * <tr><td>transfer-in enters INFO_RECEIVED (info table and funds both here)</td><td>receiving</td>
 * <td>POOLED_FUND p', INDIVIDUAL_ACCOUNT_FUND a'</td><td>IN_TRANSIT r</td></tr>
 * <tr><td>SEND_SUPPLEMENT (补转 sent)</td><td>sending</td><td>IN_TRANSIT s</td><td>INDIVIDUAL_ACCOUNT_FUND s</td></tr>
 * <tr><td>RECEIVE_SUPPLEMENT (补转 received)</td><td>receiving</td><td>INDIVIDUAL_ACCOUNT_FUND s</td>
 * <td>IN_TRANSIT s</td></tr>
 * <tr><td>CONTINUE_RECORDS with a refund</td><td>receiving</td><td>REFUNDS_PAYABLE f</td>
 * <td>INDIVIDUAL_ACCOUNT_FUND f</td></tr>
 * </table>
 * p, a: the info table's pooled fund and individual account; r: the money received (the remittance's total, the info
 * table's total if the step carries none); p' is the info table's pooled fund, at most r, and a' = r − p', so the entry
 * books what arrived even when it differs from the info table (the reconciliation then shows the difference). Lines of
 * zero are left out and a step that moves nothing books nothing. A step that stays in its state (a second receipt,
 * a reconciliation that finds a mismatch) books nothing.
 */
final class PostingRules {

	private PostingRules() {
	}

	/** The entry the step books in its agency's ledger, if it moves money. */
	static Optional<JournalEntry> entryFor(TransferCaseChanged step) {
		if (step.side() == TransferSide.OUT) {
			if (entered(step, CaseState.INFO_ISSUED)) {
				BigDecimal pooled = orZero(step.pooledFund());
				BigDecimal account = orZero(step.individualAccount());
				return entry(step, EntryKind.REMITTANCE_SENT, lines(line(true, FundAccount.IN_TRANSIT, pooled.add(account)),
						line(false, FundAccount.POOLED_FUND, pooled), line(false, FundAccount.INDIVIDUAL_ACCOUNT_FUND, account)));
			}
			if (step.action() == CaseAction.SEND_SUPPLEMENT) {
				BigDecimal supplement = orZero(step.supplement());
				return entry(step, EntryKind.SUPPLEMENT_SENT, lines(line(true, FundAccount.IN_TRANSIT, supplement),
						line(false, FundAccount.INDIVIDUAL_ACCOUNT_FUND, supplement)));
			}
			return Optional.empty();
		}
		if (entered(step, CaseState.INFO_RECEIVED)) {
			BigDecimal received = step.remittedTotal() != null ? step.remittedTotal()
					: orZero(step.pooledFund()).add(orZero(step.individualAccount()));
			BigDecimal pooled = orZero(step.pooledFund()).max(Money.ZERO).min(received.max(Money.ZERO));
			BigDecimal account = received.subtract(pooled);
			return entry(step, EntryKind.REMITTANCE_RECEIVED, lines(line(true, FundAccount.POOLED_FUND, pooled),
					line(true, FundAccount.INDIVIDUAL_ACCOUNT_FUND, account), line(false, FundAccount.IN_TRANSIT, received)));
		}
		if (step.action() == CaseAction.RECEIVE_SUPPLEMENT) {
			BigDecimal supplement = orZero(step.supplement());
			return entry(step, EntryKind.SUPPLEMENT_RECEIVED, lines(
					line(true, FundAccount.INDIVIDUAL_ACCOUNT_FUND, supplement), line(false, FundAccount.IN_TRANSIT, supplement)));
		}
		if (step.action() == CaseAction.CONTINUE_RECORDS) {
			BigDecimal refund = orZero(step.refund());
			return entry(step, EntryKind.REFUND, lines(line(true, FundAccount.REFUNDS_PAYABLE, refund),
					line(false, FundAccount.INDIVIDUAL_ACCOUNT_FUND, refund)));
		}
		return Optional.empty();
	}

	/**
	 * The entry of the normalisation the step booked in the sending agency's own funds (decision 24): the top-up goes
	 * from the pooled fund into the individual-account fund, the part kept back the other way. None if it moved
	 * nothing.
	 */
	static Optional<JournalEntry> normalisationFor(TransferCaseChanged step) {
		if (step.side() != TransferSide.OUT) {
			return Optional.empty();
		}
		BigDecimal toppedUp = orZero(step.toppedUp());
		BigDecimal keptBack = orZero(step.keptBack());
		return entry(step, EntryKind.NORMALISATION, lines(line(true, FundAccount.INDIVIDUAL_ACCOUNT_FUND, toppedUp),
				line(false, FundAccount.POOLED_FUND, toppedUp), line(true, FundAccount.POOLED_FUND, keptBack),
				line(false, FundAccount.INDIVIDUAL_ACCOUNT_FUND, keptBack)));
	}

	/** The step moved the case into the state (not one that stays there). */
	private static boolean entered(TransferCaseChanged step, CaseState state) {
		return step.toState() == state && step.fromState() != state;
	}

	/** A line as written: a debit or a credit of the amount; {@code null} for zero, which is left out. */
	private static @Nullable PostingLine line(boolean debit, FundAccount account, BigDecimal amount) {
		if (amount.signum() == 0) {
			return null;
		}
		return debit ? PostingLine.debit(account, amount) : PostingLine.credit(account, amount);
	}

	/** The lines written, without those left out. */
	private static List<PostingLine> lines(@Nullable PostingLine... written) {
		List<PostingLine> lines = new ArrayList<>();
		for (PostingLine line : written) {
			if (line != null) {
				lines.add(line);
			}
		}
		return lines;
	}

	private static Optional<JournalEntry> entry(TransferCaseChanged step, EntryKind kind, List<PostingLine> lines) {
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new JournalEntry(step.agencyCode(), step.eventId(), kind, step.transferId(),
				step.counterpartCode(), step.day(), lines));
	}

	private static BigDecimal orZero(@Nullable BigDecimal amount) {
		return amount == null ? Money.ZERO : amount;
	}

}
