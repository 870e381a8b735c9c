package org.jiexu.transfer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.jiexu.exchange.PostalAttemptView;
import org.jiexu.exchange.PostalLetterView;
import org.jiexu.registry.AgencyView;
import org.jiexu.registry.PersonReference;
import org.jspecify.annotations.Nullable;

/**
 * Everything one row of the case ledger shows, gathered set-wise: the case, its person, both agencies, what its
 * history says, how many messages it exchanged and how many problems are open; {@code today} and {@code zone} of the clock;
 * the latest postal letter its agency sent, if the other agency is not connected to the exchange (decision 30).
 */
record LedgerLine(TransferCase c, PersonReference person, AgencyView agency, AgencyView counterpart,
		CaseHistory history, int messages, int openProblems, LocalDate today, ZoneId zone,
		@Nullable PostalLetterView mailing) {

	/** Where the amounts of a transfer-in stand; labels in {@code transfer.ledger.reconciliation.*}. */
	enum Reconciliation {

		/** The funds received matched the info table and the steward reconciled them. */
		RECONCILED,
		/** The info table and the funds are both there and differ. */
		MISMATCH,
		/** Not reconciled yet. */
		PENDING

	}

	@Nullable LocalDate dayOf(@Nullable CaseEventView event) {
		return event == null ? null : LocalDate.ofInstant(event.at(), this.zone);
	}

	@Nullable LocalDateTime timeOf(@Nullable CaseEventView event) {
		return event == null ? null : LocalDateTime.ofInstant(event.at(), this.zone);
	}

	static @Nullable String actorOf(@Nullable CaseEventView event) {
		return event == null ? null : event.actor();
	}

	/** An amount with two decimals, so the sheet shows fen. */
	static @Nullable BigDecimal money(@Nullable BigDecimal amount) {
		return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
	}

	/** A transfer-in's reconciliation; none for a transfer-out (it remits, the receiving agency reconciles). */
	@Nullable Reconciliation reconciliation() {
		if (this.c.side() != TransferSide.IN) {
			return null;
		}
		if (this.history.reconciled()) {
			return Reconciliation.RECONCILED;
		}
		BigDecimal info = this.c.infoTotal();
		BigDecimal remitted = this.c.remittedTotal();
		return info != null && remitted != null && info.compareTo(remitted) != 0 ? Reconciliation.MISMATCH
				: Reconciliation.PENDING;
	}

	/**
	 * Where the latest postal letter of the case stands (邮寄进度), e.g. "信息表 EMS EA123456785CN 已投递 2026-12-01" or
	 * "联系函 退回：地址不详，待重寄"; empty without one.
	 */
	static @Nullable String mailing(@Nullable PostalLetterView letter, LedgerLabels labels) {
		if (letter == null) {
			return null;
		}
		String kind = labels.of("exchange.kind." + letter.kind());
		PostalAttemptView latest = letter.latest();
		return switch (letter.status()) {
			case TO_PRINT -> labels.format("transfer.ledger.mailing.TO_PRINT", kind);
			case POSTED -> labels.format("transfer.ledger.mailing.POSTED", kind, latest.trackingNumber(),
					latest.postedOn().toString(), latest.attempt());
			case DELIVERED -> labels.format("transfer.ledger.mailing.DELIVERED", kind, latest.trackingNumber(),
					String.valueOf(latest.deliveredOn()), latest.attempt());
			case FAILED -> labels.format("transfer.ledger.mailing.FAILED", kind,
					labels.of("exchange.postal.failure." + latest.failureReason()), latest.trackingNumber(),
					latest.attempt());
		};
	}

}
