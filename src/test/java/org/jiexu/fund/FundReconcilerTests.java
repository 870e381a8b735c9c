package org.jiexu.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jiexu.transfer.TransferSide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Setting what one agency sent against what the other received, transfer by transfer and per direction. */
class FundReconcilerTests {

	private static final String XICHENG = "11010201";

	private static final String YINGCHENG = "42098101";

	private static final String ELSEWHERE = "32010201";

	private static final LocalDate DAY = LocalDate.of(2026, 3, 16);

	private static final Set<String> BOTH = Set.of(XICHENG, YINGCHENG);

	@Test
	void aRemittanceBookedAtBothEndsIsSettled() {
		TransferReconciliation t = Reconciler.transfer(XICHENG,
				List.of(sent("t1", "12000.00", "3870.00"), received("t1", "12000.00", "3870.00")), BOTH);

		assertThat(t.direction()).isEqualTo(TransferSide.IN);
		assertThat(t.counterpartCode()).isEqualTo(YINGCHENG);
		assertThat(t.sent()).isEqualByComparingTo("15870.00");
		assertThat(t.received()).isEqualByComparingTo("15870.00");
		assertThat(t.sentPooledFund()).isEqualByComparingTo("12000.00");
		assertThat(t.receivedIndividualAccount()).isEqualByComparingTo("3870.00");
		assertThat(t.inTransit()).isZero();
		assertThat(t.difference()).isZero();
		assertThat(t.status()).isEqualTo(ReconciliationStatus.SETTLED);
	}

	@Test
	void aRemittanceNotYetBookedByTheReceivingAgencyIsInTransit() {
		TransferReconciliation t = Reconciler.transfer(YINGCHENG, List.of(sent("t2", "12000.00", "3870.00")), BOTH);

		assertThat(t.direction()).isEqualTo(TransferSide.OUT);
		assertThat(t.counterpartCode()).isEqualTo(XICHENG);
		assertThat(t.received()).isZero();
		assertThat(t.receivedOn()).isNull();
		assertThat(t.inTransit()).isEqualByComparingTo("15870.00");
		assertThat(t.difference()).isZero();
		assertThat(t.status()).isEqualTo(ReconciliationStatus.IN_TRANSIT);
	}

	@Test
	void lessReceivedThanSentIsADifferenceNotMoneyInTransit() {
		TransferReconciliation t = Reconciler.transfer(XICHENG,
				List.of(sent("t3", "12000.00", "3870.00"), received("t3", "12000.00", "3000.00")), BOTH);

		assertThat(t.inTransit()).isZero();
		assertThat(t.difference()).isEqualByComparingTo("870.00");
		assertThat(t.status()).isEqualTo(ReconciliationStatus.DIFFERENCE);
	}

	@Test
	void aSupplementSentAndNotYetReceivedIsInTransitAndCountsByNumber() {
		List<MoveRow> rows = new ArrayList<>(List.of(sent("t4", "12000.00", "3870.00"),
				received("t4", "12000.00", "3870.00"), row("t4", YINGCHENG, XICHENG, EntryKind.SUPPLEMENT_SENT, 2,
						"0.00", "0.00", "30.00", "0.00")));
		rows.add(row("t4", XICHENG, YINGCHENG, EntryKind.SUPPLEMENT_RECEIVED, 1, "0.00", "0.00", "19.49", "0.00"));
		rows.add(row("t4", XICHENG, YINGCHENG, EntryKind.REFUND, 1, "0.00", "800.00", "0.00", "800.00"));
		TransferReconciliation t = Reconciler.transfer(XICHENG, rows, BOTH);

		assertThat(t.sentSupplements()).isEqualByComparingTo("30.00");
		assertThat(t.receivedSupplements()).isEqualByComparingTo("19.49");
		assertThat(t.refunded()).as("a refund moves nothing between the agencies").isEqualByComparingTo("800.00");
		assertThat(t.inTransit()).isEqualByComparingTo("10.51");
		assertThat(t.difference()).isZero();
		assertThat(t.status()).isEqualTo(ReconciliationStatus.IN_TRANSIT);
	}

	@Test
	void aCounterpartKeptInAnotherDeploymentLeavesOnlyThisSide() {
		TransferReconciliation t = Reconciler.transfer(YINGCHENG,
				List.of(row("t5", YINGCHENG, ELSEWHERE, EntryKind.REMITTANCE_SENT, 1, "12000.00", "3870.00",
						"15870.00", "0.00")),
				BOTH);

		assertThat(t.counterpartCode()).isEqualTo(ELSEWHERE);
		assertThat(t.sent()).isEqualByComparingTo("15870.00");
		assertThat(t.received()).isNull();
		assertThat(t.inTransit()).isNull();
		assertThat(t.difference()).isNull();
		assertThat(t.status()).isEqualTo(ReconciliationStatus.THIS_SIDE_ONLY);

		PairFlow outgoing = Reconciler.flow(List.of(t), TransferSide.OUT, false);
		assertThat(outgoing.sent()).isEqualByComparingTo("15870.00");
		assertThat(outgoing.received()).isNull();
		assertThat(outgoing.inTransit()).isNull();
		PairFlow incoming = Reconciler.flow(List.of(t), TransferSide.IN, false);
		assertThat(incoming.sent()).as("what the other deployment sent is not known here").isNull();
		assertThat(incoming.received()).isZero();
		assertThat(incoming.transfers()).isZero();
	}

	@Test
	void eachDirectionSumsItsTransfersAndTheUnsettledAreListedFirst() {
		List<TransferReconciliation> transfers = List.of(
				Reconciler.transfer(XICHENG, List.of(sent("a", "100.00", "10.00"), received("a", "100.00", "10.00")),
						BOTH),
				Reconciler.transfer(XICHENG, List.of(sent("b", "200.00", "20.00")), BOTH),
				Reconciler.transfer(XICHENG,
						List.of(row("c", XICHENG, YINGCHENG, EntryKind.REMITTANCE_SENT, 1, "50.00", "5.00", "55.00",
								"0.00")),
						BOTH));

		PairFlow incoming = Reconciler.flow(transfers, TransferSide.IN, true);
		assertThat(incoming.sent()).isEqualByComparingTo("330.00");
		assertThat(incoming.received()).isEqualByComparingTo("110.00");
		assertThat(incoming.inTransit()).isEqualByComparingTo("220.00");
		assertThat(incoming.difference()).isZero();
		assertThat(incoming.transfers()).isEqualTo(2);
		assertThat(incoming.unsettled()).isEqualTo(1);
		PairFlow outgoing = Reconciler.flow(transfers, TransferSide.OUT, true);
		assertThat(outgoing.sent()).isEqualByComparingTo("55.00");
		assertThat(outgoing.transfers()).isEqualTo(1);

		assertThat(Reconciler.listed(transfers, 2)).extracting(TransferReconciliation::transferId)
			.containsExactly("b", "c");
	}

	private static MoveRow sent(String transfer, String pooled, String account) {
		return row(transfer, YINGCHENG, XICHENG, EntryKind.REMITTANCE_SENT, 1, pooled, account,
				new BigDecimal(pooled).add(new BigDecimal(account)).toPlainString(), "0.00");
	}

	private static MoveRow received(String transfer, String pooled, String account) {
		return row(transfer, XICHENG, YINGCHENG, EntryKind.REMITTANCE_RECEIVED, 1, pooled, account,
				new BigDecimal(pooled).add(new BigDecimal(account)).toPlainString(), "0.00");
	}

	private static MoveRow row(String transfer, String agency, String counterpart, EntryKind kind, int entries,
			String pooled, String account, String moved, String refund) {
		return new MoveRow(transfer, agency, counterpart, kind, entries, DAY, DAY, new BigDecimal(pooled),
				new BigDecimal(account), new BigDecimal(moved), new BigDecimal(refund));
	}

}
