package org.jiexu.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Transfers set up through the API for tests of other modules: a person who moved from Yingcheng to Xicheng, and a
 * transfer walked to completion by the two agencies' supervisors (the exchange delivers after each commit, so the
 * steps wait for the other side).
 */
public final class TransferFixtures {

	public static final String XICHENG = "11010201";

	public static final String YINGCHENG = "42098101";

	private static final String PASSWORD = "demo1234";

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final Supplier<String> unusedIdNumber;

	public TransferFixtures(MockMvc mvc, JdbcClient jdbc, Supplier<String> unusedIdNumber) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.unusedIdNumber = unusedIdNumber;
	}

	/**
	 * A newly registered person contributing at Xicheng (hukou Beijing) whose earlier relation at Yingcheng is
	 * suspended there (since 2015-03); returns the ID number. The phone, if given, is the person's mobile.
	 */
	public String personMovedFromYingcheng(String name, @Nullable String phone) throws Exception {
		String idNumber = this.unusedIdNumber.get();
		String phoneField = phone == null ? "" : ", \"phone\": \"" + phone + "\"";
		this.mvc
			.perform(post("/api/v1/persons").with(httpBasic("xc-teller", PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"idNumber": "%s", "name": "%s"%s}""".formatted(idNumber, name, phoneField)))
			.andExpect(status().isCreated());
		this.jdbc.sql("insert into registry.insurance_relation (insured_person, agency_code, state, started_on)"
				+ " values (?, ?, 'SUSPENDED', ?)")
			.params(personId(idNumber), YINGCHENG, java.sql.Date.valueOf(LocalDate.of(2015, 3, 1)))
			.update();
		return idNumber;
	}

	/**
	 * A demo person contributing at Xicheng, with a suspended relation and records at Yingcheng and no transfer case
	 * yet, whom the temporary-account rule lets transfer in (hukou Beijing, or under 39 on moving); the ID number.
	 */
	public String movedDemoPerson() {
		return this.jdbc.sql("""
				select p.id_number from registry.insured_person p
				join registry.insurance_relation here on here.insured_person = p.id and here.agency_code = :xc
				 and here.state = 'ACTIVE'
				join registry.insurance_relation there on there.insured_person = p.id and there.agency_code = :yc
				 and there.state = 'SUSPENDED'
				where (p.hukou_region_code like '11%'
				  or extract(year from here.started_on) - extract(year from p.birth_date) < 39)
				  and not exists (select 1 from transfer.transfer_case c where c.person_id = p.id)
				order by p.id limit 1""")
			.param("xc", XICHENG)
			.param("yc", YINGCHENG)
			.query(String.class)
			.single();
	}

	/**
	 * Months at Yingcheng as taken over from its earlier system, each with its base and the account credit that system
	 * booked (histories taken over are where overlaps and rates other than 11% / 8% come from), and the account's
	 * credits, booked in {@code postingYear}.
	 */
	public void bookedAtYingcheng(long personId, String contributorType, YearMonth from, YearMonth to, String base,
			String credit, int postingYear) {
		this.jdbc.sql("insert into account.individual_account (person_id, agency_code, opened_on) select ?, ?, ?"
				+ " where not exists (select 1 from account.individual_account where person_id = ? and agency_code = ?)")
			.params(personId, YINGCHENG, java.sql.Date.valueOf(from.atDay(1)), personId, YINGCHENG)
			.update();
		long account = this.jdbc.sql("select id from account.individual_account where person_id = ? and agency_code = ?")
			.params(personId, YINGCHENG)
			.query(Long.class)
			.single();
		for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
			java.sql.Date day = java.sql.Date.valueOf(month.atDay(1));
			this.jdbc.sql("""
					insert into contribution.contribution_record (person_id, agency_code, contribution_month,
					 contributor_type, base, employer_part, individual_part, account_credit, pooled_part, origin, paid_on,
					 late_fee, recorded_at)
					values (?, ?, ?, ?, ?, 0.00, 0.00, ?, 0.00, 'HISTORY', ?, 0.00, current_timestamp)""")
				.params(personId, YINGCHENG, day, contributorType, new BigDecimal(base), new BigDecimal(credit), day)
				.update();
			this.jdbc.sql("""
					insert into account.posting (account_id, kind, value_month, posting_year, amount, reference, posted_at)
					values (?, 'CONTRIBUTION', ?, ?, ?, ?, current_timestamp)""")
				.params(account, day, postingYear, new BigDecimal(credit), "history:" + personId + ":" + month)
				.update();
		}
	}

	/** The balance of the person's account at the agency: the sum of its postings. */
	public BigDecimal balance(long personId, String agency) {
		return this.jdbc.sql("select coalesce(sum(p.amount), 0) from account.posting p join account.individual_account a"
				+ " on a.id = p.account_id where a.person_id = ? and a.agency_code = ?")
			.params(personId, agency)
			.query(BigDecimal.class)
			.single();
	}

	/** The amounts of the postings of one kind on the person's account at the agency, in the order booked. */
	public List<BigDecimal> postings(long personId, String agency, String kind) {
		return this.jdbc.sql("select p.amount from account.posting p join account.individual_account a"
				+ " on a.id = p.account_id where a.person_id = ? and a.agency_code = ? and p.kind = ? order by p.id")
			.params(personId, agency, kind)
			.query(BigDecimal.class)
			.list();
	}

	public long personId(String idNumber) {
		return this.jdbc.sql("select id from registry.insured_person where id_number = ?")
			.param(idNumber)
			.query(Long.class)
			.single();
	}

	/**
	 * Records, as the user (a registrar of the agency holding the person's live relation), that the person draws the
	 * pension there from the month ({@code yyyy-MM}).
	 */
	public void pensionStarted(String username, String idNumber, String fromMonth) throws Exception {
		this.mvc
			.perform(post("/api/v1/persons/{id}/pension-start", personId(idNumber)).with(httpBasic(username, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"fromMonth": "%s"}""".formatted(fromMonth)))
			.andExpect(status().isOk());
	}

	/** Applies, as the user, for a transfer-in of the person from Yingcheng. */
	public ResultActions open(String username, String idNumber) throws Exception {
		return this.mvc.perform(post("/api/v1/transfer-cases").with(httpBasic(username, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"idNumber": "%s", "sendingAgencyCode": "%s", "insuranceType": "EMPLOYEE_PENSION"}"""
				.formatted(idNumber, YINGCHENG)));
	}

	/** A transfer-in of the person from Yingcheng, accepted at Xicheng; returns the case id. */
	public long openedCase(String idNumber) throws Exception {
		String body = open("xc-supervisor", idNumber).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	public ResultActions act(String username, long caseId, String action, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/transfer-cases/{id}/actions/{action}", caseId, action)
			.with(httpBasic(username, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	/** A transfer whose info table Yingcheng has issued: both cases and the amounts it moves. */
	public record Issued(long in, long out, BigDecimal pooledFund, BigDecimal individualAccount) {
	}

	/**
	 * Applies at Xicheng for a transfer-in of the person from Yingcheng, sends the contact letter and has Yingcheng
	 * issue the info table with the funds.
	 */
	public Issued issuedFromYingcheng(String idNumber) throws Exception {
		long in = openedCase(idNumber);
		act("xc-supervisor", in, "send-contact-letter", "{}").andExpect(status().isOk());
		long out = awaitOutCaseOf(in);
		String issued = act("yc-supervisor", out, "issue-info", "{}").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new Issued(in, out, new BigDecimal(JsonPath.read(issued, "$.pooledFund").toString()),
				new BigDecimal(JsonPath.read(issued, "$.individualAccount").toString()));
	}

	/** Walks the transfer-in through both agencies to completion; returns the transfer-out case id. */
	public long completed(long in) throws Exception {
		act("xc-supervisor", in, "send-contact-letter", "{}").andExpect(status().isOk());
		long out = awaitOutCaseOf(in);
		act("yc-supervisor", out, "issue-info", "{}").andExpect(status().isOk());
		completedAfterInfoIssued(in, out);
		return out;
	}

	/**
	 * Takes a transfer whose info table Yingcheng has issued to completion: Yingcheng ends the relation, Xicheng
	 * reconciles, continues the records and completes, and Yingcheng's case completes on the receipt.
	 */
	public void completedAfterInfoIssued(long in, long out) throws Exception {
		awaitState(in, "INFO_RECEIVED");
		act("yc-supervisor", out, "terminate-relation", "{}").andExpect(status().isOk());
		for (String action : List.of("reconcile", "continue-records", "complete")) {
			act("xc-supervisor", in, action, "{}").andExpect(status().isOk());
		}
		awaitState(out, "COMPLETED");
	}

	/** The transfer-out case of a transfer-in, once its contact letter has arrived. */
	public long awaitOutCaseOf(long inCaseId) throws InterruptedException {
		for (int i = 0; i < 200; i++) {
			List<Long> ids = this.jdbc.sql("""
					select o.id from transfer.transfer_case o join transfer.transfer_case i on i.transfer_id = o.transfer_id
					where i.id = ? and o.side = 'OUT'""").param(inCaseId).query(Long.class).list();
			if (!ids.isEmpty()) {
				return ids.get(0);
			}
			Thread.sleep(50);
		}
		throw new AssertionError("No transfer-out case for " + inCaseId);
	}

	/** Waits until the case reaches the state (a message from the other agency moves it). */
	public void awaitState(long caseId, String state) throws InterruptedException {
		for (int i = 0; i < 200 && !state.equals(stateOf(caseId)); i++) {
			Thread.sleep(50);
		}
		assertThat(stateOf(caseId)).isEqualTo(state);
	}

	public String stateOf(long caseId) {
		return this.jdbc.sql("select state from transfer.transfer_case where id = ?")
			.param(caseId)
			.query(String.class)
			.optional()
			.orElse("");
	}

}
