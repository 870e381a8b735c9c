package org.jiexu.transfer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jiexu.IntegrationTestSupport;
import org.jiexu.policy.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A transfer from Yingcheng (sending) to Xicheng (receiving) through the API, both sides in this deployment and
 * talking through the in-process exchange: the states, the refusals, the attempts, the stewards and the scope.
 */
class TransferCaseIntegrationTests extends IntegrationTestSupport {

	private TransferFixtures transfers() {
		return new TransferFixtures(this.mvc, this.jdbc, this::unusedIdNumber);
	}

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	/**
	 * A newly registered person contributing at Xicheng (hukou Beijing) whose earlier relation at Yingcheng is
	 * suspended there, as the registry holds such a person after a move.
	 */
	private String personMovedFromYingcheng() throws Exception {
		return transfers().personMovedFromYingcheng("转移测试", null);
	}

	/** Waits for the other agency's side to take a message (the exchange delivers after the sender commits). */
	private void awaitState(long caseId, String state) throws InterruptedException {
		transfers().awaitState(caseId, state);
	}

	private long awaitOutCaseOf(long inCaseId) throws InterruptedException {
		return transfers().awaitOutCaseOf(inCaseId);
	}

	private String stateOrNull(long caseId) {
		return transfers().stateOf(caseId);
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

	private String stateOf(long caseId) {
		return transfers().stateOf(caseId);
	}

	@Test
	void aTransferFromYingchengToXichengRunsThroughBothSidesToCompletion() throws Exception {
		String idNumber = transfers().movedDemoPerson();
		long personId = transfers().personId(idNumber);
		LocalDate due = WorkingDayCalendar.standard().addWorkingDays(TODAY, 15).date();

		long in = openedCase(idNumber);
		this.mvc.perform(get("/api/v1/transfer-cases/{id}", in).with(as("xc-supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("APPLIED"))
			.andExpect(jsonPath("$.side").value("IN"))
			.andExpect(jsonPath("$.steward").value(not(nullValue())))
			.andExpect(jsonPath("$.dueOn").value(due.toString()))
			.andExpect(jsonPath("$.checks[?(@.outcome == 'FAIL')]", hasSize(0)))
			.andExpect(jsonPath("$.checks[?(@.code == 'BENEFIT_PLACE')].message",
					org.hamcrest.Matchers.contains(containsString("待遇领取地"))))
			.andExpect(jsonPath("$.actions").value(org.hamcrest.Matchers.hasItem("send-contact-letter")));

		act("xc-supervisor", in, "send-contact-letter", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CONTACT_LETTER_SENT"))
			.andExpect(jsonPath("$.attempt").value(1))
			.andExpect(jsonPath("$.messages[0].kind").value("CONTACT_LETTER"));

		long out = awaitOutCaseOf(in);
		BigDecimal heldAtYingcheng = balance(personId, YINGCHENG);
		BigDecimal heldAtXicheng = balance(personId, XICHENG);
		assertThat(heldAtYingcheng).isPositive();
		this.mvc.perform(get("/api/v1/transfer-cases").param("side", "OUT").with(as("yc-supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + out + ")].state").value(org.hamcrest.Matchers.hasItem("LETTER_RECEIVED")));
		String issued = act("yc-supervisor", out, "issue-info", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("INFO_ISSUED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		BigDecimal pooled = new BigDecimal(JsonPath.read(issued, "$.pooledFund").toString());
		BigDecimal account = new BigDecimal(JsonPath.read(issued, "$.individualAccount").toString());
		assertThat(pooled).as("12% of the bases from 1998 at Yingcheng, year by year to the fen")
			.isEqualByComparingTo(pooledFundAt(personId, YINGCHENG));
		assertThat(account).as("the whole account moves, normalised to 11% / 8% (a history before 1998 keeps part back)")
			.isEqualByComparingTo(heldAtYingcheng.add(normalisedAt(personId, YINGCHENG)));
		assertThat(balance(personId, YINGCHENG)).as("the sending account is emptied").isZero();

		awaitState(in, "INFO_RECEIVED");
		this.mvc.perform(get("/api/v1/transfer-cases/{id}", in).with(as("xc-supervisor")))
			.andExpect(jsonPath("$.state").value("INFO_RECEIVED"))
			.andExpect(jsonPath("$.messages[*].kind").value(org.hamcrest.Matchers.contains("CONTACT_LETTER",
					"INFO_TABLE", "FUND_REMITTANCE")))
			.andExpect(jsonPath("$.messages[0].receivedAt").value(not(nullValue())))
			.andExpect(jsonPath("$.infoTotal").value(pooled.add(account).doubleValue()))
			.andExpect(jsonPath("$.remittedTotal").value(pooled.add(account).doubleValue()))
			.andExpect(jsonPath("$.dueOn").value(due.toString()));

		act("yc-supervisor", out, "terminate-relation", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("RELATION_TERMINATED"));
		assertThat(this.jdbc.sql("select state from registry.insurance_relation where insured_person = ? and agency_code = ?")
			.params(personId, YINGCHENG)
			.query(String.class)
			.single()).isEqualTo("TRANSFERRED_OUT");

		this.mvc.perform(get("/api/v1/persons/{id}/contributions", personId).with(as("xc-supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.records[?(@.agencyCode == '" + YINGCHENG + "')]").isNotEmpty());
		act("xc-supervisor", in, "reconcile", "{}").andExpect(jsonPath("$.state").value("RECONCILED"));
		act("xc-supervisor", in, "continue-records", "{}").andExpect(jsonPath("$.state").value("RECORDS_CONTINUED"))
			.andExpect(jsonPath("$.overlapMonths").value(0))
			.andExpect(jsonPath("$.refundTotal").value(0.0));
		assertThat(balance(personId, XICHENG)).as("credited with what left Yingcheng")
			.isEqualByComparingTo(heldAtXicheng.add(account));
		act("xc-supervisor", in, "complete", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("COMPLETED"))
			.andExpect(jsonPath("$.completedOn").value(TODAY.toString()))
			.andExpect(jsonPath("$.dueOn").value(nullValue()))
			.andExpect(jsonPath("$.history[*].action").value(org.hamcrest.Matchers.containsInAnyOrder("APPLY",
					"SEND_CONTACT_LETTER", "RECEIVE_INFO_TABLE", "RECEIVE_FUNDS", "RECONCILE", "CONTINUE_RECORDS",
					"COMPLETE")))
			.andExpect(jsonPath("$.history[0].action").value("APPLY"))
			.andExpect(jsonPath("$.history[6].action").value("COMPLETE"))
			.andExpect(jsonPath("$.history[2].actor").value("exchange:" + YINGCHENG));

		awaitState(out, "COMPLETED");
	}

	private BigDecimal balance(long personId, String agency) {
		return transfers().balance(personId, agency);
	}

	/** What the normalisation added to (or took from) the person's account at the agency before it moved. */
	private BigDecimal normalisedAt(long personId, String agency) {
		return transfers().postings(personId, agency, "NORMALISATION").stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private void backPay(String username, long personId, String from, String to) throws Exception {
		this.mvc
			.perform(post("/api/v1/persons/{id}/back-payments", personId).with(as(username))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"firstMonth": "%s", "lastMonth": "%s", "reason": "转移测试"}""".formatted(from, to)))
			.andExpect(status().isCreated());
	}

	/**
	 * Months of a year at Yingcheng as taken over from its earlier system (a back-payment would refuse months
	 * recorded elsewhere; histories taken over are where such overlaps come from): records at 5,000 yuan with 400
	 * yuan credited to the account, and the account's credits.
	 */
	private void takenOverAtYingcheng(long personId, int year, int firstMonth, int lastMonth) {
		transfers().bookedAtYingcheng(personId, "FLEXIBLE_WORKER", java.time.YearMonth.of(year, firstMonth),
				java.time.YearMonth.of(year, lastMonth), "5000.00", "400.00", TODAY.getYear());
	}

	@Test
	void monthsPaidAtBothAgenciesHaveTheirAccountPartRefundedWhenTheAccountIsContinued() throws Exception {
		String idNumber = personMovedFromYingcheng();
		long personId = this.jdbc.sql("select id from registry.insured_person where id_number = ?")
			.param(idNumber)
			.query(Long.class)
			.single();
		backPay("xc-teller", personId, "2020-05", "2020-08");
		takenOverAtYingcheng(personId, 2020, 1, 6);
		BigDecimal creditedAtYingcheng = balance(personId, YINGCHENG);
		BigDecimal creditedAtXicheng = balance(personId, XICHENG);
		BigDecimal twice = this.jdbc.sql("""
				select sum(account_credit) from contribution.contribution_record where person_id = ? and agency_code = ?
				and contribution_month in (date '2020-05-01', date '2020-06-01')""")
			.params(personId, YINGCHENG)
			.query(BigDecimal.class)
			.single();

		long in = openedCase(idNumber);
		act("xc-supervisor", in, "send-contact-letter", "{}").andExpect(status().isOk());
		long out = awaitOutCaseOf(in);
		this.mvc.perform(get("/api/v1/transfer-cases/{id}", out).with(as("yc-supervisor")))
			.andExpect(jsonPath("$.checks[?(@.code == 'OVERLAP')].outcome").value(org.hamcrest.Matchers.contains("WARN")))
			.andExpect(jsonPath("$.checks[?(@.code == 'OVERLAP')].message")
				.value(org.hamcrest.Matchers.contains(containsString("2 个月"))));
		act("yc-supervisor", out, "issue-info", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.individualAccount").value(creditedAtYingcheng.doubleValue()));
		awaitState(in, "INFO_RECEIVED");
		act("xc-supervisor", in, "reconcile", "{}").andExpect(status().isOk());
		act("xc-supervisor", in, "continue-records", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.overlapMonths").value(2))
			.andExpect(jsonPath("$.refundTotal").value(twice.doubleValue()));

		assertThat(balance(personId, YINGCHENG)).isZero();
		assertThat(balance(personId, XICHENG)).as("both accounts together, less the months paid twice")
			.isEqualByComparingTo(creditedAtXicheng.add(creditedAtYingcheng).subtract(twice));
		act("xc-supervisor", in, "continue-records", "{}").andExpect(status().isConflict());
		assertThat(balance(personId, XICHENG)).as("nothing is booked twice")
			.isEqualByComparingTo(creditedAtXicheng.add(creditedAtYingcheng).subtract(twice));
	}

	/** The oracle of the pooled fund: 12% of each year's bases from 1998, rounded half-up to the fen per year. */
	private BigDecimal pooledFundAt(long personId, String agency) {
		List<Map<String, Object>> years = this.jdbc.sql("""
				select extract(year from contribution_month) as y, sum(base) as bases from contribution.contribution_record
				where person_id = ? and agency_code = ? and contribution_month >= date '1998-01-01'
				group by extract(year from contribution_month)""").params(personId, agency).query().listOfRows();
		return years.stream()
			.map(row -> new BigDecimal(row.get("bases").toString()).multiply(new BigDecimal("0.12"))
				.setScale(2, RoundingMode.HALF_UP))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	@Test
	void anActionThatDoesNotFitTheStateIsRefusedWithTheReasonAndChangesNothing() throws Exception {
		long in = openedCase(personMovedFromYingcheng());
		act("xc-supervisor", in, "reconcile", "{}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("已受理")));
		act("xc-supervisor", in, "issue-info", "{}").andExpect(status().isConflict());
		act("xc-supervisor", in, "fly", "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("send-contact-letter")));
		assertThat(stateOf(in)).isEqualTo("APPLIED");
		assertThat(this.jdbc.sql("select count(*) from transfer.case_event where case_id = ?")
			.param(in)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theSendingAgencyRejectsAndACorrectedLetterIsTheSecondAttempt() throws Exception {
		long in = openedCase(personMovedFromYingcheng());
		act("xc-supervisor", in, "send-contact-letter", "{}").andExpect(status().isOk());
		long out = awaitOutCaseOf(in);
		act("yc-supervisor", out, "reject", "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		act("yc-supervisor", out, "reject", """
				{"reason": "身份证号与我处记录不符"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("REJECTED"))
			.andExpect(jsonPath("$.dueOn").value(nullValue()));

		awaitState(in, "REJECTED");
		this.mvc.perform(get("/api/v1/transfer-cases/{id}", in).with(as("xc-supervisor")))
			.andExpect(jsonPath("$.state").value("REJECTED"))
			.andExpect(jsonPath("$.rejectedBy").value("SENDING"))
			.andExpect(jsonPath("$.rejectionReason").value("身份证号与我处记录不符"))
			.andExpect(jsonPath("$.actions").value(org.hamcrest.Matchers.hasItem("resend-contact-letter")));
		act("xc-supervisor", in, "resend-contact-letter", """
				{"reason": "已更正身份证号"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CONTACT_LETTER_SENT"))
			.andExpect(jsonPath("$.attempt").value(2))
			.andExpect(jsonPath("$.rejectedBy").value(nullValue()));
		awaitState(out, "LETTER_RECEIVED");
		assertThat(this.jdbc.sql("select attempt from transfer.transfer_case where id = ?")
			.param(out)
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void theReceivingAgencyRefusesAnApplicationOnlyWithAReasonAndCannotResendIt() throws Exception {
		long in = openedCase(personMovedFromYingcheng());
		act("xc-supervisor", in, "reject", """
				{"reason": "申请材料不全"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("REJECTED"))
			.andExpect(jsonPath("$.rejectedBy").value("RECEIVING"))
			.andExpect(jsonPath("$.actions").value(not(org.hamcrest.Matchers.hasItem("resend-contact-letter"))));
		act("xc-supervisor", in, "resend-contact-letter", """
				{"reason": "再试"}""").andExpect(status().isConflict());
	}

	@Test
	void openingRefusesEveryBadFieldAtOnceAndCreatesNothing() throws Exception {
		long before = this.jdbc.sql("select count(*) from transfer.transfer_case").query(Long.class).single();
		this.mvc.perform(post("/api/v1/transfer-cases").with(as("xc-supervisor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"idNumber": "110102198001010010", "sendingAgencyCode": "99999999", "insuranceType": "HEALTH"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[1].field").value("sendingAgencyCode"))
			.andExpect(jsonPath("$.errors[2].field").value("insuranceType"));
		this.mvc.perform(post("/api/v1/transfer-cases").with(as("xc-supervisor"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"idNumber": "%s", "sendingAgencyCode": "%s", "insuranceType": "EMPLOYEE_PENSION"}"""
				.formatted(personMovedFromYingcheng(), XICHENG)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sendingAgencyCode"));
		assertThat(this.jdbc.sql("select count(*) from transfer.transfer_case").query(Long.class).single())
			.isEqualTo(before);
	}

	@Test
	void aSecondOpenTransferInForThePersonFromTheSameAgencyIsRefused() throws Exception {
		String idNumber = personMovedFromYingcheng();
		long in = openedCase(idNumber);
		open("xc-supervisor", idNumber).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString(String.valueOf(in))));
	}

	@Test
	void eachAgencySeesItsOwnSideOnly() throws Exception {
		long in = openedCase(personMovedFromYingcheng());
		this.mvc.perform(get("/api/v1/transfer-cases/{id}", in).with(as("yc-supervisor")))
			.andExpect(status().isNotFound());
		act("yc-supervisor", in, "send-contact-letter", "{}").andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/transfer-cases/{id}", in).with(as("xc-reviewer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.person.idNumber").value(containsString("*")))
			.andExpect(jsonPath("$.actions", hasSize(0)));
		act("xc-reviewer", in, "send-contact-letter", "{}").andExpect(status().isForbidden());
	}

	@Test
	void aSupervisorReassignsACaseToAStewardOfTheAgencyOnly() throws Exception {
		long in = openedCase(personMovedFromYingcheng());
		act("xc-steward", in, "reassign", """
				{"steward": "xc-supervisor"}""").andExpect(status().isForbidden());
		act("xc-supervisor", in, "reassign", """
				{"steward": "yc-steward"}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("steward"));
		act("xc-supervisor", in, "reassign", """
				{"steward": "xc-supervisor", "reason": "休假"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.steward").value("xc-supervisor"))
			.andExpect(jsonPath("$.state").value("APPLIED"))
			.andExpect(jsonPath("$.history[1].action").value("REASSIGN"))
			.andExpect(jsonPath("$.history[1].reason").value("休假 → xc-supervisor"));
	}

	@Test
	void aNewCaseGoesToTheStewardWithTheFewestOpenCases() throws Exception {
		List<String> stewards = this.jdbc.sql("""
				select username from identity.app_user where agency_code = ? and enabled and kind = 'STAFF'
				and (roles = 'STEWARD' or roles like 'STEWARD,%' or roles like '%,STEWARD' or roles like '%,STEWARD,%')
				order by username""").param(XICHENG).query(String.class).list();
		Map<String, Long> open = new java.util.HashMap<>();
		stewards.forEach(s -> open.put(s, this.jdbc.sql("""
				select count(*) from transfer.transfer_case where agency_code = ? and steward = ?
				and state not in ('COMPLETED', 'REJECTED')""").params(XICHENG, s).query(Long.class).single()));
		String expected = stewards.stream()
			.min(java.util.Comparator.comparingLong((String s) -> open.get(s)).thenComparing(s -> s))
			.orElseThrow();
		long in = openedCase(personMovedFromYingcheng());
		assertThat(this.jdbc.sql("select steward from transfer.transfer_case where id = ?")
			.param(in)
			.query(String.class)
			.single()).isEqualTo(expected);
	}

	@Test
	void anEmployersHandlerAppliesForTheirStaffAndFollowsTheCaseWithoutWorkingIt() throws Exception {
		long employer = userScope("employer-demo", "employer_id");
		String idNumber = unusedIdNumber();
		this.mvc
			.perform(post("/api/v1/persons").with(as("xc-teller"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"idNumber": "%s", "name": "单位申请", "employerId": %d}""".formatted(idNumber, employer)))
			.andExpect(status().isCreated());
		this.jdbc.sql("insert into registry.insurance_relation (insured_person, agency_code, state, started_on)"
				+ " values (?, ?, 'SUSPENDED', ?)")
			.params(transfers().personId(idNumber), YINGCHENG, java.sql.Date.valueOf(LocalDate.of(2013, 5, 1)))
			.update();
		String body = open("employer-demo", idNumber).andExpect(status().isCreated())
			.andExpect(jsonPath("$.agency.code").value(XICHENG))
			.andExpect(jsonPath("$.person.idNumber").value(containsString("*")))
			.andExpect(jsonPath("$.actions", hasSize(0)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long in = ((Number) JsonPath.read(body, "$.id")).longValue();
		this.mvc.perform(get("/api/v1/transfer-cases").with(as("employer-demo")))
			.andExpect(jsonPath("$[?(@.id == " + in + ")]").isNotEmpty());
		act("employer-demo", in, "send-contact-letter", "{}").andExpect(status().isForbidden());
		act("xc-supervisor", in, "send-contact-letter", "{}").andExpect(status().isOk());

		long other = openedCase(personMovedFromYingcheng());
		this.mvc.perform(get("/api/v1/transfer-cases/{id}", other).with(as("employer-demo")))
			.andExpect(status().isNotFound());
		open("employer-demo", personMovedFromYingcheng()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"));
	}

	@Test
	void aTransferInForAPersonDrawingAPensionIsRefusedAtTheContactLetterCitingThePolicy() throws Exception {
		String idNumber = personMovedFromYingcheng();
		long in = openedCase(idNumber);
		transfers().pensionStarted("yc-steward", idNumber, "2024-05");

		this.mvc.perform(get("/api/v1/transfer-cases/{id}", in).with(as("xc-supervisor")))
			.andExpect(jsonPath("$.checks[?(@.code == 'NOT_DRAWING_PENSION')].outcome")
				.value(org.hamcrest.Matchers.contains("FAIL")))
			.andExpect(jsonPath("$.checks[?(@.code == 'NOT_DRAWING_PENSION')].message")
				.value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.allOf(containsString("应城市社会保险局"),
						containsString("2024-05"), containsString("国办发〔2009〕66号 第二条")))))
			.andExpect(jsonPath("$.checks[?(@.code == 'RELATION_THERE')].outcome")
				.value(org.hamcrest.Matchers.contains("FAIL")));
		this.mvc.perform(get("/api/v1/transfer-cases/{id}", in).with(as("xc-supervisor")).header("Accept-Language", "en"))
			.andExpect(jsonPath("$.checks[?(@.code == 'NOT_DRAWING_PENSION')].message")
				.value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.allOf(
						containsString("Yingcheng Social Insurance Agency"), containsString("66号 Art. 2")))));

		act("xc-supervisor", in, "send-contact-letter", "{}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].code").value("transfer.checks.failing"));
		assertThat(stateOf(in)).isEqualTo("APPLIED");
		assertThat(this.jdbc.sql("select count(*) from transfer.transfer_case o join transfer.transfer_case i"
				+ " on i.transfer_id = o.transfer_id where i.id = ? and o.side = 'OUT'")
			.param(in)
			.query(Long.class)
			.single()).as("no contact letter reached Yingcheng").isZero();
	}

	@Test
	void theSendingAgencyDoesNotTransferOutARelationThatNowDrawsAPension() throws Exception {
		String idNumber = personMovedFromYingcheng();
		long in = openedCase(idNumber);
		act("xc-supervisor", in, "send-contact-letter", "{}").andExpect(status().isOk());
		long out = awaitOutCaseOf(in);
		transfers().pensionStarted("yc-steward", idNumber, "2025-09");

		this.mvc.perform(get("/api/v1/transfer-cases/{id}", out).with(as("yc-supervisor")))
			.andExpect(jsonPath("$.checks[?(@.code == 'RELATION_HERE')].outcome")
				.value(org.hamcrest.Matchers.contains("FAIL")))
			.andExpect(jsonPath("$.checks[?(@.code == 'RELATION_HERE')].message")
				.value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.allOf(containsString("2025-09"),
						containsString("领取基本养老保险待遇"), containsString("66号 第二条")))));
		act("yc-supervisor", out, "issue-info", "{}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].code").value("transfer.checks.failing"));
		assertThat(stateOf(out)).isEqualTo("LETTER_RECEIVED");
		assertThat(this.jdbc.sql("select state from registry.insurance_relation where insured_person = ? and agency_code = ?")
			.params(transfers().personId(idNumber), YINGCHENG)
			.query(String.class)
			.single()).isEqualTo("DRAWING_PENSION");
	}

	@Test
	void theSendingAgencyIssuesNoInfoTableWhileAnEmployerThereOwesMonths() throws Exception {
		String idNumber = personMovedFromYingcheng();
		long person = transfers().personId(idNumber);
		long employer = this.jdbc.sql("select min(id) from registry.employer where agency_code = ?")
			.param(YINGCHENG)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into registry.employment (insured_person, employer_id, agency_code, first_month, last_month)"
				+ " values (?, ?, ?, date '2020-01-01', date '2020-03-01')")
			.params(person, employer, YINGCHENG)
			.update();
		takenOverAtYingcheng(person, 2020, 1, 1);
		long in = openedCase(idNumber);
		act("xc-supervisor", in, "send-contact-letter", "{}").andExpect(status().isOk());
		long out = awaitOutCaseOf(in);

		this.mvc.perform(get("/api/v1/transfer-cases/{id}", out).with(as("yc-supervisor")))
			.andExpect(jsonPath("$.checks[?(@.code == 'ARREARS')].outcome").value(org.hamcrest.Matchers.contains("FAIL")))
			.andExpect(jsonPath("$.checks[?(@.code == 'ARREARS')].message")
				.value(org.hamcrest.Matchers.contains(containsString("2020-02、2020-03"))));
		act("yc-supervisor", out, "issue-info", "{}").andExpect(status().isConflict());
		assertThat(stateOf(out)).isEqualTo("LETTER_RECEIVED");

		this.jdbc.sql("delete from account.posting where reference like ?").param("history:" + person + ":%").update();
		this.jdbc.sql("delete from account.individual_account where person_id = ? and agency_code = ?")
			.params(person, YINGCHENG)
			.update();
		this.jdbc.sql("delete from contribution.contribution_record where person_id = ?").param(person).update();
		takenOverAtYingcheng(person, 2020, 1, 3);
		this.mvc.perform(get("/api/v1/transfer-cases/{id}", out).with(as("yc-supervisor")))
			.andExpect(jsonPath("$.checks[?(@.code == 'ARREARS')].outcome").value(org.hamcrest.Matchers.contains("PASS")));
		act("yc-supervisor", out, "issue-info", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("INFO_ISSUED"));
	}

}
