package org.jiexu.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.jiexu.IntegrationTestSupport;
import org.jiexu.shared.Masking;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case ledger (台账) as a workbook, the order of the case list and the ledger, and saved views, through the API
 * with the transfers of {@link TransferCaseIntegrationTests} (Yingcheng sending, Xicheng receiving).
 */
class CaseLedgerIntegrationTests extends IntegrationTestSupport {

	private TransferFixtures transfers() {
		return new TransferFixtures(this.mvc, this.jdbc, this::unusedIdNumber);
	}

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	private JdbcTemplate jdbcTemplate;

	/** A newly registered person at Xicheng with the name, whose relation at Yingcheng is suspended. */
	private String personMovedFromYingcheng(String name) throws Exception {
		return transfers().personMovedFromYingcheng(name, null);
	}

	/** A demo person contributing at Xicheng with records and an account at Yingcheng, and no transfer case. */
	private String movedDemoPerson() {
		return transfers().movedDemoPerson();
	}

	private long personId(String idNumber) {
		return transfers().personId(idNumber);
	}

	private long openedCase(String idNumber) throws Exception {
		return transfers().openedCase(idNumber);
	}

	private ResultActions act(String username, long caseId, String action, String body) throws Exception {
		return transfers().act(username, caseId, action, body);
	}

	private long awaitOutCaseOf(long inCaseId) throws InterruptedException {
		return transfers().awaitOutCaseOf(inCaseId);
	}

	private void awaitState(long caseId, String state) throws InterruptedException {
		transfers().awaitState(caseId, state);
	}

	private String stateOf(long caseId) {
		return transfers().stateOf(caseId);
	}

	/** The ledger as a workbook read back: its header row and its rows, each cell by its header. */
	private record Ledger(List<String> headers, List<Map<String, Cell>> rows) {

		Optional<Map<String, Cell>> row(long caseId) {
			return this.rows.stream()
				.filter(row -> row.get(this.headers.get(0)).asNumber().longValue() == caseId)
				.findFirst();
		}

		List<Long> caseIds() {
			return this.rows.stream().map(row -> row.get(this.headers.get(0)).asNumber().longValue()).toList();
		}

	}

	private Ledger ledger(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", XLSX))
			.andExpect(header().string("Content-Disposition", containsString("transfer-case-ledger.xlsx")))
			.andReturn();
		return read(result.getResponse().getContentAsByteArray());
	}

	private static Ledger read(byte[] workbook) throws IOException {
		try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook),
				new ReadingOptions(true, false))) {
			List<Row> rows = book.getFirstSheet().read();
			List<String> headers = rows.get(0).stream().map(Cell::getText).toList();
			List<Map<String, Cell>> cells = new ArrayList<>();
			for (Row row : rows.subList(1, rows.size())) {
				Map<String, Cell> byHeader = new HashMap<>();
				for (int column = 0; column < headers.size(); column++) {
					int index = column;
					row.getOptionalCell(column)
						.filter(cell -> cell.getType() != CellType.EMPTY)
						.ifPresent(cell -> byHeader.put(headers.get(index), cell));
				}
				cells.add(byHeader);
			}
			return new Ledger(headers, cells);
		}
	}

	private static String text(Map<String, Cell> row, String header) {
		return Optional.ofNullable(row.get(header)).map(Cell::getText).orElse("");
	}

	private static LocalDate date(Map<String, Cell> row, String header) {
		return row.get(header).asDate().toLocalDate();
	}

	@Test
	void theLedgerHasARowPerCaseWithMoreThanThirtyChineseColumnsAndMaskedIdNumbers() throws Exception {
		String idNumber = personMovedFromYingcheng("台账测试");
		long in = openedCase(idNumber);
		act("xc-supervisor", in, "send-contact-letter", "{}").andExpect(status().isOk());
		String steward = this.jdbc.sql("select steward from transfer.transfer_case where id = ?")
			.param(in)
			.query(String.class)
			.single();

		Ledger ledger = ledger(get("/api/v1/transfer-cases/ledger.xlsx").with(as("xc-auditor")));

		assertThat(ledger.headers()).hasSizeGreaterThanOrEqualTo(30)
			.doesNotHaveDuplicates()
			.contains("案件编号", "姓名", "身份证号", "险种", "对方经办机构", "管家", "联系函发出日期", "统筹基金（元）", "核对结果",
					"案件状态", "办理时限", "办结日期", "往来消息数");
		Map<String, Cell> row = ledger.row(in).orElseThrow();
		assertThat(text(row, "姓名")).isEqualTo("台账测试");
		assertThat(text(row, "身份证号")).isEqualTo(Masking.idNumber(idNumber)).isNotEqualTo(idNumber);
		assertThat(text(row, "转入/转出")).isEqualTo("转入");
		assertThat(text(row, "险种")).isEqualTo("企业职工基本养老保险");
		assertThat(text(row, "对方经办机构代码")).isEqualTo(YINGCHENG);
		assertThat(text(row, "案件状态")).isEqualTo("已发联系函");
		assertThat(date(row, "受理（收函）日期")).isEqualTo(TODAY);
		assertThat(date(row, "联系函发出日期")).isEqualTo(TODAY);
		assertThat(text(row, "联系函发出人")).isEqualTo("xc-supervisor");
		assertThat(text(row, "管家")).isEqualTo(steward);
		assertThat(row.get("联系函次数").asNumber()).isEqualByComparingTo("1");
		assertThat(text(row, "核对结果")).isEqualTo("未核对");
		assertThat(text(row, "最近操作")).isEqualTo("发出联系函");
		assertThat(row.get("往来消息数").asNumber()).isEqualByComparingTo("1");
		assertThat(text(row, "受理人")).isEqualTo("xc-supervisor");
		assertThat(row.get("未解决问题数").asNumber()).isEqualByComparingTo("0");
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/transfer-cases/{id}/problems", in)
			.with(as("xc-supervisor"))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("""
					{"reason": "MISSING_DATA", "note": "缺少凭证"}""")).andExpect(status().isCreated());
		Map<String, Cell> withProblem = ledger(get("/api/v1/transfer-cases/ledger.xlsx").with(as("xc-auditor"))).row(in)
			.orElseThrow();
		assertThat(withProblem.get("未解决问题数").asNumber()).isEqualByComparingTo("1");
		assertThat(row.get("办理时限").getType()).isEqualTo(CellType.NUMBER);
		assertThat(row).doesNotContainKey("办结日期");
		assertThat(ledger.rows()).allSatisfy(r -> assertThat(text(r, "身份证号")).contains("****"));
	}

	@Test
	void theLedgerShowsTheInfoTableAmountsWithTwoDecimalsOnBothSidesAndTheReconciliation() throws Exception {
		long in = openedCase(movedDemoPerson());
		act("xc-supervisor", in, "send-contact-letter", "{}").andExpect(status().isOk());
		long out = awaitOutCaseOf(in);
		act("yc-supervisor", out, "issue-info", "{}").andExpect(status().isOk());
		awaitState(in, "INFO_RECEIVED");
		Map<String, Object> amounts = this.jdbc.sql("select pooled_fund, individual_account from transfer.transfer_case"
				+ " where id = ?").param(in).query().singleRow();
		BigDecimal pooled = (BigDecimal) amounts.get("pooled_fund");
		BigDecimal account = (BigDecimal) amounts.get("individual_account");

		Map<String, Cell> received = ledger(get("/api/v1/transfer-cases/ledger.xlsx").param("side", "IN")
			.with(as("xc-steward"))).row(in).orElseThrow();
		assertThat(received.get("统筹基金（元）").getType()).isEqualTo(CellType.NUMBER);
		assertThat(received.get("统筹基金（元）").asNumber()).isEqualByComparingTo(pooled);
		assertThat(received.get("统筹基金（元）").getDataFormatString()).isEqualTo("0.00");
		assertThat(received.get("个人账户（元）").asNumber()).isEqualByComparingTo(account);
		assertThat(received.get("信息表合计（元）").asNumber()).isEqualByComparingTo(pooled.add(account));
		assertThat(received.get("划转（到账）金额（元）").asNumber()).isEqualByComparingTo(pooled.add(account));
		assertThat(date(received, "信息表出具（收到）日期")).isEqualTo(TODAY);
		assertThat(date(received, "基金划转（到账）日期")).isEqualTo(TODAY);
		assertThat(text(received, "信息表出具（登记）人")).isEqualTo("exchange:" + YINGCHENG);
		assertThat(text(received, "案件状态")).isEqualTo("已收信息表及基金");
		assertThat(text(received, "核对结果")).isEqualTo("未核对");
		assertThat(received.get("往来消息数").asNumber()).isEqualByComparingTo("3");

		Map<String, Cell> sent = ledger(get("/api/v1/transfer-cases/ledger.xlsx").param("side", "OUT")
			.with(as("yc-supervisor"))).row(out).orElseThrow();
		assertThat(text(sent, "转入/转出")).isEqualTo("转出");
		assertThat(date(sent, "联系函收到日期")).isEqualTo(TODAY);
		assertThat(text(sent, "信息表出具（登记）人")).isEqualTo("yc-supervisor");
		assertThat(sent.get("统筹基金（元）").asNumber()).isEqualByComparingTo(pooled);
		assertThat(text(sent, "案件状态")).isEqualTo("已出信息表并划转基金");
		assertThat(sent).as("the receiving agency reconciles").doesNotContainKey("核对结果");

		act("xc-supervisor", in, "reconcile", "{}").andExpect(status().isOk());
		Map<String, Cell> reconciled = ledger(get("/api/v1/transfer-cases/ledger.xlsx").param("state", "reconciled")
			.with(as("xc-steward"))).row(in).orElseThrow();
		assertThat(text(reconciled, "核对结果")).isEqualTo("已核对一致");
		assertThat(text(reconciled, "最近操作")).isEqualTo("核对金额");
	}

	@Test
	void anEnglishReaderGetsTheLedgerWithEnglishHeadersAndLabels() throws Exception {
		long in = openedCase(personMovedFromYingcheng("台账英文"));

		Ledger ledger = ledger(get("/api/v1/transfer-cases/ledger.xlsx").header("Accept-Language", "en")
			.with(as("xc-supervisor")));

		assertThat(ledger.headers()).hasSizeGreaterThanOrEqualTo(30)
			.contains("Case id", "Name", "ID number", "State", "Due on", "Pooled fund (yuan)", "Messages exchanged")
			.noneMatch(header -> header.codePoints()
				.anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
		Map<String, Cell> row = ledger.row(in).orElseThrow();
		assertThat(text(row, "State")).isEqualTo("Accepted");
		assertThat(text(row, "Side")).isEqualTo("Transfer-in");
	}

	@Test
	void anotherAgencysStaffDoNotFindTheCaseInTheirLedger() throws Exception {
		long in = openedCase(personMovedFromYingcheng("台账范围"));

		Ledger yingcheng = ledger(get("/api/v1/transfer-cases/ledger.xlsx").with(as("yc-steward")));

		assertThat(yingcheng.row(in)).isEmpty();
		assertThat(yingcheng.rows()).allSatisfy(row -> assertThat(text(row, "本经办机构")).contains("应城"));
	}

	@Test
	void personsAndEmployerHandlersGetNoLedgerAndNoViews() throws Exception {
		String idNumber = personMovedFromYingcheng("台账本人");
		this.mvc
			.perform(post("/api/v1/persons/{id}/online-account", personId(idNumber)).with(as("xc-teller"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"password": "first2026"}"""))
			.andExpect(status().isCreated());
		openedCase(idNumber);
		String username = idNumber.toLowerCase();

		this.mvc.perform(get("/api/v1/transfer-cases/ledger.xlsx").with(httpBasic(username, "first2026")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/transfer-cases/ledger.xlsx").with(as("employer-demo")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/transfer-cases/views").with(as("employer-demo")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/transfer-cases/views").with(httpBasic(username, "first2026"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "我的"}"""))
			.andExpect(status().isForbidden());
	}

	@Test
	void theListAndTheLedgerAreSortedByDueDateOpeningStateStewardOrPerson() throws Exception {
		long a = openedCase(personMovedFromYingcheng("Zzz排序"));
		long b = openedCase(personMovedFromYingcheng("Aaa排序"));
		act("xc-supervisor", a, "send-contact-letter", "{}").andExpect(status().isOk());
		act("xc-supervisor", a, "reassign", """
				{"steward": "xc-steward"}""").andExpect(status().isOk());
		act("xc-supervisor", b, "reassign", """
				{"steward": "xc-supervisor"}""").andExpect(status().isOk());
		this.jdbc.sql("update transfer.transfer_case set opened_on = ?, due_on = ? where id = ?")
			.params(java.sql.Date.valueOf(TODAY.minusDays(10)), java.sql.Date.valueOf(TODAY.plusDays(10)), a)
			.update();
		this.jdbc.sql("update transfer.transfer_case set due_on = ? where id = ?")
			.params(java.sql.Date.valueOf(TODAY.plusDays(20)), b)
			.update();

		assertThat(listed(null, a, b)).as("by due date, the default").containsExactly(a, b);
		assertThat(listed("due", a, b)).containsExactly(a, b);
		assertThat(listed("opened", a, b)).as("the newest first").containsExactly(b, a);
		assertThat(listed("STATE", a, b)).as("accepted before the letter is sent").containsExactly(b, a);
		assertThat(listed("steward", a, b)).as("xc-steward before xc-supervisor").containsExactly(a, b);
		assertThat(listed("person", a, b)).as("Aaa before Zzz").containsExactly(b, a);

		assertThat(ledger(get("/api/v1/transfer-cases/ledger.xlsx").param("sort", "person").with(as("xc-steward")))
			.caseIds()).filteredOn(id -> id == a || id == b).containsExactly(b, a);
		assertThat(ledger(get("/api/v1/transfer-cases/ledger.xlsx").param("sort", "steward").with(as("xc-steward")))
			.caseIds()).filteredOn(id -> id == a || id == b).containsExactly(a, b);
	}

	/** The two cases in the order the list gives them. */
	private List<Long> listed(String sort, long a, long b) throws Exception {
		MockHttpServletRequestBuilder request = get("/api/v1/transfer-cases").with(as("xc-steward"));
		if (sort != null) {
			request.param("sort", sort);
		}
		String body = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> ids = JsonPath.read(body, "$[*].id");
		return ids.stream().map(Number::longValue).filter(id -> id == a || id == b).toList();
	}

	@Test
	void anUnknownSortIsRefusedInTheReadersLanguage() throws Exception {
		this.mvc.perform(get("/api/v1/transfer-cases").param("sort", "fly").with(as("xc-steward")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"))
			.andExpect(jsonPath("$.detail").value("排序方式“fly”无效。可选：due, opened, state, steward, person。"));
		this.mvc
			.perform(get("/api/v1/transfer-cases").param("sort", "fly")
				.param("state", "nowhere")
				.header("Accept-Language", "en")
				.with(as("xc-steward")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(2)))
			.andExpect(jsonPath("$.errors[0].field").value("state"))
			.andExpect(jsonPath("$.errors[1].field").value("sort"))
			.andExpect(jsonPath("$.errors[1].message")
				.value("The sort \"fly\" is not valid. Choose one of: due, opened, state, steward, person."));
		this.mvc.perform(get("/api/v1/transfer-cases/ledger.xlsx").param("sort", "fly").with(as("xc-steward")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"))
			.andExpect(jsonPath("$.detail").value(containsString("“fly”")));
	}

	@Test
	void aLedgerOfMoreThanTenThousandCasesIsRefusedWithARequestToFilter() throws Exception {
		String wendeng = this.jdbc.sql("select agency_code from identity.app_user where username = 'wd-teller'")
			.query(String.class)
			.single();
		long person = personId(personMovedFromYingcheng("台账上限"));
		String prefix = "ledger-limit-" + UUID.randomUUID().toString().substring(0, 8) + "-";
		List<Object[]> cases = new ArrayList<>();
		for (int i = 0; i <= CaseLedger.MAX_ROWS; i++) {
			cases.add(new Object[] { prefix + i, wendeng, YINGCHENG, person });
		}
		try {
			this.jdbcTemplate.batchUpdate("""
					insert into transfer.transfer_case (transfer_id, side, agency_code, counterpart_code, person_id,
					 insurance_type, category, state, attempt, opened_on, clock_from, version, created_at)
					values (?, 'IN', ?, ?, ?, 'EMPLOYEE_PENSION', 'ORDINARY', 'COMPLETED', 1, current_date,
					 current_date, 0, current_timestamp)""", cases);

			this.mvc.perform(get("/api/v1/transfer-cases/ledger.xlsx").with(as("wd-teller")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").value(containsString("超过 10,000 件")));
			this.mvc
				.perform(get("/api/v1/transfer-cases/ledger.xlsx").header("Accept-Language", "en")
					.with(as("wd-teller")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail").value(containsString("More than 10,000 cases match")));
			Ledger narrowed = ledger(get("/api/v1/transfer-cases/ledger.xlsx").param("state", "APPLIED")
				.with(as("wd-teller")));
			assertThat(narrowed.rows()).noneMatch(row -> text(row, "转移编号").startsWith(prefix));
		}
		finally {
			this.jdbc.sql("delete from transfer.transfer_case where transfer_id like ?").param(prefix + "%").update();
		}
	}

	private ResultActions saveView(String username, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/transfer-cases/views").with(as(username))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	@Test
	void aUserSavesListsAndDeletesTheirOwnViewsOnly() throws Exception {
		String name = "超期转入 " + UUID.randomUUID().toString().substring(0, 8);
		String body = saveView("xc-steward", """
				{"name": " %s ", "side": "in", "overdue": true, "steward": "xc-steward", "sort": "Person"}"""
			.formatted(name)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.side").value("IN"))
			.andExpect(jsonPath("$.state").doesNotExist())
			.andExpect(jsonPath("$.overdue").value(true))
			.andExpect(jsonPath("$.steward").value("xc-steward"))
			.andExpect(jsonPath("$.sort").value("person"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();

		this.mvc.perform(get("/api/v1/transfer-cases/views").with(as("xc-steward")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name").value(hasItem(name)));
		saveView("xc-steward", """
				{"name": "%s", "state": "APPLIED"}""".formatted(name)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.detail").value(containsString(name)));
		saveView("xc-teller", """
				{"name": "%s"}""".formatted(name)).andExpect(status().isCreated());

		this.mvc.perform(get("/api/v1/transfer-cases/views").with(as("xc-supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(not(hasItem((int) id))));
		this.mvc.perform(delete("/api/v1/transfer-cases/views/{id}", id).with(as("xc-teller")))
			.andExpect(status().isNotFound());
		this.mvc.perform(delete("/api/v1/transfer-cases/views/{id}", id).with(as("xc-steward")))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/transfer-cases/views").with(as("xc-steward")))
			.andExpect(jsonPath("$[*].id").value(not(hasItem((int) id))));
		this.mvc.perform(delete("/api/v1/transfer-cases/views/{id}", id).with(as("xc-steward")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aViewWithBadFieldsIsRefusedAllAtOnceAndNothingIsSaved() throws Exception {
		long before = this.jdbc.sql("select count(*) from transfer.saved_view").query(Long.class).single();
		saveView("xc-steward", """
				{"name": "  ", "state": "LOST", "sort": "fly"}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("name", "state", "sort")))
			.andExpect(jsonPath("$.detail").value("请填写视图名称。"));
		saveView("xc-steward", """
				{"name": "%s"}""".formatted("视".repeat(51))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.detail").value("视图名称最多 50 个字。"));
		this.mvc
			.perform(post("/api/v1/transfer-cases/views").with(as("xc-steward"))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "ok", "side": "sideways"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The filter value \"sideways\" is not valid."));
		assertThat(this.jdbc.sql("select count(*) from transfer.saved_view").query(Long.class).single())
			.isEqualTo(before);
	}

}
