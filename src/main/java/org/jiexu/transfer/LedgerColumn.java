package org.jiexu.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

import org.jiexu.shared.Masking;
import org.jspecify.annotations.Nullable;

/**
 * The columns of the case ledger (台账), in their order: each with its header ({@code transfer.ledger.column.*})
 * and what it shows of a {@link LedgerLine}. Labels are in the reader's language, ID numbers masked, amounts in
 * yuan with two decimals, dates as dates; a value that does not apply to the case stays empty.
 */
enum LedgerColumn {

	CASE_ID((l, t) -> l.c().id()),
	TRANSFER_ID((l, t) -> l.c().transferId()),
	SIDE((l, t) -> t.of("transfer.side." + l.c().side())),
	NAME((l, t) -> l.person().name()),
	ID_NUMBER((l, t) -> Masking.idNumber(l.person().idNumber())),
	GENDER((l, t) -> t.of("registry.gender." + l.person().gender())),
	BIRTH_DATE((l, t) -> l.person().birthDate()),
	INSURANCE_TYPE((l, t) -> t.of("transfer.insuranceType." + l.c().insuranceType())),
	CATEGORY((l, t) -> t.of("transfer.category." + l.c().category())),
	AGENCY((l, t) -> l.agency().name(t.locale())),
	COUNTERPART_CODE((l, t) -> l.counterpart().code()),
	COUNTERPART_NAME((l, t) -> l.counterpart().name(t.locale())),
	OPENED_ON((l, t) -> l.c().openedOn()),
	STEWARD((l, t) -> l.c().steward()),
	ACCEPTED_BY((l, t) -> LedgerLine.actorOf(l.history().accepted())),
	LETTER_SENT_ON((l, t) -> l.dayOf(l.history().letterSent())),
	LETTER_SENT_BY((l, t) -> LedgerLine.actorOf(l.history().letterSent())),
	LETTER_RECEIVED_ON((l, t) -> l.dayOf(l.history().letterReceived())),
	INFO_TABLE_ON((l, t) -> l.c().infoReceivedOn()),
	INFO_TABLE_BY((l, t) -> LedgerLine.actorOf(l.history().infoTable())),
	FUNDS_ON((l, t) -> l.c().fundsReceivedOn()),
	POOLED_FUND((l, t) -> LedgerLine.money(l.c().pooledFund())),
	INDIVIDUAL_ACCOUNT((l, t) -> LedgerLine.money(l.c().individualAccount())),
	INFO_TOTAL((l, t) -> LedgerLine.money(l.c().infoTotal())),
	REMITTED_TOTAL((l, t) -> LedgerLine.money(l.c().remittedTotal())),
	RECONCILIATION((l, t) -> l.reconciliation() == null ? null
			: t.of("transfer.ledger.reconciliation." + l.reconciliation())),
	REFUND_TOTAL((l, t) -> LedgerLine.money(l.c().refundTotal())),
	OVERLAP_MONTHS((l, t) -> l.c().overlapMonths()),
	ATTEMPT((l, t) -> l.c().attempt()),
	STATE((l, t) -> t.of("transfer.state." + l.c().state())),
	DUE_ON((l, t) -> l.c().dueOn()),
	DEADLINE((l, t) -> t.of("transfer.deadline." + CaseDeadline.status(l.c().dueOn(), l.today()))),
	URGENCY((l, t) -> t.of("transfer.urgency." + CaseUrgency.of(l.person().gender(), l.person().birthDate(),
			l.today()))),
	COMPLETED_ON((l, t) -> l.c().completedOn()),
	REJECTED_BY((l, t) -> l.c().rejectedBy() == null ? null
			: t.of("transfer.ledger.rejectedBy." + l.c().rejectedBy())),
	REJECTION_REASON((l, t) -> l.c().rejectionReason()),
	LAST_ACTION((l, t) -> l.history().last() == null ? null
			: t.of("transfer.action." + l.history().last().action())),
	LAST_ACTION_AT((l, t) -> l.timeOf(l.history().last())),
	LAST_ACTOR((l, t) -> LedgerLine.actorOf(l.history().last())),
	MESSAGES((l, t) -> l.messages()),
	OPEN_PROBLEMS((l, t) -> l.openProblems()),
	MAILING((l, t) -> LedgerLine.mailing(l.mailing(), t));

	private final BiFunction<LedgerLine, LedgerLabels, @Nullable Object> value;

	LedgerColumn(BiFunction<LedgerLine, LedgerLabels, @Nullable Object> value) {
		this.value = value;
	}

	static List<String> headers(LedgerLabels labels) {
		return Arrays.stream(values()).map(column -> labels.of("transfer.ledger.column." + column.name())).toList();
	}

	/** The row of the line, a value per column (empty ones {@code null}). */
	static List<@Nullable Object> row(LedgerLine line, LedgerLabels labels) {
		List<@Nullable Object> row = new ArrayList<>(values().length);
		for (LedgerColumn column : values()) {
			row.add(column.value.apply(line, labels));
		}
		return row;
	}

}
