package org.jiexu.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.jiexu.IntegrationTestSupport;
import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.Role;
import org.jiexu.identity.UserKind;
import org.jiexu.transfer.CaseAction;
import org.jiexu.transfer.CaseState;
import org.jiexu.transfer.TransferCaseChanged;
import org.jiexu.transfer.TransferFixtures;
import org.jiexu.transfer.TransferSide;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The fund ledger books what transfers walked through the API move (Yingcheng sends, Xicheng receives), each agency its
 * own side, from the transfer module's events applied asynchronously: figures are compared before and after, because
 * the suite shares one database. Tests that apply steps of their own do so in a transaction that is rolled back.
 */
class FundLedgerIntegrationTests extends IntegrationTestSupport {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** An agency whose ledger is not kept in this deployment (Nanjing Xuanwu: not a demo agency). */
	private static final String ELSEWHERE = "32010201";

	private static final CurrentUser ADMIN = staff("admin", XICHENG, Role.ADMIN);

	private static final CurrentUser XICHENG_SUPERVISOR = staff("xc-supervisor", XICHENG, Role.SUPERVISOR);

	private static final CurrentUser YINGCHENG_SUPERVISOR = staff("yc-supervisor", YINGCHENG, Role.SUPERVISOR);

	@Autowired
	private FundLedger ledger;

	@Autowired
	private FundReports reports;

	private TransferFixtures transfers() {
		return new TransferFixtures(this.mvc, this.jdbc, this::unusedIdNumber);
	}

	@Test
	void aCompletedTransferBooksBalancedEntriesAtBothAgenciesAndLeavesNothingInTransit() throws Exception {
		awaitSettled();
		Map<FundAccount, BigDecimal> xicheng = balances("xc-supervisor");
		Map<FundAccount, BigDecimal> yingcheng = balances("yc-supervisor");
		NetworkCheck before = this.reports.networkCheck(ADMIN);

		Moved moved = completedTransfer(personWithMoneyAtYingcheng("基金记账", 1));
		awaitSettled();

		List<Map<String, Object>> entries = this.jdbc.sql("""
				select e.id, e.agency_code, e.counterpart_code, e.kind, sum(l.debit) as debits, sum(l.credit) as credits
				from fund.journal_entry e join fund.journal_line l on l.entry_id = e.id where e.transfer_id = ?
				group by e.id, e.agency_code, e.counterpart_code, e.kind order by e.id""")
			.param(moved.transferId())
			.query()
			.listOfRows();
		assertThat(entries).extracting(row -> row.get("agency_code") + ":" + row.get("kind"))
			.contains(YINGCHENG + ":REMITTANCE_SENT", XICHENG + ":REMITTANCE_RECEIVED");
		assertThat(entries).allSatisfy(row -> assertThat((BigDecimal) row.get("debits")).as("every entry balances")
			.isEqualByComparingTo((BigDecimal) row.get("credits")));

		Map<FundAccount, BigDecimal> yingchengAfter = balances("yc-supervisor");
		assertThat(yingchengAfter.get(FundAccount.POOLED_FUND))
			.isEqualByComparingTo(yingcheng.get(FundAccount.POOLED_FUND).subtract(moved.pooledFund()));
		assertThat(yingchengAfter.get(FundAccount.INDIVIDUAL_ACCOUNT_FUND))
			.isEqualByComparingTo(yingcheng.get(FundAccount.INDIVIDUAL_ACCOUNT_FUND).subtract(moved.individualAccount()));
		assertThat(yingchengAfter.get(FundAccount.IN_TRANSIT)).as("sent: debited to transit")
			.isEqualByComparingTo(yingcheng.get(FundAccount.IN_TRANSIT).add(moved.total()));
		Map<FundAccount, BigDecimal> xichengAfter = balances("xc-supervisor");
		assertThat(xichengAfter.get(FundAccount.POOLED_FUND))
			.isEqualByComparingTo(xicheng.get(FundAccount.POOLED_FUND).add(moved.pooledFund()));
		assertThat(xichengAfter.get(FundAccount.INDIVIDUAL_ACCOUNT_FUND)
			.add(xichengAfter.get(FundAccount.REFUNDS_PAYABLE)))
			.as("the account part arrived (any refund of months paid twice set aside from it)")
			.isEqualByComparingTo(xicheng.get(FundAccount.INDIVIDUAL_ACCOUNT_FUND)
				.add(xicheng.get(FundAccount.REFUNDS_PAYABLE))
				.add(moved.individualAccount()));
		assertThat(xichengAfter.get(FundAccount.IN_TRANSIT)).as("received: credited to transit")
			.isEqualByComparingTo(xicheng.get(FundAccount.IN_TRANSIT).subtract(moved.total()));

		NetworkCheck after = this.reports.networkCheck(ADMIN);
		assertThat(after.moneyInTransit()).as("nothing left in transit")
			.isEqualByComparingTo(before.moneyInTransit());
		assertThat(after.sumIsZero()).isTrue();
		assertThat(after.balanced()).isTrue();
		assertThat(after.entries()).isGreaterThanOrEqualTo(before.entries() + 2);
	}

	@Test
	@Transactional
	void aTransferWhoseInfoTableIsIssuedButNotYetReceivedShowsTheMoneyInTransit() throws Exception {
		awaitSettled();
		NetworkCheck before = this.reports.networkCheck(ADMIN);
		String transferId = UUID.randomUUID().toString();
		long id = unusedEventId();

		assertThat(this.ledger.apply(issued(id, transferId, XICHENG, "5000.00", "1234.56")))
			.isTrue();

		TransferReconciliation sent = transfer(this.reports.reconciliation(YINGCHENG_SUPERVISOR, XICHENG), transferId);
		assertThat(sent.direction()).isEqualTo(TransferSide.OUT);
		assertThat(sent.status()).isEqualTo(ReconciliationStatus.IN_TRANSIT);
		assertThat(sent.sent()).isEqualByComparingTo("6234.56");
		assertThat(sent.received()).isZero();
		assertThat(sent.inTransit()).isEqualByComparingTo("6234.56");
		TransferReconciliation awaited = transfer(this.reports.reconciliation(XICHENG_SUPERVISOR, YINGCHENG),
				transferId);
		assertThat(awaited.direction()).isEqualTo(TransferSide.IN);
		assertThat(awaited.status()).isEqualTo(ReconciliationStatus.IN_TRANSIT);
		NetworkCheck travelling = this.reports.networkCheck(ADMIN);
		assertThat(travelling.moneyInTransit()).isEqualByComparingTo(before.moneyInTransit().add(new BigDecimal("6234.56")));
		assertThat(travelling.inTransitWithinDeployment())
			.isEqualByComparingTo(before.inTransitWithinDeployment().add(new BigDecimal("6234.56")));
		assertThat(travelling.funds()).isEqualByComparingTo(before.funds().subtract(new BigDecimal("6234.56")));
		assertThat(travelling.sumIsZero()).isTrue();

		assertThat(this.ledger.apply(received(id - 1, transferId, "5000.00", "1234.56", "6234.56"))).isTrue();
		TransferReconciliation settled = transfer(this.reports.reconciliation(YINGCHENG_SUPERVISOR, XICHENG),
				transferId);
		assertThat(settled.status()).isEqualTo(ReconciliationStatus.SETTLED);
		assertThat(settled.receivedPooledFund()).isEqualByComparingTo("5000.00");
		assertThat(settled.receivedIndividualAccount()).isEqualByComparingTo("1234.56");
		assertThat(this.reports.networkCheck(ADMIN).moneyInTransit()).isEqualByComparingTo(before.moneyInTransit());
	}

	@Test
	@Transactional
	void aStepAppliedTwiceBooksOnce() throws Exception {
		awaitSettled();
		String transferId = UUID.randomUUID().toString();
		long id = unusedEventId();
		TransferCaseChanged issued = issued(id, transferId, XICHENG, "100.00", "23.45");
		FundBalances before = this.reports.balances(YINGCHENG_SUPERVISOR);

		assertThat(this.ledger.apply(issued)).isTrue();
		assertThat(this.ledger.apply(issued)).as("delivered again").isFalse();

		assertThat(this.jdbc.sql("select count(*) from fund.journal_entry where source_event_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1);
		FundBalances after = this.reports.balances(YINGCHENG_SUPERVISOR);
		assertThat(after.entries()).isEqualTo(before.entries() + 1);
		assertThat(balance(after, FundAccount.IN_TRANSIT))
			.isEqualByComparingTo(balance(before, FundAccount.IN_TRANSIT).add(new BigDecimal("123.45")));
	}

	@Test
	void theRefundOfMonthsPaidTwiceGoesFromTheIndividualAccountFundToRefundsPayable() throws Exception {
		String idNumber = transfers().personMovedFromYingcheng("退费基金测试", null);
		long personId = transfers().personId(idNumber);
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/v1/persons/{id}/back-payments", personId)
				.with(as("xc-teller"))
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("""
						{"firstMonth": "2020-05", "lastMonth": "2020-08", "reason": "基金账簿测试"}"""))
			.andExpect(status().isCreated());
		transfers().bookedAtYingcheng(personId, "FLEXIBLE_WORKER", YearMonth.of(2020, 1), YearMonth.of(2020, 6),
				"5000.00", "400.00", LocalDate.now(SHANGHAI).getYear());
		awaitSettled();
		Map<FundAccount, BigDecimal> xicheng = balances("xc-supervisor");

		TransferFixtures.Issued issued = transfers().issuedFromYingcheng(idNumber);
		long in = issued.in();
		long out = issued.out();
		BigDecimal account = issued.individualAccount();
		BigDecimal pooled = issued.pooledFund();
		transfers().awaitState(in, "INFO_RECEIVED");
		transfers().act("xc-supervisor", in, "reconcile", "{}").andExpect(status().isOk());
		String continued = transfers().act("xc-supervisor", in, "continue-records", "{}")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		BigDecimal refund = amount(continued, "$.refundTotal");
		assertThat(refund).as("May and June 2020 paid at both agencies").isEqualByComparingTo("800.00");
		awaitSettled();

		Map<FundAccount, BigDecimal> after = balances("xc-supervisor");
		assertThat(after.get(FundAccount.REFUNDS_PAYABLE))
			.isEqualByComparingTo(xicheng.get(FundAccount.REFUNDS_PAYABLE).add(refund));
		assertThat(after.get(FundAccount.INDIVIDUAL_ACCOUNT_FUND)).as("received, less the refund set aside")
			.isEqualByComparingTo(xicheng.get(FundAccount.INDIVIDUAL_ACCOUNT_FUND).add(account).subtract(refund));
		assertThat(after.get(FundAccount.POOLED_FUND)).isEqualByComparingTo(xicheng.get(FundAccount.POOLED_FUND).add(pooled));
		String transferId = transferId(in);
		TransferReconciliation reconciled = transfer(this.reports.reconciliation(XICHENG_SUPERVISOR, YINGCHENG),
				transferId);
		assertThat(reconciled.refunded()).isEqualByComparingTo(refund);
		assertThat(reconciled.status()).as("a refund moves nothing between the agencies")
			.isEqualTo(ReconciliationStatus.SETTLED);
	}

	@Test
	void theNetworkCheckSumsToZeroAfterSeveralTransfersAndTheirMoneyHasMovedFromOneAgencyToTheOther()
			throws Exception {
		awaitSettled();
		NetworkCheck before = this.reports.networkCheck(ADMIN);
		BigDecimal pooled = BigDecimal.ZERO;
		BigDecimal total = BigDecimal.ZERO;
		for (int i = 0; i < 3; i++) {
			Moved moved = completedTransfer(personWithMoneyAtYingcheng("基金核对" + "甲乙丙".charAt(i), 1 + i));
			assertThat(moved.total()).isPositive();
			pooled = pooled.add(moved.pooledFund());
			total = total.add(moved.total());
		}
		awaitSettled();

		NetworkCheck after = this.reports.networkCheck(ADMIN);
		assertThat(after.sumIsZero()).isTrue();
		assertThat(after.total()).isZero();
		assertThat(after.balanced()).isTrue();
		assertThat(after.unbalancedEntries()).isEmpty();
		assertThat(after.agencies()).allSatisfy(agency -> assertThat(agency.total()).isZero());
		assertThat(after.funds().add(after.moneyInTransit())).isZero();
		assertThat(after.moneyInTransit()).as("every transfer arrived")
			.isEqualByComparingTo(before.moneyInTransit());
		assertThat(after.funds()).isEqualByComparingTo(before.funds());
		assertThat(pooledFund(after, YINGCHENG)).isEqualByComparingTo(pooledFund(before, YINGCHENG).subtract(pooled));
		assertThat(pooledFund(after, XICHENG)).isEqualByComparingTo(pooledFund(before, XICHENG).add(pooled));
		assertThat(after.totals().get(FundAccount.POOLED_FUND))
			.isEqualByComparingTo(before.totals().get(FundAccount.POOLED_FUND));
		assertThat(total).isPositive();
	}

	@Test
	@Transactional
	void aTransferWithAnAgencyKeptInAnotherDeploymentShowsOnlyThisSide() throws Exception {
		awaitSettled();
		NetworkCheck before = this.reports.networkCheck(ADMIN);
		String transferId = UUID.randomUUID().toString();
		assertThat(this.ledger.apply(issued(unusedEventId(), transferId, ELSEWHERE, "700.00", "300.00"))).isTrue();

		PairReconciliation pair = this.reports.reconciliation(YINGCHENG_SUPERVISOR, ELSEWHERE);
		assertThat(pair.scope()).isEqualTo(ReconciliationScope.THIS_SIDE_ONLY);
		assertThat(pair.outgoing().sent()).isEqualByComparingTo("1000.00");
		assertThat(pair.outgoing().received()).isNull();
		assertThat(pair.outgoing().inTransit()).isNull();
		assertThat(pair.incoming().sent()).isNull();
		TransferReconciliation only = transfer(pair, transferId);
		assertThat(only.status()).isEqualTo(ReconciliationStatus.THIS_SIDE_ONLY);
		assertThat(only.received()).isNull();
		assertThat(this.reports.pairs(YINGCHENG_SUPERVISOR)).filteredOn(p -> p.counterpartCode().equals(ELSEWHERE))
			.singleElement()
			.satisfies(p -> assertThat(p.scope()).isEqualTo(ReconciliationScope.THIS_SIDE_ONLY));

		NetworkCheck after = this.reports.networkCheck(ADMIN);
		assertThat(after.inTransitWithOtherDeployments())
			.isEqualByComparingTo(before.inTransitWithOtherDeployments().add(new BigDecimal("1000.00")));
		assertThat(after.inTransitWithinDeployment()).isEqualByComparingTo(before.inTransitWithinDeployment());
		assertThat(after.sumIsZero()).isTrue();
	}

	@Test
	@Transactional
	void theNetworkCheckListsAnEntryWhoseDebitsAndCreditsDiffer() throws Exception {
		awaitSettled();
		long id = unusedEventId();
		this.jdbc.sql("""
				insert into fund.journal_entry (agency_code, source_event_id, kind, transfer_id, counterpart_code,
				 booked_on, booked_at)
				values (?, ?, 'REMITTANCE_SENT', 'fund-test-broken', ?, current_date, current_timestamp)""")
			.params(YINGCHENG, id, XICHENG)
			.update();
		long entry = this.jdbc.sql("select id from fund.journal_entry where source_event_id = ?")
			.param(id)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into fund.journal_line (entry_id, account, debit, credit) values (?, 'IN_TRANSIT', 10.00, 0)")
			.param(entry)
			.update();

		NetworkCheck check = this.reports.networkCheck(ADMIN);
		assertThat(check.unbalancedEntries()).singleElement().satisfies(unbalanced -> {
			assertThat(unbalanced.entryId()).isEqualTo(entry);
			assertThat(unbalanced.debits()).isEqualByComparingTo("10.00");
			assertThat(unbalanced.credits()).isZero();
		});
		assertThat(check.sumIsZero()).isFalse();
		assertThat(check.total()).isEqualByComparingTo("10.00");
		assertThat(check.balanced()).isFalse();
	}

	/** What a completed transfer moved, as the info table stated it. */
	private record Moved(String transferId, BigDecimal pooledFund, BigDecimal individualAccount) {

		BigDecimal total() {
			return this.pooledFund.add(this.individualAccount);
		}

	}

	/**
	 * A person newly registered at Xicheng whose suspended relation at Yingcheng holds six months of 2019 from the
	 * month given, at 5,000 yuan with 8% credited to the account (the demo persons who moved are few and the suite's
	 * other tests need them); the ID number.
	 */
	private String personWithMoneyAtYingcheng(String name, int firstMonth) throws Exception {
		String idNumber = transfers().personMovedFromYingcheng(name, null);
		transfers().bookedAtYingcheng(transfers().personId(idNumber), "EMPLOYEE", YearMonth.of(2019, firstMonth),
				YearMonth.of(2019, firstMonth + 5), "5000.00", "400.00", LocalDate.now(SHANGHAI).getYear());
		return idNumber;
	}

	/** Walks a transfer-in of the person from Yingcheng to completion. */
	private Moved completedTransfer(String idNumber) throws Exception {
		TransferFixtures.Issued issued = transfers().issuedFromYingcheng(idNumber);
		transfers().completedAfterInfoIssued(issued.in(), issued.out());
		return new Moved(transferId(issued.in()), issued.pooledFund(), issued.individualAccount());
	}

	private String transferId(long caseId) {
		return this.jdbc.sql("select transfer_id from transfer.transfer_case where id = ?")
			.param(caseId)
			.query(String.class)
			.single();
	}

	private static TransferReconciliation transfer(PairReconciliation pair, String transferId) {
		return pair.transfers()
			.stream()
			.filter(t -> t.transferId().equals(transferId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("Not reconciled: " + transferId));
	}

	private static BigDecimal pooledFund(NetworkCheck check, String agency) {
		return check.agencies()
			.stream()
			.filter(a -> a.agencyCode().equals(agency))
			.map(a -> a.balances().get(FundAccount.POOLED_FUND))
			.findFirst()
			.orElse(BigDecimal.ZERO);
	}

	private static BigDecimal balance(FundBalances balances, FundAccount account) {
		return balances.accounts().stream().filter(a -> a.account() == account).findFirst().orElseThrow().balance();
	}

	/** The user's agency's balances, as the API answers them. */
	private Map<FundAccount, BigDecimal> balances(String username) throws Exception {
		String body = this.mvc.perform(get("/api/v1/funds/balances").with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> accounts = JsonPath.read(body, "$.accounts");
		Map<FundAccount, BigDecimal> balances = new HashMap<>();
		accounts.forEach(a -> balances.put(FundAccount.valueOf((String) a.get("account")),
				new BigDecimal(a.get("balance").toString())));
		return balances;
	}

	/** The step of a transfer-out at Yingcheng that issues the info table to the receiving agency. */
	private static TransferCaseChanged issued(long eventId, String transferId, String receiving, String pooled,
			String account) {
		LocalDate today = LocalDate.now(SHANGHAI);
		BigDecimal total = new BigDecimal(pooled).add(new BigDecimal(account));
		return new TransferCaseChanged(eventId, eventId, transferId, YINGCHENG, receiving, TransferSide.OUT,
				CaseAction.ISSUE_INFO, CaseState.LETTER_RECEIVED, CaseState.INFO_ISSUED, 1, "yc-steward", today,
				today.plusDays(20), today, new BigDecimal(pooled), new BigDecimal(account), total, null, null, null, null);
	}

	/** The step of the transfer-in at Xicheng at which the info table and the funds are both there. */
	private static TransferCaseChanged received(long eventId, String transferId, String pooled, String account,
			@Nullable String remitted) {
		LocalDate today = LocalDate.now(SHANGHAI);
		return new TransferCaseChanged(eventId, eventId, transferId, XICHENG, YINGCHENG, TransferSide.IN,
				CaseAction.RECEIVE_FUNDS, CaseState.CONTACT_LETTER_SENT, CaseState.INFO_RECEIVED, 1, "xc-steward",
				today, today.plusDays(20), today, new BigDecimal(pooled), new BigDecimal(account),
				remitted == null ? null : new BigDecimal(remitted), null, null, null, null);
	}

	/** An event id below every one the ledger holds: negative, so never a real one. */
	private long unusedEventId() {
		long lowest = this.jdbc.sql("select coalesce(min(source_event_id), 0) from fund.journal_entry")
			.query(Long.class)
			.single();
		return Math.min(lowest, 0) - 100;
	}

	private static CurrentUser staff(String username, String agency, Role role) {
		return new CurrentUser(username, username, UserKind.STAFF, Set.of(role), agency, null, null);
	}

	private static BigDecimal amount(String json, String path) {
		return new BigDecimal(JsonPath.read(json, path).toString());
	}

	/** Waits until every event published so far has been taken by its listeners (none failed). */
	private void awaitSettled() throws InterruptedException {
		for (int i = 0; i < 200 && pendingPublications() > 0; i++) {
			Thread.sleep(50);
		}
		assertThat(pendingPublications()).as("events still waiting for their listeners").isZero();
	}

	private long pendingPublications() {
		return this.jdbc.sql("select count(*) from event_publication where completion_date is null"
				+ " and (status is null or status <> 'FAILED')").query(Long.class).single();
	}

}
