package org.jiexu.transfer;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jiexu.IntegrationTestSupport;
import org.jiexu.document.Poppler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The documents of a transfer from Yingcheng (sending) to Xicheng (receiving) downloaded from each side's case:
 * the contact letter, the info table and the contribution certificate, as PDFs whose text (read back with
 * pdftotext) states the case's figures, with the font embedded; refused while they do not exist yet and outside
 * the case's scope.
 */
class TransferDocumentIntegrationTests extends IntegrationTestSupport {

	private TransferFixtures transfers() {
		return new TransferFixtures(this.mvc, this.jdbc, this::unusedIdNumber);
	}

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	private static final String NAME = "文书测试";

	@TempDir
	Path folder;

	/** A person contributing at Xicheng whose record at Yingcheng is known month by month. */
	private record Moved(long id, String idNumber) {
	}

	/**
	 * A newly registered person at Xicheng whose relation at Yingcheng is suspended, with records there as taken over
	 * from its earlier system (flexible worker: 20% paid, 8% to the account): 2019-03 to 2019-12 on 5,000 yuan, 2020-01
	 * to 2020-06 on 6,000 yuan, and the account credited with them.
	 */
	private Moved personWithRecordsAtYingcheng() throws Exception {
		String idNumber = unusedIdNumber();
		this.mvc
			.perform(post("/api/v1/persons").with(as("xc-teller"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"idNumber": "%s", "name": "%s"}""".formatted(idNumber, NAME)))
			.andExpect(status().isCreated());
		long id = this.jdbc.sql("select id from registry.insured_person where id_number = ?")
			.param(idNumber)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into registry.insurance_relation (insured_person, agency_code, state, started_on)"
				+ " values (?, ?, 'SUSPENDED', ?)")
			.params(id, YINGCHENG, java.sql.Date.valueOf(LocalDate.of(2015, 3, 1)))
			.update();
		this.jdbc.sql("insert into account.individual_account (person_id, agency_code, opened_on) values (?, ?, ?)")
			.params(id, YINGCHENG, java.sql.Date.valueOf(LocalDate.of(2019, 3, 1)))
			.update();
		long account = this.jdbc.sql("select id from account.individual_account where person_id = ? and agency_code = ?")
			.params(id, YINGCHENG)
			.query(Long.class)
			.single();
		recordsAtYingcheng(id, account, 2019, 3, 12, new BigDecimal("5000.00"));
		recordsAtYingcheng(id, account, 2020, 1, 6, new BigDecimal("6000.00"));
		return new Moved(id, idNumber);
	}

	private void recordsAtYingcheng(long personId, long account, int year, int firstMonth, int lastMonth,
			BigDecimal base) {
		for (int month = firstMonth; month <= lastMonth; month++) {
			java.sql.Date day = java.sql.Date.valueOf(LocalDate.of(year, month, 1));
			BigDecimal credit = base.multiply(new BigDecimal("0.08")).setScale(2);
			this.jdbc.sql("""
					insert into contribution.contribution_record (person_id, agency_code, contribution_month,
					 contributor_type, base, employer_part, individual_part, account_credit, pooled_part, origin, paid_on,
					 late_fee, recorded_at)
					values (?, ?, ?, 'FLEXIBLE_WORKER', ?, 0.00, ?, ?, ?, 'HISTORY', ?, 0.00, current_timestamp)""")
				.params(personId, YINGCHENG, day, base, base.multiply(new BigDecimal("0.20")).setScale(2), credit,
						base.multiply(new BigDecimal("0.12")).setScale(2), day)
				.update();
			this.jdbc.sql("""
					insert into account.posting (account_id, kind, value_month, posting_year, amount, reference, posted_at)
					values (?, 'CONTRIBUTION', ?, ?, ?, ?, current_timestamp)""")
				.params(account, day, TODAY.getYear(), credit, "history:" + personId + ":" + year + "-" + month)
				.update();
		}
	}

	private long openedCase(String idNumber) throws Exception {
		return transfers().openedCase(idNumber);
	}

	private ResultActions act(String username, long caseId, String action) throws Exception {
		return transfers().act(username, caseId, action, "{}");
	}

	private String stateOrNull(long caseId) {
		return transfers().stateOf(caseId);
	}

	/** Waits for the other agency's side to take a message (the exchange delivers after the sender commits). */
	private void awaitState(long caseId, String state) throws InterruptedException {
		transfers().awaitState(caseId, state);
	}

	private long awaitOutCaseOf(long inCaseId) throws InterruptedException {
		return transfers().awaitOutCaseOf(inCaseId);
	}

	private String transferIdOf(long caseId) {
		return this.jdbc.sql("select transfer_id from transfer.transfer_case where id = ?")
			.param(caseId)
			.query(String.class)
			.single();
	}

	private String agencyName(String code) {
		return this.jdbc.sql("select name_zh from registry.agency where code = ?")
			.param(code)
			.query(String.class)
			.single();
	}

	private static MockHttpServletRequestBuilder document(long caseId, String kind) {
		return get("/api/v1/transfer-cases/{id}/documents/{kind}.pdf", caseId, kind);
	}

	/**
	 * Downloads the document as the user and reads its text back as laid out on the page; checks it is a PDF with
	 * every font embedded.
	 */
	private String download(long caseId, String kind, RequestPostProcessor user, String language) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(document(caseId, kind).with(user).header("Accept-Language", language))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
			.andExpect(header().string("Content-Disposition",
					allOf(containsString("attachment"), containsString(kind + "-"), containsString(".pdf"))))
			.andReturn()
			.getResponse();
		Path file = Poppler.save(response.getContentAsByteArray(), this.folder);
		assertThat(Poppler.fonts(file)).as("fonts of the " + kind)
			.isNotEmpty()
			.allSatisfy(font -> assertThat(font[font.length - 5]).as("embedded: " + String.join(" ", font))
				.isEqualTo("yes"));
		return Poppler.layoutText(file);
	}

	private String download(long caseId, String kind, String username) throws Exception {
		return download(caseId, kind, as(username), "zh-CN");
	}

	/** Chinese text as the letter reads it, wherever pdftotext broke the lines. */
	private static String joined(String text) {
		return text.replaceAll("\\s+", "");
	}

	/** A row of a table as pdftotext reads it: its cells in order, whatever the space between them. */
	private static String row(String... cells) {
		return String.join("\\s+", List.of(cells).stream().map(java.util.regex.Pattern::quote).toList());
	}

	@Test
	void eachSideDownloadsTheDocumentsOfTheTransferWithTheCaseFiguresAndTheFontEmbedded() throws Exception {
		Moved person = personWithRecordsAtYingcheng();
		long in = openedCase(person.idNumber());
		String transferId = transferIdOf(in);
		act("xc-supervisor", in, "send-contact-letter").andExpect(status().isOk());
		long out = awaitOutCaseOf(in);

		String sent = joined(download(in, "contact-letter", "xc-supervisor"));
		assertThat(sent).contains("基本养老保险关系转移接续联系函", "编号：" + transferId + "-1", NAME, person.idNumber(),
				agencyName(XICHENG) + "（代码" + XICHENG + "）", agencyName(YINGCHENG) + "（代码" + YINGCHENG + "）",
				agencyName(YINGCHENG) + "：", "企业职工基本养老保险", "一般转移", "第1次", "xc-supervisor",
				"15个工作日", "国办发〔2009〕66号）第八条", "发函日期" + TODAY);
		String received = joined(download(out, "contact-letter", "yc-supervisor"));
		assertThat(received).as("the sending agency prints the letter it received")
			.contains("编号：" + transferId + "-1", NAME, person.idNumber(), "xc-supervisor", "发函日期" + TODAY);

		String certificateOut = download(out, "contribution-certificate", "yc-steward");
		assertThat(joined(certificateOut)).contains("参保缴费凭证", "出具单位：" + agencyName(YINGCHENG), NAME,
				person.idNumber(), "16个月（2019-03至2020-06）");
		assertThat(certificateOut).as("year, months, bases, paid by the person, credited to the account")
			.containsPattern(row("2019", "10", "50000.00", "10000.00", "4000.00"))
			.containsPattern(row("2020", "6", "36000.00", "7200.00", "2880.00"))
			.containsPattern(row("合计", "16", "86000.00", "17200.00", "6880.00"));

		String issued = act("yc-supervisor", out, "issue-info").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		BigDecimal pooled = new BigDecimal(JsonPath.read(issued, "$.pooledFund").toString());
		BigDecimal account = new BigDecimal(JsonPath.read(issued, "$.individualAccount").toString());
		assertThat(pooled).isEqualByComparingTo("10320.00");
		assertThat(account).isEqualByComparingTo("6880.00");

		String tableOut = download(out, "info-table", "yc-supervisor");
		assertThat(joined(tableOut)).contains("基本养老保险关系转移接续信息表", "出具单位：" + agencyName(YINGCHENG),
				NAME, person.idNumber(), transferId, "16个月（2019-03至2020-06）", "统筹基金（元）" + pooled.toPlainString(),
				"个人账户储存额（元）" + account.toPlainString(), "转移金额合计（元）" + pooled.add(account).toPlainString(),
				"经办人：yc-supervisor", "出具日期：" + TODAY, "国办发〔2009〕66号第四条");
		assertThat(tableOut).as("year, months, bases, 12% of them to the fen; the years add up to the pooled fund")
			.containsPattern(row("2019", "10", "50000.00", "6000.00"))
			.containsPattern(row("2020", "6", "36000.00", "4320.00"))
			.containsPattern(row("合计", "16", "86000.00", pooled.toPlainString()))
			.doesNotContain("重新计算");

		awaitState(in, "INFO_RECEIVED");
		String tableIn = download(in, "info-table", "xc-steward");
		assertThat(joined(tableIn)).as("the receiving agency prints the info table it received")
			.contains("出具单位：" + agencyName(YINGCHENG), NAME, "统筹基金（元）" + pooled.toPlainString(),
					"个人账户储存额（元）" + account.toPlainString(), "经办人：yc-supervisor", "出具日期：" + TODAY);
		assertThat(tableIn).containsPattern(row("2019", "10", "50000.00", "6000.00"))
			.containsPattern(row("2020", "6", "36000.00", "4320.00"));
		assertThat(download(in, "contribution-certificate", "xc-supervisor"))
			.containsPattern(row("2019", "10", "50000.00", "10000.00", "4000.00"))
			.containsPattern(row("2020", "6", "36000.00", "7200.00", "2880.00"));

		act("yc-supervisor", out, "terminate-relation").andExpect(status().isOk());
		assertThat(download(out, "info-table", "yc-supervisor")).as("the issued table outlives the relation")
			.containsPattern(row("合计", "16", "86000.00", pooled.toPlainString()))
			.doesNotContain("重新计算");
	}

	@Test
	void theInfoTableKeepsTheAmountsIssuedAndSaysSoWhenTheRecordsAtTheSendingAgencyChangeAfterwards() throws Exception {
		Moved person = personWithRecordsAtYingcheng();
		long in = openedCase(person.idNumber());
		act("xc-supervisor", in, "send-contact-letter").andExpect(status().isOk());
		long out = awaitOutCaseOf(in);
		act("yc-supervisor", out, "issue-info").andExpect(status().isOk())
			.andExpect(jsonPath("$.pooledFund").value(10320.00));
		long account = this.jdbc.sql("select id from account.individual_account where person_id = ? and agency_code = ?")
			.params(person.id(), YINGCHENG)
			.query(Long.class)
			.single();
		recordsAtYingcheng(person.id(), account, 2020, 7, 7, new BigDecimal("6000.00"));

		String table = download(out, "info-table", "yc-supervisor");
		assertThat(joined(table)).contains("16个月（2019-03至2020-06）", "统筹基金（元）10320.00",
				"按转出地现有缴费记录重新计算的统筹基金为11040.00元，与出具时的10320.00元不同");
		assertThat(table).containsPattern(row("2020", "7", "42000.00", "5040.00"));
	}

	@Test
	void aDocumentThatDoesNotExistYetIsRefusedSayingWhy() throws Exception {
		long in = openedCase(personWithRecordsAtYingcheng().idNumber());
		this.mvc.perform(document(in, "contact-letter").with(as("xc-supervisor")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("联系函尚未发出")));
		this.mvc.perform(document(in, "contact-letter").with(as("xc-supervisor")).header("Accept-Language", "en"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("contact letter has not been sent")));

		act("xc-supervisor", in, "send-contact-letter").andExpect(status().isOk());
		long out = awaitOutCaseOf(in);
		this.mvc.perform(document(in, "info-table").with(as("xc-supervisor")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("尚未收到转出地的信息表")));
		this.mvc.perform(document(in, "contribution-certificate").with(as("xc-supervisor")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("参保缴费凭证随转出地的信息表一同到达")));
		this.mvc.perform(document(out, "info-table").with(as("yc-supervisor")).header("Accept-Language", "en"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("info table has not been issued")));
	}

	@Test
	void anUnknownDocumentIsRefusedNamingTheDocumentsThereAre() throws Exception {
		long in = openedCase(personWithRecordsAtYingcheng().idNumber());
		this.mvc.perform(document(in, "pension-card").with(as("xc-supervisor")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"))
			.andExpect(jsonPath("$.detail").value(allOf(containsString("pension-card"),
					containsString("contact-letter, info-table, contribution-certificate"))));
		this.mvc.perform(document(in, "pension-card").with(as("xc-supervisor")).header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("There is no document \"pension-card\"")));
	}

	@Test
	void anotherAgencyDoesNotFindTheDocumentsOfACaseThatIsNotItsOwn() throws Exception {
		long in = openedCase(personWithRecordsAtYingcheng().idNumber());
		act("xc-supervisor", in, "send-contact-letter").andExpect(status().isOk());
		long out = awaitOutCaseOf(in);
		this.mvc.perform(document(in, "contact-letter").with(as("yc-supervisor"))).andExpect(status().isNotFound());
		this.mvc.perform(document(out, "contact-letter").with(as("xc-supervisor"))).andExpect(status().isNotFound());
		this.mvc.perform(document(out, "contribution-certificate").with(as("jt-steward")))
			.andExpect(status().isNotFound());
		this.mvc.perform(document(in, "pension-card").with(as("jt-steward"))).andExpect(status().isNotFound());
	}

	@Test
	void thePersonDownloadsTheirOwnLetterInFullAndStaffWhoAreNotRegistrarsSeeTheIdNumberMasked() throws Exception {
		Moved person = personWithRecordsAtYingcheng();
		this.mvc
			.perform(post("/api/v1/persons/{id}/online-account", person.id()).with(as("xc-teller"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"password": "first2026"}"""))
			.andExpect(status().isCreated());
		long in = openedCase(person.idNumber());
		act("xc-supervisor", in, "send-contact-letter").andExpect(status().isOk());
		long out = awaitOutCaseOf(in);

		assertThat(joined(download(in, "contact-letter", httpBasic(person.idNumber(), "first2026"), "zh-CN")))
			.contains(NAME, person.idNumber());
		assertThat(download(out, "contribution-certificate", httpBasic(person.idNumber(), "first2026"), "zh-CN"))
			.as("the person sees their own cases at every agency")
			.containsPattern(row("2020", "6", "36000.00", "7200.00", "2880.00"));
		String reviewer = joined(download(in, "contact-letter", "xc-reviewer"));
		assertThat(reviewer).contains(NAME, person.idNumber().substring(0, 4) + "**********")
			.doesNotContain(person.idNumber());
	}

	@Test
	void theDocumentsSpeakEnglishWhenAskedTo() throws Exception {
		Moved person = personWithRecordsAtYingcheng();
		long in = openedCase(person.idNumber());
		act("xc-supervisor", in, "send-contact-letter").andExpect(status().isOk());
		long out = awaitOutCaseOf(in);
		act("yc-supervisor", out, "issue-info").andExpect(status().isOk());

		String letter = download(in, "contact-letter", as("xc-supervisor"), "en").replaceAll("\\s+", " ");
		assertThat(letter).contains("Contact letter on the transfer of the basic pension insurance relation",
				"To Yingcheng Social Insurance Agency:", "within 15 working days", "Article 8", "Sending agency",
				"Yingcheng Social Insurance Agency (code " + YINGCHENG + ")", "Attempt 1", NAME);
		String table = download(out, "info-table", as("yc-supervisor"), "en").replaceAll("\\s+", " ");
		assertThat(table).contains("Info table on the transfer", "Issued by Yingcheng Social Insurance Agency",
				"Pooled fund (yuan) 10320.00", "Individual account (yuan) 6880.00", "Total moved (yuan) 17200.00",
				"16 months (2019-03 to 2020-06)", "Page 1 of");
		String certificate = download(out, "contribution-certificate", as("yc-supervisor"), "en");
		assertThat(certificate.replaceAll("\\s+", " ")).contains("Contribution certificate", "Contributions by year",
				"Paid by the person (yuan)");
		assertThat(certificate).containsPattern(row("Total", "16", "86000.00", "17200.00", "6880.00"));
	}

}
