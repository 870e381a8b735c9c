package org.jiexu.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.jiexu.IntegrationTestSupport;
import org.jiexu.transfer.TransferFixtures;
import org.jiexu.transfer.CaseAction;
import org.jiexu.transfer.CaseState;
import org.jiexu.transfer.TransferCaseChanged;
import org.jiexu.transfer.TransferSide;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The transfer dashboard counts what happens to transfers walked through the API (Yingcheng sends, Xicheng receives),
 * from its read models: each figure is compared before and after, because the suite shares one database.
 */
class TransferMonitoringIntegrationTests extends IntegrationTestSupport {

	private TransferFixtures transfers() {
		return new TransferFixtures(this.mvc, this.jdbc, this::unusedIdNumber);
	}

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	private TransferReadModels readModels;

	@Test
	void aTransferWalkedThroughBothSidesIsOpenedCompletedAtTheFirstAttemptAndItsMoneyCountsInAndOut()
			throws Exception {
		awaitSettled();
		Report xicheng = report("xc-supervisor");
		Report yingcheng = report("yc-supervisor");

		TransferFixtures.Issued issued = transfers().issuedFromYingcheng(movedPersonIdNumber());
		long in = issued.in();
		long out = issued.out();
		BigDecimal moved = issued.pooledFund().add(issued.individualAccount());
		assertThat(moved).isPositive();
		transfers().completedAfterInfoIssued(in, out);
		awaitSettled();

		Report xichengAfter = report("xc-supervisor");
		assertThat(xichengAfter.count("$.months[0].transferIn.opened")).isEqualTo(xicheng.count("$.months[0].transferIn.opened") + 1);
		assertThat(xichengAfter.count("$.transferInTotal.completed")).isEqualTo(xicheng.count("$.transferInTotal.completed") + 1);
		assertThat(xichengAfter.money("$.transferInTotal.fundsMoved"))
			.as("the money received is the info table's total")
			.isEqualByComparingTo(xicheng.money("$.transferInTotal.fundsMoved").add(moved));
		assertThat(xichengAfter.count("$.transferOutTotal.opened")).isEqualTo(xicheng.count("$.transferOutTotal.opened"));
		for (int attempt = 0; attempt < 3; attempt++) {
			assertThat(xichengAfter.count("$.transferInRates[" + attempt + "].completed"))
				.isEqualTo(xicheng.count("$.transferInRates[" + attempt + "].completed") + 1);
			assertThat(xichengAfter.count("$.transferInRates[" + attempt + "].opened"))
				.isEqualTo(xicheng.count("$.transferInRates[" + attempt + "].opened") + 1);
		}
		assertThat(xichengAfter.count("$.backlog.open")).as("completed: no longer open")
			.isEqualTo(xicheng.count("$.backlog.open"));

		Report yingchengAfter = report("yc-supervisor");
		assertThat(yingchengAfter.count("$.months[0].transferOut.opened")).isEqualTo(yingcheng.count("$.months[0].transferOut.opened") + 1);
		assertThat(yingchengAfter.count("$.months[0].transferOut.completed")).isEqualTo(yingcheng.count("$.months[0].transferOut.completed") + 1);
		assertThat(yingchengAfter.money("$.months[0].transferOut.fundsMoved"))
			.as("the pooled fund and the account remitted")
			.isEqualByComparingTo(yingcheng.money("$.months[0].transferOut.fundsMoved").add(moved));
		assertThat(yingchengAfter.count("$.transferOutRates[0].completed")).isEqualTo(yingcheng.count("$.transferOutRates[0].completed") + 1);
		assertThat(yingchengAfter.count("$.transferInTotal.opened")).isEqualTo(yingcheng.count("$.transferInTotal.opened"));
		assertThat(yingchengAfter.count("$.backlog.open")).isEqualTo(yingcheng.count("$.backlog.open"));
	}

	@Test
	void aLetterRejectedAndSentAgainLeavesTheBacklogReturnsToItAndCompletesAtTheSecondAttempt() throws Exception {
		awaitSettled();
		Report xicheng = report("xc-supervisor");
		Report yingcheng = report("yc-supervisor");

		long in = openedCase(movedPersonIdNumber());
		act("xc-supervisor", in, "send-contact-letter", "{}").andExpect(status().isOk());
		long out = awaitOutCaseOf(in);
		act("yc-supervisor", out, "reject", """
				{"reason": "姓名与我处记录不符"}""").andExpect(status().isOk());
		awaitState(in, "REJECTED");
		awaitSettled();
		Report xichengRejected = report("xc-supervisor");
		assertThat(xichengRejected.count("$.backlog.open")).as("a rejected case is not open")
			.isEqualTo(xicheng.count("$.backlog.open"));
		assertThat(report("yc-supervisor").count("$.backlog.open")).isEqualTo(yingcheng.count("$.backlog.open"));

		act("xc-supervisor", in, "resend-contact-letter", """
				{"reason": "已更正姓名"}""").andExpect(status().isOk());
		awaitState(out, "LETTER_RECEIVED");
		awaitSettled();
		Report xichengResent = report("xc-supervisor");
		assertThat(xichengResent.count("$.backlog.open")).as("the letter sent again reopens the case")
			.isEqualTo(xicheng.count("$.backlog.open") + 1);
		assertThat(xichengResent.backlogCases("IN", "CONTACT_LETTER_SENT"))
			.isEqualTo(xicheng.backlogCases("IN", "CONTACT_LETTER_SENT") + 1);
		assertThat(xichengResent.count("$.transferInTotal.opened")).as("reopened, not opened again")
			.isEqualTo(xicheng.count("$.transferInTotal.opened") + 1);
		Report yingchengResent = report("yc-supervisor");
		assertThat(yingchengResent.backlogCases("OUT", "LETTER_RECEIVED"))
			.isEqualTo(yingcheng.backlogCases("OUT", "LETTER_RECEIVED") + 1);
		assertThat(yingchengResent.count("$.transferOutTotal.opened")).isEqualTo(yingcheng.count("$.transferOutTotal.opened") + 1);

		act("yc-supervisor", out, "issue-info", "{}").andExpect(status().isOk());
		transfers().completedAfterInfoIssued(in, out);
		awaitSettled();

		Report xichengAfter = report("xc-supervisor");
		assertThat(xichengAfter.count("$.transferInTotal.opened")).isEqualTo(xicheng.count("$.transferInTotal.opened") + 1);
		assertThat(xichengAfter.count("$.transferInTotal.completed")).isEqualTo(xicheng.count("$.transferInTotal.completed") + 1);
		assertThat(xichengAfter.count("$.transferInRates[0].completed")).as("not at the first attempt")
			.isEqualTo(xicheng.count("$.transferInRates[0].completed"));
		assertThat(xichengAfter.count("$.transferInRates[1].completed")).as("by the second attempt")
			.isEqualTo(xicheng.count("$.transferInRates[1].completed") + 1);
		assertThat(xichengAfter.count("$.transferInRates[2].completed"))
			.isEqualTo(xicheng.count("$.transferInRates[2].completed") + 1);
		assertThat(xichengAfter.count("$.transferInRates[0].opened")).isEqualTo(xicheng.count("$.transferInRates[0].opened") + 1);
		assertThat(xichengAfter.count("$.backlog.open")).isEqualTo(xicheng.count("$.backlog.open"));
		Report yingchengAfter = report("yc-supervisor");
		assertThat(yingchengAfter.count("$.transferOutTotal.opened")).isEqualTo(yingcheng.count("$.transferOutTotal.opened") + 1);
		assertThat(yingchengAfter.count("$.transferOutTotal.completed")).isEqualTo(yingcheng.count("$.transferOutTotal.completed") + 1);
		assertThat(yingchengAfter.count("$.transferOutRates[0].completed")).isEqualTo(yingcheng.count("$.transferOutRates[0].completed"));
		assertThat(yingchengAfter.count("$.transferOutRates[1].completed")).isEqualTo(yingcheng.count("$.transferOutRates[1].completed") + 1);
	}

	@Test
	void anOpenCaseCountsInTheBacklogByStateAgeAndStewardAndAsOverdueOnceItsDueDateHasPassed() throws Exception {
		awaitSettled();
		Report before = report("xc-supervisor");
		String body = open("xc-supervisor", personMovedFromYingcheng()).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long in = ((Number) JsonPath.read(body, "$.id")).longValue();
		String steward = JsonPath.read(body, "$.steward");
		awaitSettled();
		Report opened = report("xc-supervisor");
		assertThat(opened.backlogCases("IN", "APPLIED")).isEqualTo(before.backlogCases("IN", "APPLIED") + 1);
		assertThat(opened.count("$.backlog.byAge.UP_TO_30_DAYS")).isEqualTo(before.count("$.backlog.byAge.UP_TO_30_DAYS") + 1);
		assertThat(opened.steward(steward, "open")).isEqualTo(before.steward(steward, "open") + 1);
		assertThat(opened.count("$.backlog.overdue")).isEqualTo(before.count("$.backlog.overdue"));

		LocalDate today = LocalDate.now(SHANGHAI);
		this.jdbc.sql("update reporting.case_standing set due_on = ?, opened_on = ? where case_id = ?")
			.params(java.sql.Date.valueOf(today.minusDays(400)), java.sql.Date.valueOf(today.minusDays(120)), in)
			.update();
		Report overdue = report("xc-supervisor");
		assertThat(overdue.count("$.backlog.overdue")).isEqualTo(before.count("$.backlog.overdue") + 1);
		assertThat(overdue.backlogOverdue("IN", "APPLIED")).isEqualTo(before.backlogOverdue("IN", "APPLIED") + 1);
		assertThat(overdue.steward(steward, "overdue")).isEqualTo(before.steward(steward, "overdue") + 1);
		assertThat(overdue.count("$.backlog.byAge.UP_TO_180_DAYS")).isEqualTo(before.count("$.backlog.byAge.UP_TO_180_DAYS") + 1);
		assertThat(overdue.count("$.backlog.byAge.UP_TO_30_DAYS")).isEqualTo(before.count("$.backlog.byAge.UP_TO_30_DAYS"));
		List<Map<String, Object>> listed = overdue.json().read("$.overdueCases[?(@.caseId == " + in + ")]");
		assertThat(listed).hasSize(1);
		assertThat(listed.get(0)).containsEntry("daysOverdue", 400).containsEntry("state", "APPLIED")
			.containsEntry("steward", steward);

		act("xc-supervisor", in, "send-contact-letter", "{}").andExpect(status().isOk());
		awaitSettled();
		Report sent = report("xc-supervisor");
		assertThat(sent.count("$.backlog.overdue")).as("the letter's step brings a new due date")
			.isEqualTo(before.count("$.backlog.overdue"));
		assertThat(sent.backlogCases("IN", "APPLIED")).isEqualTo(before.backlogCases("IN", "APPLIED"));
		assertThat(sent.backlogCases("IN", "CONTACT_LETTER_SENT")).isEqualTo(before.backlogCases("IN", "CONTACT_LETTER_SENT") + 1);
		assertThat(sent.steward(steward, "open")).isEqualTo(before.steward(steward, "open") + 1);
	}

	@Test
	void theSameStepDeliveredTwiceOrLateIsCountedOnce() throws Exception {
		awaitSettled();
		LocalDate today = LocalDate.now(SHANGHAI);
		long id = unusedNegativeId();
		TransferCaseChanged applied = step(id, id, CaseAction.APPLY, null, CaseState.APPLIED, 0, today.plusDays(20), null);
		TransferCaseChanged sent = step(id + 1, id, CaseAction.SEND_CONTACT_LETTER, CaseState.APPLIED,
				CaseState.CONTACT_LETTER_SENT, 1, today.plusDays(20), null);
		TransferCaseChanged rejected = step(id + 2, id, CaseAction.RECEIVE_REJECTION, CaseState.CONTACT_LETTER_SENT,
				CaseState.REJECTED, 1, null, null);
		TransferCaseChanged resent = step(id + 3, id, CaseAction.RESEND_CONTACT_LETTER, CaseState.REJECTED,
				CaseState.CONTACT_LETTER_SENT, 2, today.plusDays(20), null);
		TransferCaseChanged received = step(id + 4, id, CaseAction.RECEIVE_FUNDS, CaseState.CONTACT_LETTER_SENT,
				CaseState.INFO_RECEIVED, 2, today.plusDays(20), new BigDecimal("1234.56"));
		TransferCaseChanged mismatch = step(id + 5, id, CaseAction.RECONCILE, CaseState.INFO_RECEIVED,
				CaseState.INFO_RECEIVED, 2, today.plusDays(20), new BigDecimal("1234.56"));
		TransferCaseChanged completed = step(id + 6, id, CaseAction.COMPLETE, CaseState.RECORDS_CONTINUED,
				CaseState.COMPLETED, 2, null, new BigDecimal("1234.56"));
		Report before = report("xc-supervisor");

		for (TransferCaseChanged step : List.of(applied, sent, received)) {
			assertThat(this.readModels.apply(step)).isTrue();
			assertThat(this.readModels.apply(step)).as("delivered again").isFalse();
		}
		Report waiting = report("xc-supervisor");
		assertThat(waiting.count("$.transferInTotal.opened")).isEqualTo(before.count("$.transferInTotal.opened") + 1);
		assertThat(waiting.money("$.transferInTotal.fundsMoved"))
			.isEqualByComparingTo(before.money("$.transferInTotal.fundsMoved").add(new BigDecimal("1234.56")));
		assertThat(waiting.backlogCases("IN", "INFO_RECEIVED")).isEqualTo(before.backlogCases("IN", "INFO_RECEIVED") + 1);

		assertThat(this.readModels.apply(mismatch)).isTrue();
		assertThat(this.readModels.apply(completed)).isTrue();
		assertThat(this.readModels.apply(completed)).isFalse();
		assertThat(this.readModels.apply(rejected)).as("a step applied after a later one").isTrue();
		assertThat(this.readModels.apply(resent)).isTrue();
		Report after = report("xc-supervisor");
		assertThat(after.count("$.transferInTotal.opened")).isEqualTo(before.count("$.transferInTotal.opened") + 1);
		assertThat(after.count("$.transferInTotal.completed")).isEqualTo(before.count("$.transferInTotal.completed") + 1);
		assertThat(after.money("$.transferInTotal.fundsMoved")).as("a mismatch found on reconciling moves no money")
			.isEqualByComparingTo(before.money("$.transferInTotal.fundsMoved").add(new BigDecimal("1234.56")));
		assertThat(after.count("$.transferInRates[0].completed")).isEqualTo(before.count("$.transferInRates[0].completed"));
		assertThat(after.count("$.transferInRates[1].completed")).isEqualTo(before.count("$.transferInRates[1].completed") + 1);
		assertThat(after.count("$.backlog.open")).as("the late steps do not reopen the completed case")
			.isEqualTo(before.count("$.backlog.open"));
		assertThat(this.jdbc.sql("select state from reporting.case_standing where case_id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("COMPLETED");
	}

	@Test
	void onlySupervisorsAndAdministratorsSeeTheirOwnAgencysReport() throws Exception {
		for (String refused : List.of("xc-steward", "xc-teller", "xc-auditor", "person-demo", "employer-demo")) {
			this.mvc.perform(get("/api/v1/reports/transfers").with(as(refused))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/reports/transfers").with(as("xc-steward"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/reports/transfers").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agencyCode").value(XICHENG));
		this.mvc.perform(get("/api/v1/reports/transfers").with(as("yc-supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agencyCode").value(YINGCHENG));
		this.mvc.perform(get("/").with(as("xc-supervisor"))).andExpect(content().string(containsString("nav-reports")));
		this.mvc.perform(get("/").with(as("xc-steward")))
			.andExpect(content().string(not(containsString("nav-reports"))));
	}

	@Test
	void theDefaultPeriodIsTheLastTwelveMonthsByTheClock() throws Exception {
		YearMonth current = YearMonth.now(SHANGHAI);
		this.mvc.perform(get("/api/v1/reports/transfers").with(as("xc-supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value(current.minusMonths(11).toString()))
			.andExpect(jsonPath("$.to").value(current.toString()))
			.andExpect(jsonPath("$.months", hasSize(12)))
			.andExpect(jsonPath("$.months[11].month").value(current.toString()))
			.andExpect(jsonPath("$.transferInRates", hasSize(3)));
		this.mvc.perform(get("/api/v1/reports/transfers").param("to", "2026-03").with(as("xc-supervisor")))
			.andExpect(jsonPath("$.from").value("2025-04"))
			.andExpect(jsonPath("$.months", hasSize(12)));
	}

	@Test
	void badMonthsAreRefusedWithTheReasonInChineseOrEnglish() throws Exception {
		this.mvc.perform(get("/api/v1/reports/transfers").param("from", "2026-13").with(as("xc-supervisor")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"))
			.andExpect(jsonPath("$.detail").value(containsString("不是有效的年月")));
		this.mvc.perform(get("/api/v1/reports/transfers").param("from", "2026-13")
			.header("Accept-Language", "en")
			.with(as("xc-supervisor")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("is not a valid month")));
		this.mvc.perform(get("/api/v1/reports/transfers").param("from", "Jan").param("to", "2026/02")
			.with(as("xc-supervisor")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[1].field").value("to"));
		this.mvc.perform(get("/api/v1/reports/transfers").param("from", "2026-06").param("to", "2026-01")
			.header("Accept-Language", "en")
			.with(as("xc-supervisor")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"))
			.andExpect(jsonPath("$.detail").value("The last month 2026-01 is before the first month 2026-06."));
		this.mvc.perform(get("/api/v1/reports/transfers").param("from", "2020-01").param("to", "2026-01")
			.with(as("xc-supervisor")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("一次最多查询 60 个月，2020-01 至 2026-01 共 73 个月。"));
		this.mvc.perform(get("/reports/transfers").param("to", "2026-00").with(as("xc-supervisor")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("alert-danger"), containsString("不是有效的年月"),
					not(containsString("id=\"months\"")))));
	}

	@Test
	void thePageShowsTheFiguresAsChartsAndTablesInChineseAndEnglish() throws Exception {
		String opened = open("xc-supervisor", personMovedFromYingcheng()).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String steward = JsonPath.read(opened, "$.steward");
		awaitSettled();
		Report figures = report("xc-supervisor");
		YearMonth current = YearMonth.now(SHANGHAI);
		String page = this.mvc
			.perform(get("/reports/transfers").param("from", current.toString())
				.param("to", current.toString())
				.with(as("xc-supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("转移接续监控"), containsString("转入新增"),
					containsString("一次办结率"), containsString("各管家在办案件"),
					containsString("/dist/echarts.min.js"), containsString("chart-monthly"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"total-in-opened\">" + figures.count("$.transferInTotal.opened") + "<")
			.contains("id=\"total-in-completed\">" + figures.count("$.transferInTotal.completed") + "<")
			.contains("id=\"total-out-opened\">" + figures.count("$.transferOutTotal.opened") + "<")
			.contains("id=\"in-opened-" + current + "\">" + figures.count("$.months[0].transferIn.opened") + "<")
			.contains("id=\"key-open\">" + figures.count("$.backlog.open") + "<")
			.contains("id=\"key-overdue\">" + figures.count("$.backlog.overdue") + "<")
			.contains("id=\"backlog-IN-APPLIED-open\">" + figures.backlogCases("IN", "APPLIED") + "<")
			.contains("id=\"steward-" + steward + "-open\">" + figures.steward(steward, "open") + "<");
		this.mvc.perform(get("/reports/transfers").param("lang", "en").with(as("xc-supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Transfer monitoring"), containsString("New transfer-ins"),
					containsString("First attempt"), containsString("Open cases per steward"),
					containsString("id=\"total-in-opened\">"), not(containsString("转入新增")))));
		this.mvc.perform(get("/webjars/echarts/dist/echarts.min.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("echarts")));
		this.mvc.perform(get("/js/transfer-report.js")).andExpect(status().isOk());
	}

	/** A step of a case that only the read models see (ids below any real one), at Xicheng, side IN. */
	private static TransferCaseChanged step(long eventId, long caseId, CaseAction action, @Nullable CaseState from,
			CaseState to, int attempt, @Nullable LocalDate dueOn, @Nullable BigDecimal remitted) {
		LocalDate today = LocalDate.now(SHANGHAI);
		return new TransferCaseChanged(eventId, caseId, "replay-" + caseId, XICHENG, YINGCHENG, TransferSide.IN, action,
				from, to, attempt, "xc-steward", today, dueOn, today, remitted == null ? null : new BigDecimal("1000.00"),
				remitted == null ? null : remitted.subtract(new BigDecimal("1000.00")), remitted, null, null, null, null);
	}

	/** An id below every event and case id the read models hold: negative, so never a real one. */
	private long unusedNegativeId() {
		long events = this.jdbc.sql("select coalesce(min(event_id), 0) from reporting.applied_event")
			.query(Long.class)
			.single();
		long cases = this.jdbc.sql("select coalesce(min(case_id), 0) from reporting.case_standing")
			.query(Long.class)
			.single();
		return Math.min(Math.min(events, cases), 0) - 100;
	}

	/** The current month's report of the user's agency. */
	private Report report(String username) throws Exception {
		YearMonth current = YearMonth.now(SHANGHAI);
		String body = this.mvc
			.perform(get("/api/v1/reports/transfers").param("from", current.toString())
				.param("to", current.toString())
				.with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new Report(JsonPath.parse(body));
	}

	/** A report as the API answered it, read by JSON path. */
	private record Report(DocumentContext json) {

		long count(String path) {
			return ((Number) this.json.read(path)).longValue();
		}

		BigDecimal money(String path) {
			return new BigDecimal(this.json.read(path).toString());
		}

		long backlogCases(String side, String state) {
			return sum("$.backlog.byState[?(@.side == '" + side + "' && @.state == '" + state + "')].cases");
		}

		long backlogOverdue(String side, String state) {
			return sum("$.backlog.byState[?(@.side == '" + side + "' && @.state == '" + state + "')].overdue");
		}

		long steward(String steward, String field) {
			return sum("$.stewards[?(@.steward == '" + steward + "')]." + field);
		}

		private long sum(String path) {
			List<Number> values = this.json.read(path);
			return values.stream().mapToLong(Number::longValue).sum();
		}

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

	/** A demo person contributing at Xicheng, with a suspended relation and records at Yingcheng, without a transfer. */
	private String movedPersonIdNumber() {
		return transfers().movedDemoPerson();
	}

	/** A newly registered person at Xicheng whose earlier relation at Yingcheng is suspended there. */
	private String personMovedFromYingcheng() throws Exception {
		return transfers().personMovedFromYingcheng("监控测试", null);
	}

	private ResultActions open(String username, String idNumber) throws Exception {
		return transfers().open(username, idNumber);
	}

	private long openedCase(String idNumber) throws Exception {
		return transfers().openedCase(idNumber);
	}

	private ResultActions act(String username, long caseId, String action, String body) throws Exception {
		return transfers().act(username, caseId, action, body);
	}

	/** Waits for a case to reach the state (the other agency's side moves when a message arrives). */
	private void awaitState(long caseId, String state) throws InterruptedException {
		transfers().awaitState(caseId, state);
	}

	private long awaitOutCaseOf(long inCaseId) throws InterruptedException {
		return transfers().awaitOutCaseOf(inCaseId);
	}

	private @Nullable String stateOrNull(long caseId) {
		return transfers().stateOf(caseId);
	}

}
