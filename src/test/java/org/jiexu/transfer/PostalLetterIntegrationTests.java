package org.jiexu.transfer;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.jiexu.IntegrationTestSupport;
import org.jiexu.document.Poppler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Postal letters to an agency not connected to the exchange (decision 30): the demo's Kaiyuan, which is not. Xicheng's
 * contact letter to it becomes a letter to print that never reaches the transport; the clerk posts it with an EMS
 * number, records it returned and posted again until delivered, every posting kept, the ledger showing the progress;
 * Kaiyuan's reply comes on paper and is entered by hand, completing the transfer-in as an electronic one would.
 */
class PostalLetterIntegrationTests extends IntegrationTestSupport {

	private static final String KAIYUAN = "53250201";

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@TempDir
	Path folder;

	private TransferFixtures transfers() {
		return new TransferFixtures(this.mvc, this.jdbc, this::unusedIdNumber);
	}

	/** A transfer-in at Xicheng of a person who moved from Kaiyuan, its contact letter sent; the case id. */
	private long letterSentToKaiyuan(String name) throws Exception {
		String idNumber = transfers().personMovedFromYingcheng(name, null);
		this.jdbc.sql("update registry.insurance_relation set agency_code = ? where insured_person = ? and agency_code = ?")
			.params(KAIYUAN, transfers().personId(idNumber), YINGCHENG)
			.update();
		String body = this.mvc.perform(post("/api/v1/transfer-cases").with(as("xc-supervisor"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"idNumber": "%s", "sendingAgencyCode": "%s", "insuranceType": "EMPLOYEE_PENSION"}"""
					.formatted(idNumber, KAIYUAN)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long in = ((Number) JsonPath.read(body, "$.id")).longValue();
		transfers().act("xc-supervisor", in, "send-contact-letter", "{}").andExpect(status().isOk());
		return in;
	}

	private String transferIdOf(long caseId) {
		return this.jdbc.sql("select transfer_id from transfer.transfer_case where id = ?")
			.param(caseId)
			.query(String.class)
			.single();
	}

	/** The letter of the kind the relay made for the transfer, once it has. */
	private long awaitLetter(String transferId, String kind) throws InterruptedException {
		for (int i = 0; i < 200; i++) {
			List<Long> ids = this.jdbc.sql("select id from exchange.postal_letter where transfer_id = ? and kind = ?")
				.params(transferId, kind)
				.query(Long.class)
				.list();
			if (!ids.isEmpty()) {
				return ids.get(0);
			}
			Thread.sleep(50);
		}
		throw new AssertionError("No postal letter " + kind + " for " + transferId);
	}

	private ResultActions record(String username, long letter, String step, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/postal-letters/{id}/{step}", letter, step).with(as(username))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions paper(String username, long caseId, String what, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/transfer-cases/{id}/paper/{what}", caseId, what).with(as(username))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	@Test
	void aMessageToAnAgencyNotConnectedBecomesALetterToPrintAndNeverReachesTheTransport() throws Exception {
		long in = letterSentToKaiyuan("邮寄测试");
		String transferId = transferIdOf(in);
		long letter = awaitLetter(transferId, "CONTACT_LETTER");

		this.mvc.perform(get("/api/v1/postal-letters/{id}", letter).with(as("xc-steward")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("TO_PRINT"))
			.andExpect(jsonPath("$.receiverAgency").value(KAIYUAN))
			.andExpect(jsonPath("$.attempts").isEmpty());
		assertThat(this.jdbc.sql("select count(*) from exchange.inbox_message where transfer_id = ?")
			.param(transferId)
			.query(Long.class)
			.single()).as("nothing delivered to Kaiyuan's inbox").isZero();
		assertThat(this.jdbc.sql("select count(*) from exchange.outbox_message where transfer_id = ? and"
				+ " (dead_at is not null or delivered_at is null)").param(transferId).query(Long.class).single())
			.as("the outbox message is done, never a dead letter")
			.isZero();
		assertThat(this.jdbc.sql("select count(*) from transfer.transfer_case where transfer_id = ? and side = 'OUT'")
			.param(transferId)
			.query(Long.class)
			.single()).isZero();
		this.mvc.perform(get("/api/v1/postal-letters").param("status", "TO_PRINT").with(as("xc-steward")))
			.andExpect(jsonPath("$[*].id", hasItem((int) letter)));
		this.mvc.perform(get("/api/v1/transfer-cases/{id}/postal-letters", in).with(as("xc-supervisor")))
			.andExpect(jsonPath("$[0].kind").value("CONTACT_LETTER"));
	}

	@Test
	void theLetterPrintsTheContactLetterWithTheFontEmbedded() throws Exception {
		long in = letterSentToKaiyuan("打印测试");
		long letter = awaitLetter(transferIdOf(in), "CONTACT_LETTER");

		byte[] pdf = this.mvc.perform(get("/api/v1/postal-letters/{id}/document.pdf", letter).with(as("xc-steward"))
				.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Path file = Poppler.save(pdf, this.folder);
		assertThat(Poppler.text(file).replaceAll("\\s+", "")).contains("联系函").contains("打印测试");
	}

	@Test
	void aBadTrackingNumberIsRefusedInEitherLanguageAndChangesNothing() throws Exception {
		long letter = awaitLetter(transferIdOf(letterSentToKaiyuan("邮件号测试")), "CONTACT_LETTER");

		record("xc-steward", letter, "posted", """
				{"trackingNumber": "EA123456789CN"}""").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("邮件号")));
		this.mvc.perform(post("/api/v1/postal-letters/{id}/posted", letter).with(as("xc-steward"))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"trackingNumber": "12345"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Tracking number")));
		this.mvc.perform(get("/api/v1/postal-letters/{id}", letter).with(as("xc-steward")))
			.andExpect(jsonPath("$.status").value("TO_PRINT"))
			.andExpect(jsonPath("$.attempts").isEmpty());
	}

	@Test
	void aReturnedLetterIsPostedAgainUntilDeliveredAndEveryPostingIsKeptAndShownInTheLedger() throws Exception {
		long in = letterSentToKaiyuan("重寄测试");
		long letter = awaitLetter(transferIdOf(in), "CONTACT_LETTER");

		record("xc-steward", letter, "posted", """
				{"trackingNumber": "ea123456785cn"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("POSTED"))
			.andExpect(jsonPath("$.attempts[0].trackingNumber").value("EA123456785CN"))
			.andExpect(jsonPath("$.attempts[0].postedBy").value("xc-steward"));
		record("xc-steward", letter, "delivered", "{\"deliveredOn\": \"" + TODAY.plusDays(1) + "\", \"signedBy\": \"x\"}")
			.andExpect(status().isBadRequest());
		record("xc-steward", letter, "failed", """
				{"reason": "ADDRESS_UNKNOWN", "note": "门牌号不存在"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FAILED"));
		assertThat(mailingInLedger(in)).isEqualTo("联系函退回：地址不详，待重寄（EMS EA123456785CN，第 1 次）");
		this.mvc.perform(get("/transfers").with(as("xc-supervisor")).header("Accept-Language", "zh-CN"))
			.andExpect(content().string(containsString("联系函退回：地址不详，待重寄")));

		record("xc-steward", letter, "posted", """
				{"trackingNumber": "EA123456785CN"}""").andExpect(status().isBadRequest());
		record("xc-steward", letter, "delivered", """
				{"deliveredOn": "2026-01-01", "signedBy": "x"}""").andExpect(status().isConflict());
		record("xc-supervisor", letter, "posted", """
				{"trackingNumber": "1234567890123"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.attempts.length()").value(2));
		record("xc-steward", letter, "delivered", "{\"deliveredOn\": \"" + TODAY + "\", \"signedBy\": \"王收发\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DELIVERED"))
			.andExpect(jsonPath("$.attempts[0].outcome").value("FAILED"))
			.andExpect(jsonPath("$.attempts[0].failureReason").value("ADDRESS_UNKNOWN"))
			.andExpect(jsonPath("$.attempts[0].failureNote").value("门牌号不存在"))
			.andExpect(jsonPath("$.attempts[1].attempt").value(2))
			.andExpect(jsonPath("$.attempts[1].trackingNumber").value("1234567890123"))
			.andExpect(jsonPath("$.attempts[1].postedBy").value("xc-supervisor"))
			.andExpect(jsonPath("$.attempts[1].outcome").value("DELIVERED"))
			.andExpect(jsonPath("$.attempts[1].signedBy").value("王收发"))
			.andExpect(jsonPath("$.attempts[1].outcomeBy").value("xc-steward"));
		record("xc-steward", letter, "posted", """
				{"trackingNumber": "EA000000005CN"}""").andExpect(status().isConflict());
		assertThat(mailingInLedger(in)).isEqualTo("联系函 EMS 1234567890123 已投递 " + TODAY + "（第 2 次）");
	}

	@Test
	void anotherAgencysClerkNeitherSeesNorRecordsTheLettersAndATellerDoesNotRecord() throws Exception {
		long in = letterSentToKaiyuan("范围测试");
		long letter = awaitLetter(transferIdOf(in), "CONTACT_LETTER");

		this.mvc.perform(get("/api/v1/postal-letters/{id}", letter).with(as("yc-supervisor")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/postal-letters/{id}", letter).with(as("ky-verifier")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/postal-letters").with(as("yc-supervisor")))
			.andExpect(jsonPath("$[?(@.id == " + letter + ")]").isEmpty());
		record("yc-supervisor", letter, "posted", """
				{"trackingNumber": "EA123456785CN"}""").andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/postal-letters/{id}/document.pdf", letter).with(as("yc-supervisor")))
			.andExpect(status().isNotFound());
		record("xc-teller", letter, "posted", """
				{"trackingNumber": "EA123456785CN"}""").andExpect(status().isForbidden());
		paper("yc-supervisor", in, "funds", """
				{"pooledFund": "1.00", "individualAccount": "1.00", "remittedOn": "2026-01-01"}""")
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/postal-letters/{id}", letter).with(as("xc-steward")))
			.andExpect(jsonPath("$.attempts").isEmpty());
	}

	@Test
	void anInfoTableAndFundsEnteredFromPaperCompleteTheTransferInAndCreditTheAccountAsElectronicOnesWould()
			throws Exception {
		long in = letterSentToKaiyuan("纸质回复测试");
		String transferId = transferIdOf(in);
		long personId = this.jdbc.sql("select person_id from transfer.transfer_case where id = ?")
			.param(in)
			.query(Long.class)
			.single();
		BigDecimal before = transfers().balance(personId, XICHENG);

		paper("xc-supervisor", in, "info-table", """
				{"pooledFund": "12000.5", "individualAccount": "3456.789", "months": "24", "firstMonth": "2015-03",
				 "lastMonth": "2017-02"}""").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("两位小数")));
		paper("xc-supervisor", in, "info-table", """
				{"pooledFund": "12000.5", "individualAccount": "3456.78", "months": "24", "firstMonth": "2015-03",
				 "lastMonth": "2017-02"}""").andExpect(status().isAccepted());
		paper("xc-supervisor", in, "funds", """
				{"pooledFund": "12000.50", "individualAccount": "3456.78", "remittedOn": "%s"}""".formatted(TODAY))
			.andExpect(status().isAccepted());
		transfers().awaitState(in, "INFO_RECEIVED");

		this.mvc.perform(get("/api/v1/transfer-cases/{id}", in).with(as("xc-supervisor")))
			.andExpect(jsonPath("$.history[?(@.action == 'RECEIVE_INFO_TABLE')].actor")
				.value(hasItem("paper:" + KAIYUAN + ":xc-supervisor")))
			.andExpect(jsonPath("$.pooledFund").value(12000.5))
			.andExpect(jsonPath("$.individualAccount").value(3456.78));
		assertThat(this.jdbc.sql("select count(*) from exchange.inbox_message where transfer_id = ? and"
				+ " entered_by = 'xc-supervisor' and signature is null and processed_at is not null")
			.param(transferId)
			.query(Long.class)
			.single()).isEqualTo(2);
		for (String action : List.of("reconcile", "continue-records", "complete")) {
			transfers().act("xc-supervisor", in, action, "{}").andExpect(status().isOk());
		}
		assertThat(transfers().stateOf(in)).isEqualTo("COMPLETED");
		assertThat(transfers().balance(personId, XICHENG).subtract(before)).isEqualByComparingTo("3456.78");
		assertThat(transfers().postings(personId, XICHENG, "TRANSFER_IN")).containsExactly(new BigDecimal("3456.78"));
		long receipt = awaitLetter(transferId, "RECEIPT");
		byte[] pdf = this.mvc.perform(get("/api/v1/postal-letters/{id}/document.pdf", receipt).with(as("xc-steward"))
				.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Poppler.text(Poppler.save(pdf, this.folder)).replaceAll("\\s+", ""))
			.as("the receipt printed for Kaiyuan")
			.contains("基本养老保险关系转移接续回执", "纸质回复测试", transferId, "接续完毕");
	}

	@Test
	void aRejectionEnteredFromPaperRejectsTheTransferIn() throws Exception {
		long in = letterSentToKaiyuan("纸质退回测试");

		paper("xc-teller", in, "rejection", "{}").andExpect(status().isForbidden());
		paper("xc-supervisor", in, "rejection", "{}").andExpect(status().isBadRequest());
		paper("xc-supervisor", in, "rejection", """
				{"reason": "查无此人"}""").andExpect(status().isAccepted());
		transfers().awaitState(in, "REJECTED");
		paper("xc-supervisor", in, "funds", """
				{"pooledFund": "1.00", "individualAccount": "1.00", "remittedOn": "2026-01-01"}""")
			.andExpect(status().isConflict());
	}

	@Test
	void aReplyEnteredByHandIsRefusedForAConnectedAgency() throws Exception {
		String idNumber = transfers().personMovedFromYingcheng("联网拒录测试", null);
		long in = transfers().openedCase(idNumber);
		transfers().act("xc-supervisor", in, "send-contact-letter", "{}").andExpect(status().isOk());

		paper("xc-supervisor", in, "info-table", """
				{"pooledFund": "1.00", "individualAccount": "1.00", "months": "1", "firstMonth": "2015-03",
				 "lastMonth": "2015-03"}""").andExpect(status().isConflict())
			.andExpect(content().string(containsString("已联网")));
		assertThat(this.jdbc.sql("select count(*) from exchange.inbox_message where transfer_id = ? and"
				+ " entered_by is not null").param(transferIdOf(in)).query(Long.class).single()).isZero();
	}

	@Test
	void anAdministratorMarksAnAgencyNotConnectedAndBackAudited() throws Exception {
		this.mvc.perform(put("/api/v1/exchange/agency-connections/{code}", "99999901").with(as("xc-supervisor"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"connected\": \"false\"}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(put("/api/v1/exchange/agency-connections/{code}", "9999").with(as("admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"connected\": \"false\"}"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(put("/api/v1/exchange/agency-connections/{code}", "99999901").with(as("admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"connected\": \"false\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.connected").value(false));
		this.mvc.perform(get("/api/v1/exchange/agency-connections").with(as("xc-steward")))
			.andExpect(jsonPath("$[?(@.agencyCode == '99999901')].connected").value(hasItem(false)))
			.andExpect(jsonPath("$[?(@.agencyCode == '" + KAIYUAN + "')].connected").value(hasItem(false)));
		this.mvc.perform(get("/admin/exchange").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("99999901")));
		this.mvc.perform(put("/api/v1/exchange/agency-connections/{code}", "99999901").with(as("admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"connected\": \"true\"}"))
			.andExpect(status().isOk());
		assertThat(this.jdbc.sql("select action from identity.audit_event where subject = '99999901' order by id")
			.query(String.class)
			.list()).containsSubsequence("AGENCY_MARKED_NOT_CONNECTED", "AGENCY_MARKED_CONNECTED");
	}

	@Test
	void theMailListPageAndTheCasePageShowTheLetterWithItsPostings() throws Exception {
		long in = letterSentToKaiyuan("页面测试");
		long letter = awaitLetter(transferIdOf(in), "CONTACT_LETTER");
		record("xc-steward", letter, "posted", """
				{"trackingNumber": "EA123456785CN"}""").andExpect(status().isOk());

		this.mvc.perform(get("/postal-letters").with(as("xc-steward")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("letter-" + letter)))
			.andExpect(content().string(containsString("EA123456785CN")));
		this.mvc.perform(get("/transfers/{id}", in).with(as("xc-supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("EA123456785CN")))
			.andExpect(content().string(containsString("paper-info-form")));
		this.mvc.perform(get("/postal-letters").param("lang", "en").with(as("xc-steward")))
			.andExpect(content().string(containsString("Postal letters")));
	}

	@Test
	void aContactLetterEnteredFromPaperOpensATransferOutWhoseInfoTableGoesByPostAndItsReceiptIsEnteredByHand()
			throws Exception {
		String idNumber = this.jdbc.sql("""
				select p.id_number from registry.insured_person p
				join registry.insurance_relation r on r.insured_person = p.id and r.agency_code = ? and r.state = 'SUSPENDED'
				where not exists (select 1 from transfer.transfer_case c where c.person_id = p.id)
				order by p.id limit 1""").param(XICHENG).query(String.class).single();
		this.mvc.perform(post("/api/v1/transfer-cases/paper/contact-letter").with(as("xc-supervisor"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"senderAgencyCode": "%s", "idNumber": "%s", "personName": "纸质来函",
						 "acceptedOn": "%s"}""".formatted(YINGCHENG, idNumber, TODAY)))
			.andExpect(status().isConflict());
		String body = this.mvc.perform(post("/api/v1/transfer-cases/paper/contact-letter").with(as("xc-supervisor"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"senderAgencyCode": "%s", "idNumber": "%s", "personName": "纸质来函",
						 "acceptedOn": "%s"}""".formatted(KAIYUAN, idNumber, TODAY)))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String transferId = JsonPath.read(body, "$.transferId");
		long out = 0;
		for (int i = 0; i < 200 && out == 0; i++) {
			out = this.jdbc.sql("select id from transfer.transfer_case where transfer_id = ? and side = 'OUT'")
				.param(transferId)
				.query(Long.class)
				.optional()
				.orElse(0L);
			Thread.sleep(50);
		}
		assertThat(out).as("the transfer-out the paper letter opened").isPositive();
		assertThat(transfers().stateOf(out)).isEqualTo("LETTER_RECEIVED");
		this.mvc.perform(get("/api/v1/transfer-cases/{id}", out).with(as("xc-supervisor")))
			.andExpect(jsonPath("$.history[0].actor").value("paper:" + KAIYUAN + ":xc-supervisor"));
		paper("xc-supervisor", out, "receipt", "{\"completedOn\": \"" + TODAY + "\"}")
			.andExpect(status().isConflict());

		transfers().act("xc-supervisor", out, "issue-info", "{}").andExpect(status().isOk());
		long letter = awaitLetter(transferId, "INFO_TABLE");
		long funds = awaitLetter(transferId, "FUND_REMITTANCE");
		byte[] notice = this.mvc.perform(get("/api/v1/postal-letters/{id}/document.pdf", funds).with(as("xc-steward"))
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Poppler.text(Poppler.save(notice, this.folder)).replaceAll("\\s+", " "))
			.as("the notice of the funds remitted, in English")
			.contains("Notice of the pension funds remitted", transferId, "yuan in all");
		byte[] pdf = this.mvc.perform(get("/api/v1/postal-letters/{id}/document.pdf", letter).with(as("xc-steward")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Poppler.text(Poppler.save(pdf, this.folder)).replaceAll("\\s+", "")).contains("信息表");
		transfers().act("xc-supervisor", out, "terminate-relation", "{}").andExpect(status().isOk());
		paper("xc-supervisor", out, "receipt", "{\"completedOn\": \"" + TODAY + "\"}")
			.andExpect(status().isAccepted());
		transfers().awaitState(out, "COMPLETED");
	}

	@Test
	void theMailListPageTakesAContactLetterFromPaperAndRefusesOneFromAConnectedAgency() throws Exception {
		String idNumber = transfers().personMovedFromYingcheng("页面来函", null);
		this.mvc.perform(post("/transfers/paper/contact-letter").with(as("xc-supervisor"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("senderAgencyCode", YINGCHENG)
				.param("idNumber", idNumber)
				.param("personName", "页面来函")
				.param("acceptedOn", TODAY.toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("refusal"));
		this.mvc.perform(post("/transfers/paper/contact-letter").with(as("xc-supervisor"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("senderAgencyCode", KAIYUAN)
				.param("idNumber", idNumber)
				.param("personName", "页面来函")
				.param("acceptedOn", TODAY.toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("paperLetter"));
		this.mvc.perform(get("/postal-letters").with(as("xc-supervisor")))
			.andExpect(content().string(containsString("paper-letter-form")));
	}

	/** The mailing progress column of the case's row in the ledger export (Chinese). */
	private String mailingInLedger(long caseId) throws Exception {
		byte[] workbook = this.mvc.perform(get("/api/v1/transfer-cases/ledger.xlsx").with(as("xc-supervisor"))
				.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook),
				new ReadingOptions(true, false))) {
			List<Row> rows = book.getFirstSheet().read();
			List<String> headers = rows.get(0).stream().map(Cell::getText).toList();
			int mailing = headers.indexOf("邮寄进度");
			assertThat(mailing).isPositive();
			return rows.stream()
				.skip(1)
				.filter(row -> row.getCell(0).asNumber().longValue() == caseId)
				.findFirst()
				.map(row -> row.getOptionalCell(mailing).map(Cell::getText).orElse(""))
				.orElseThrow();
		}
	}

}
