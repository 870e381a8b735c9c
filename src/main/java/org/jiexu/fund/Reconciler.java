package org.jiexu.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.jiexu.shared.Money;
import org.jiexu.transfer.TransferSide;
import org.jspecify.annotations.Nullable;

/**
 * Sets what the sending agency of a transfer booked against what the receiving agency booked (pure, no Spring). The
 * remittance is in transit until the receiving agency books it; each supplementary remittance (补转) likewise, counted
 * by number (the receiving side cannot tell which one arrived, only how many). What remains between sent and received
 * after that is a difference.
 */
final class Reconciler {

	private static final Set<ReconciliationStatus> UNSETTLED = EnumSet.of(ReconciliationStatus.IN_TRANSIT,
			ReconciliationStatus.DIFFERENCE);

	private Reconciler() {
	}

	/**
	 * One transfer, as the reader's agency sees it.
	 *
	 * @param rows what either agency booked for the transfer (at least one row)
	 * @param kept the agencies whose ledger is kept here (the reader's is)
	 */
	static TransferReconciliation transfer(String reader, Collection<MoveRow> rows, Set<String> kept) {
		MoveRow any = rows.iterator().next();
		String sender = any.kind().bySender() ? any.agencyCode() : any.counterpartCode();
		String receiver = any.kind().bySender() ? any.counterpartCode() : any.agencyCode();
		TransferSide direction = reader.equals(sender) ? TransferSide.OUT : TransferSide.IN;
		boolean senderHere = sender.equals(reader) || kept.contains(sender);
		boolean receiverHere = receiver.equals(reader) || kept.contains(receiver);

		Booked remittanceSent = Booked.of(rows, EntryKind.REMITTANCE_SENT);
		Booked supplementsSent = Booked.of(rows, EntryKind.SUPPLEMENT_SENT);
		Booked remittanceReceived = Booked.of(rows, EntryKind.REMITTANCE_RECEIVED);
		Booked supplementsReceived = Booked.of(rows, EntryKind.SUPPLEMENT_RECEIVED);
		Booked refunds = Booked.of(rows, EntryKind.REFUND);
		BigDecimal sent = remittanceSent.moved.add(supplementsSent.moved);
		BigDecimal received = remittanceReceived.moved.add(supplementsReceived.moved);

		@Nullable BigDecimal inTransit = null;
		@Nullable BigDecimal difference = null;
		ReconciliationStatus status = ReconciliationStatus.THIS_SIDE_ONLY;
		if (senderHere && receiverHere) {
			inTransit = Money.ZERO;
			if (remittanceSent.entries > 0 && remittanceReceived.entries == 0) {
				inTransit = inTransit.add(remittanceSent.moved);
			}
			if (supplementsSent.entries > supplementsReceived.entries) {
				inTransit = inTransit.add(supplementsSent.moved.subtract(supplementsReceived.moved).max(Money.ZERO));
			}
			difference = sent.subtract(received).subtract(inTransit);
			status = difference.signum() != 0 ? ReconciliationStatus.DIFFERENCE
					: inTransit.signum() != 0 ? ReconciliationStatus.IN_TRANSIT : ReconciliationStatus.SETTLED;
		}
		return new TransferReconciliation(any.transferId(), direction,
				direction == TransferSide.OUT ? receiver : sender,
				senderHere ? earliest(remittanceSent.firstOn, supplementsSent.firstOn) : null,
				receiverHere ? earliest(remittanceReceived.firstOn, supplementsReceived.firstOn) : null,
				senderHere ? remittanceSent.pooled : null, senderHere ? remittanceSent.account : null,
				senderHere ? supplementsSent.moved : null, senderHere ? sent : null,
				receiverHere ? remittanceReceived.pooled : null, receiverHere ? remittanceReceived.account : null,
				receiverHere ? supplementsReceived.moved : null, receiverHere ? received : null,
				receiverHere ? refunds.refund : null, inTransit, difference, status);
	}

	/**
	 * The money one way between the reader's agency and a counterpart: the transfers of that direction summed; a side
	 * not kept here gives {@code null}.
	 */
	static PairFlow flow(List<TransferReconciliation> transfers, TransferSide direction, boolean counterpartHere) {
		List<TransferReconciliation> way = transfers.stream().filter(t -> t.direction() == direction).toList();
		boolean senderHere = direction == TransferSide.OUT || counterpartHere;
		boolean receiverHere = direction == TransferSide.IN || counterpartHere;
		return new PairFlow(senderHere ? sum(way, TransferReconciliation::sent) : null,
				receiverHere ? sum(way, TransferReconciliation::received) : null,
				counterpartHere ? sum(way, TransferReconciliation::inTransit) : null,
				counterpartHere ? sum(way, TransferReconciliation::difference) : null, way.size(),
				(int) way.stream().filter(t -> UNSETTLED.contains(t.status())).count());
	}

	/** The transfers to list: those in transit or with a difference first, then the latest booked, at most a limit. */
	static List<TransferReconciliation> listed(List<TransferReconciliation> transfers, int limit) {
		return transfers.stream()
			.sorted(Comparator.comparing((TransferReconciliation t) -> !UNSETTLED.contains(t.status()))
				.thenComparing(Reconciler::latest, Comparator.reverseOrder())
				.thenComparing(TransferReconciliation::transferId))
			.limit(limit)
			.toList();
	}

	private static LocalDate latest(TransferReconciliation t) {
		LocalDate sent = t.sentOn() == null ? LocalDate.MIN : t.sentOn();
		LocalDate received = t.receivedOn() == null ? LocalDate.MIN : t.receivedOn();
		return sent.isAfter(received) ? sent : received;
	}

	private static BigDecimal sum(List<TransferReconciliation> transfers,
			Function<TransferReconciliation, @Nullable BigDecimal> figure) {
		return transfers.stream()
			.map(figure)
			.filter(Objects::nonNull)
			.reduce(Money.ZERO, BigDecimal::add);
	}

	private static @Nullable LocalDate earliest(@Nullable LocalDate a, @Nullable LocalDate b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isBefore(b) ? a : b;
	}

	/** One kind of booking of a transfer, summed. */
	private record Booked(int entries, @Nullable LocalDate firstOn, BigDecimal pooled, BigDecimal account,
			BigDecimal moved, BigDecimal refund) {

		static Booked of(Collection<MoveRow> rows, EntryKind kind) {
			int entries = 0;
			LocalDate first = null;
			BigDecimal pooled = Money.ZERO;
			BigDecimal account = Money.ZERO;
			BigDecimal moved = Money.ZERO;
			BigDecimal refund = Money.ZERO;
			for (MoveRow row : rows) {
				if (row.kind() == kind) {
					entries += row.entries();
					first = earliest(first, row.firstOn());
					pooled = pooled.add(row.pooled());
					account = account.add(row.account());
					moved = moved.add(row.moved());
					refund = refund.add(row.refund());
				}
			}
			return new Booked(entries, first, pooled, account, moved, refund);
		}

	}

}
