package org.jiexu.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jiexu.transfer.CaseAction;
import org.jiexu.transfer.CaseState;
import org.jiexu.transfer.TransferCaseChanged;
import org.jiexu.transfer.TransferSide;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What each step of a case books in its agency's fund ledger (decision 25). */
class FundPostingRulesTests {

	private static final String XICHENG = "11010201";

	private static final String YINGCHENG = "42098101";

	private static final LocalDate DAY = LocalDate.of(2026, 3, 16);

	@Test
	void issuingTheInfoTableMovesThePooledFundAndTheAccountIntoTransitAtTheSendingAgency() {
		JournalEntry entry = PostingRules.entryFor(issued("12000.00", "3870.00")).orElseThrow();

		assertThat(entry.agencyCode()).isEqualTo(YINGCHENG);
		assertThat(entry.counterpartCode()).isEqualTo(XICHENG);
		assertThat(entry.kind()).isEqualTo(EntryKind.REMITTANCE_SENT);
		assertThat(entry.sourceEventId()).isEqualTo(11);
		assertThat(entry.bookedOn()).isEqualTo(DAY);
		assertThat(entry.lines()).containsExactly(PostingLine.debit(FundAccount.IN_TRANSIT, money("15870.00")),
				PostingLine.credit(FundAccount.POOLED_FUND, money("12000.00")),
				PostingLine.credit(FundAccount.INDIVIDUAL_ACCOUNT_FUND, money("3870.00")));
		assertThat(entry.amount()).isEqualByComparingTo("15870.00");
	}

	@Test
	void theNormalisationTopsTheAccountFundUpFromThePooledFundAndKeepsThePartNotMovedInThePooledFund() {
		TransferCaseChanged issued = issued("12000.00", "3870.00");
		TransferCaseChanged normalised = new TransferCaseChanged(issued.eventId(), issued.caseId(), issued.transferId(),
				issued.agencyCode(), issued.counterpartCode(), issued.side(), issued.action(), issued.fromState(),
				issued.toState(), 1, "steward", DAY.minusDays(10), DAY.plusDays(20), DAY, issued.pooledFund(),
				issued.individualAccount(), issued.remittedTotal(), null, null, money("480.00"), money("450.00"));

		JournalEntry entry = PostingRules.normalisationFor(normalised).orElseThrow();

		assertThat(entry.agencyCode()).isEqualTo(YINGCHENG);
		assertThat(entry.kind()).isEqualTo(EntryKind.NORMALISATION);
		assertThat(entry.kind().bySender()).isTrue();
		assertThat(entry.sourceEventId()).as("the same step as the remittance, another kind").isEqualTo(11);
		assertThat(entry.lines()).containsExactly(PostingLine.debit(FundAccount.INDIVIDUAL_ACCOUNT_FUND, money("480.00")),
				PostingLine.credit(FundAccount.POOLED_FUND, money("480.00")),
				PostingLine.debit(FundAccount.POOLED_FUND, money("450.00")),
				PostingLine.credit(FundAccount.INDIVIDUAL_ACCOUNT_FUND, money("450.00")));
		assertThat(PostingRules.normalisationFor(issued)).as("a step that normalised nothing").isEmpty();
		assertThat(PostingRules.normalisationFor(received(CaseAction.RECEIVE_FUNDS, "12000.00", "3870.00", "15870.00")))
			.as("the receiving agency normalises nothing")
			.isEmpty();
	}

	@Test
	void receivingTheInfoTableAndTheFundsMovesTheMoneyOutOfTransitIntoTheReceivingAgencysFunds() {
		for (CaseAction lastToArrive : List.of(CaseAction.RECEIVE_INFO_TABLE, CaseAction.RECEIVE_FUNDS)) {
			JournalEntry entry = PostingRules.entryFor(received(lastToArrive, "12000.00", "3870.00", "15870.00"))
				.orElseThrow();

			assertThat(entry.agencyCode()).isEqualTo(XICHENG);
			assertThat(entry.counterpartCode()).isEqualTo(YINGCHENG);
			assertThat(entry.kind()).isEqualTo(EntryKind.REMITTANCE_RECEIVED);
			assertThat(entry.lines()).containsExactly(PostingLine.debit(FundAccount.POOLED_FUND, money("12000.00")),
					PostingLine.debit(FundAccount.INDIVIDUAL_ACCOUNT_FUND, money("3870.00")),
					PostingLine.credit(FundAccount.IN_TRANSIT, money("15870.00")));
		}
	}

	@Test
	void aCompletedTransferLeavesNothingInTransitAndMovesEachFundFromOneAgencyToTheOther() {
		Map<String, Map<FundAccount, BigDecimal>> balances = Map.of(YINGCHENG, new EnumMap<>(FundAccount.class),
				XICHENG, new EnumMap<>(FundAccount.class));
		for (TransferCaseChanged step : List.of(issued("12000.00", "3870.00"),
				received(CaseAction.RECEIVE_FUNDS, "12000.00", "3870.00", "15870.00"))) {
			JournalEntry entry = PostingRules.entryFor(step).orElseThrow();
			entry.lines()
				.forEach(line -> balances.get(entry.agencyCode()).merge(line.account(), line.signed(), BigDecimal::add));
		}

		assertThat(balances.get(YINGCHENG).get(FundAccount.IN_TRANSIT).add(balances.get(XICHENG).get(FundAccount.IN_TRANSIT)))
			.isZero();
		assertThat(balances.get(YINGCHENG).get(FundAccount.POOLED_FUND)).isEqualByComparingTo("-12000.00");
		assertThat(balances.get(XICHENG).get(FundAccount.POOLED_FUND)).isEqualByComparingTo("12000.00");
		assertThat(balances.get(YINGCHENG).get(FundAccount.INDIVIDUAL_ACCOUNT_FUND)).isEqualByComparingTo("-3870.00");
		assertThat(balances.get(XICHENG).get(FundAccount.INDIVIDUAL_ACCOUNT_FUND)).isEqualByComparingTo("3870.00");
	}

	@Test
	void fundsReceivedThatDifferFromTheInfoTableAreBookedAsTheyArrivedWithThePooledFundFirst() {
		JournalEntry less = PostingRules.entryFor(received(CaseAction.RECEIVE_FUNDS, "12000.00", "3870.00", "15000.00"))
			.orElseThrow();
		assertThat(less.lines()).containsExactly(PostingLine.debit(FundAccount.POOLED_FUND, money("12000.00")),
				PostingLine.debit(FundAccount.INDIVIDUAL_ACCOUNT_FUND, money("3000.00")),
				PostingLine.credit(FundAccount.IN_TRANSIT, money("15000.00")));

		JournalEntry belowThePooledFund = PostingRules
			.entryFor(received(CaseAction.RECEIVE_FUNDS, "12000.00", "3870.00", "10000.00"))
			.orElseThrow();
		assertThat(belowThePooledFund.lines()).containsExactly(
				PostingLine.debit(FundAccount.POOLED_FUND, money("10000.00")),
				PostingLine.credit(FundAccount.IN_TRANSIT, money("10000.00")));
	}

	@Test
	void aSupplementaryRemittanceGoesThroughTransitFromOneIndividualAccountFundToTheOther() {
		JournalEntry sent = PostingRules
			.entryFor(step(21, YINGCHENG, XICHENG, TransferSide.OUT, CaseAction.SEND_SUPPLEMENT, CaseState.COMPLETED,
					CaseState.COMPLETED, "12000.00", "3870.00", "15870.00", "19.49", null))
			.orElseThrow();
		assertThat(sent.kind()).isEqualTo(EntryKind.SUPPLEMENT_SENT);
		assertThat(sent.lines()).containsExactly(PostingLine.debit(FundAccount.IN_TRANSIT, money("19.49")),
				PostingLine.credit(FundAccount.INDIVIDUAL_ACCOUNT_FUND, money("19.49")));

		JournalEntry received = PostingRules
			.entryFor(step(22, XICHENG, YINGCHENG, TransferSide.IN, CaseAction.RECEIVE_SUPPLEMENT, CaseState.COMPLETED,
					CaseState.COMPLETED, "12000.00", "3870.00", "15870.00", "19.49", null))
			.orElseThrow();
		assertThat(received.kind()).isEqualTo(EntryKind.SUPPLEMENT_RECEIVED);
		assertThat(received.lines()).containsExactly(PostingLine.debit(FundAccount.INDIVIDUAL_ACCOUNT_FUND, money("19.49")),
				PostingLine.credit(FundAccount.IN_TRANSIT, money("19.49")));
	}

	@Test
	void continuingTheRecordsSetsTheRefundAsideAsRefundsPayable() {
		JournalEntry refund = PostingRules.entryFor(continued("800.00")).orElseThrow();

		assertThat(refund.agencyCode()).isEqualTo(XICHENG);
		assertThat(refund.kind()).isEqualTo(EntryKind.REFUND);
		assertThat(refund.lines()).containsExactly(PostingLine.debit(FundAccount.REFUNDS_PAYABLE, money("800.00")),
				PostingLine.credit(FundAccount.INDIVIDUAL_ACCOUNT_FUND, money("800.00")));
	}

	@Test
	void stepsThatMoveNoMoneyBookNothing() {
		assertThat(PostingRules.entryFor(continued("0.00"))).as("continued without a refund").isEmpty();
		assertThat(PostingRules.entryFor(continued(null))).isEmpty();
		assertThat(PostingRules.entryFor(issued("0.00", "0.00"))).as("nothing remitted").isEmpty();
		assertThat(PostingRules.entryFor(step(31, XICHENG, YINGCHENG, TransferSide.IN, CaseAction.RECONCILE,
				CaseState.INFO_RECEIVED, CaseState.INFO_RECEIVED, "12000.00", "3870.00", "15000.00", null, null)))
			.as("a reconciliation that finds a mismatch stays in INFO_RECEIVED")
			.isEmpty();
		assertThat(PostingRules.entryFor(step(32, XICHENG, YINGCHENG, TransferSide.IN, CaseAction.RECEIVE_INFO_TABLE,
				CaseState.CONTACT_LETTER_SENT, CaseState.CONTACT_LETTER_SENT, "12000.00", "3870.00", null, null, null)))
			.as("the info table came first: the funds are not here yet")
			.isEmpty();
		assertThat(PostingRules.entryFor(step(33, YINGCHENG, XICHENG, TransferSide.OUT, CaseAction.RECEIVE_RECEIPT,
				CaseState.RELATION_TERMINATED, CaseState.COMPLETED, "12000.00", "3870.00", "15870.00", null, null)))
			.isEmpty();
		assertThat(PostingRules.entryFor(step(34, XICHENG, YINGCHENG, TransferSide.IN, CaseAction.COMPLETE,
				CaseState.RECORDS_CONTINUED, CaseState.COMPLETED, "12000.00", "3870.00", "15870.00", null, null)))
			.isEmpty();
		assertThat(PostingRules.entryFor(step(35, XICHENG, YINGCHENG, TransferSide.IN, CaseAction.APPLY, null,
				CaseState.APPLIED, null, null, null, null, null)))
			.isEmpty();
	}

	@Test
	void anEntryWhoseDebitsAndCreditsDifferCannotBeMade() {
		assertThatThrownBy(() -> new JournalEntry(XICHENG, 1, EntryKind.REFUND, "t", YINGCHENG, DAY,
				List.of(PostingLine.debit(FundAccount.REFUNDS_PAYABLE, money("800.00")),
						PostingLine.credit(FundAccount.INDIVIDUAL_ACCOUNT_FUND, money("799.99")))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Unbalanced");
		assertThatThrownBy(() -> new JournalEntry(XICHENG, 1, EntryKind.REFUND, "t", YINGCHENG, DAY,
				List.of(PostingLine.debit(FundAccount.REFUNDS_PAYABLE, money("0.00")))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aLineIsNeverNegativeNorBothSidesNorAPartOfAFen() {
		assertThatThrownBy(() -> PostingLine.debit(FundAccount.POOLED_FUND, money("-1.00")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new PostingLine(FundAccount.POOLED_FUND, money("1.00"), money("1.00")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PostingLine.debit(FundAccount.POOLED_FUND, new BigDecimal("1.005")))
			.isInstanceOf(ArithmeticException.class);
		assertThat(PostingLine.debit(FundAccount.POOLED_FUND, new BigDecimal("7")).debit()).isEqualTo(money("7.00"));
	}

	private static TransferCaseChanged issued(String pooled, String account) {
		return step(11, YINGCHENG, XICHENG, TransferSide.OUT, CaseAction.ISSUE_INFO, CaseState.LETTER_RECEIVED,
				CaseState.INFO_ISSUED, pooled, account, money(pooled).add(money(account)).toPlainString(), null, null);
	}

	private static TransferCaseChanged received(CaseAction action, String pooled, String account, String remitted) {
		return step(12, XICHENG, YINGCHENG, TransferSide.IN, action, CaseState.CONTACT_LETTER_SENT,
				CaseState.INFO_RECEIVED, pooled, account, remitted, null, null);
	}

	private static TransferCaseChanged continued(@Nullable String refund) {
		return step(13, XICHENG, YINGCHENG, TransferSide.IN, CaseAction.CONTINUE_RECORDS, CaseState.RECONCILED,
				CaseState.RECORDS_CONTINUED, "12000.00", "3870.00", "15870.00", null, refund);
	}

	private static TransferCaseChanged step(long eventId, String agency, String counterpart, TransferSide side,
			CaseAction action, @Nullable CaseState from, CaseState to, @Nullable String pooled,
			@Nullable String account, @Nullable String remitted, @Nullable String supplement,
			@Nullable String refund) {
		return new TransferCaseChanged(eventId, 7, "transfer-7", agency, counterpart, side, action, from, to, 1,
				"steward", DAY.minusDays(10), DAY.plusDays(20), DAY, moneyOrNull(pooled), moneyOrNull(account),
				moneyOrNull(remitted), moneyOrNull(supplement), moneyOrNull(refund), null, null);
	}

	private static @Nullable BigDecimal moneyOrNull(@Nullable String amount) {
		return amount == null ? null : money(amount);
	}

	private static BigDecimal money(String amount) {
		return new BigDecimal(amount);
	}

}
