package org.jiexu.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The individual-account money of a transfer from Yingcheng to Xicheng beyond the plain case: the 11% / 8%
 * normalisation of what the sending agency booked, and the supplementary remittance (补转) of interest posted
 * after the account left.
 */
class TransferMoneyIntegrationTests extends IntegrationTestSupport {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	private TransferFixtures transfers() {
		return new TransferFixtures(this.mvc, this.jdbc, this::unusedIdNumber);
	}

	private void bookedAtYingcheng(long personId, YearMonth from, YearMonth to, String base, String credit,
			int postingYear) {
		transfers().bookedAtYingcheng(personId, "EMPLOYEE", from, to, base, credit, postingYear);
	}

	private BigDecimal balance(long personId, String agency) {
		return transfers().balance(personId, agency);
	}

	private List<BigDecimal> postings(long personId, String agency, String kind) {
		return transfers().postings(personId, agency, kind);
	}

	@Test
	void theSendingAgencyTopsUpWhatItBookedBelowTheNormalisedRateAndKeepsWhatItBookedAbove() throws Exception {
		String idNumber = transfers().personMovedFromYingcheng("归一测试", null);
		long personId = transfers().personId(idNumber);
		int thisYear = TODAY.getYear();
		// 1996: 11% booked, the person's own 8% moves: 30 a month stays (360)
		bookedAtYingcheng(personId, YearMonth.of(1996, 1), YearMonth.of(1996, 12), "1000.00", "110.00", thisYear);
		// 2003: 12% booked, 11% moves: 30 a month stays (90)
		bookedAtYingcheng(personId, YearMonth.of(2003, 1), YearMonth.of(2003, 3), "3000.00", "360.00", thisYear);
		// 2010: 6% booked, 8% moves: 80 a month is topped up (480)
		bookedAtYingcheng(personId, YearMonth.of(2010, 1), YearMonth.of(2010, 6), "4000.00", "240.00", thisYear);
		BigDecimal booked = balance(personId, YINGCHENG);
		assertThat(booked).isEqualByComparingTo("3840.00");

		TransferFixtures.Issued issued = transfers().issuedFromYingcheng(idNumber);
		long in = issued.in();
		long out = issued.out();
		BigDecimal account = issued.individualAccount();

		assertThat(account).as("booked 3,840.00 + 480.00 topped up − 450.00 kept back").isEqualByComparingTo("3870.00");
		assertThat(postings(personId, YINGCHENG, "NORMALISATION")).containsExactly(new BigDecimal("480.00"),
				new BigDecimal("-450.00"));
		assertThat(balance(personId, YINGCHENG)).as("the sending account is emptied").isZero();
		this.mvc.perform(get("/api/v1/transfer-cases/{id}", out).with(as("yc-supervisor")))
			.andExpect(jsonPath("$.history[?(@.action == 'ISSUE_INFO')].reason")
				.value(org.hamcrest.Matchers.contains(containsString("补足 / topped up 480.00，不转移 / kept back 450.00"))));

		assertThat(fundLines(out, "NORMALISATION", 4)).as("Yingcheng's fund ledger: the top-up from the pooled fund,"
				+ " the part kept back into it")
			.containsExactlyInAnyOrder("INDIVIDUAL_ACCOUNT_FUND debit 480.00", "POOLED_FUND credit 480.00",
					"POOLED_FUND debit 450.00", "INDIVIDUAL_ACCOUNT_FUND credit 450.00");
		assertThat(fundLines(out, "REMITTANCE_SENT", 3)).contains("INDIVIDUAL_ACCOUNT_FUND credit 3870.00");

		BigDecimal atXicheng = balance(personId, XICHENG);
		transfers().completedAfterInfoIssued(in, out);
		assertThat(balance(personId, XICHENG)).as("Xicheng credits what left Yingcheng")
			.isEqualByComparingTo(atXicheng.add(account));
	}

	/**
	 * The lines the case's agency booked in its fund ledger for the transfer, of one kind ("ACCOUNT debit|credit
	 * amount"), once the asynchronous booking has written {@code expected} of them.
	 */
	private List<String> fundLines(long caseId, String kind, int expected) throws InterruptedException {
		String sql = """
				select l.account, l.debit, l.credit from fund.journal_line l
				join fund.journal_entry e on e.id = l.entry_id
				join transfer.transfer_case c on c.transfer_id = e.transfer_id and c.agency_code = e.agency_code
				where c.id = ? and e.kind = ? order by l.id""";
		List<String> lines = List.of();
		for (int i = 0; i < 200 && lines.size() < expected; i++) {
			if (i > 0) {
				Thread.sleep(50);
			}
			lines = this.jdbc.sql(sql)
				.params(caseId, kind)
				.query((rs, row) -> rs.getString(1) + (rs.getBigDecimal(2).signum() > 0
						? " debit " + rs.getBigDecimal(2).toPlainString() : " credit " + rs.getBigDecimal(3).toPlainString()))
				.list();
		}
		return lines;
	}

	@Test
	void interestPostedAtTheSendingAgencyAfterTheTransferFollowsAsASupplementaryRemittanceNormalisedToo()
			throws Exception {
		String idNumber = transfers().personMovedFromYingcheng("补转测试", null);
		long personId = transfers().personId(idNumber);
		int lastYear = TODAY.getYear() - 1;
		// last year, whose interest Yingcheng has not posted (no rate published yet): 6% booked, 8% moves
		bookedAtYingcheng(personId, YearMonth.of(lastYear, 1), YearMonth.of(lastYear, 6), "5000.00", "300.00",
				lastYear);
		TransferFixtures.Issued issued = transfers().issuedFromYingcheng(idNumber);
		long in = issued.in();
		long out = issued.out();
		assertThat(issued.individualAccount()).as("1,800.00 booked, topped up by 600.00 to 8%")
			.isEqualByComparingTo("2400.00");
		transfers().completedAfterInfoIssued(in, out);
		BigDecimal atXicheng = balance(personId, XICHENG);

		String run = this.mvc
			.perform(post("/api/v1/jobs/interest-posting").with(as("yc-supervisor"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"year\": %d, \"rate\": \"0.015\"}".formatted(lastYear)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(run).as("the interest posting starts").contains("\"job\"");
		long job = ((Number) JsonPath.read(run, "$.job.id")).longValue();
		awaitSupplementReceived(in);

		// the year's interest on the 1,800.00 booked: 1,800 × 0.015 × 1.083 / 2 = 14.6205 → 14.62; on the 600.00
		// top-up: 600 × 0.015 × 0.5415 = 4.8735 → 4.87; together what 2,400.00 booked at 8% would have earned
		assertThat(jobState(job)).isEqualTo("COMPLETED");
		assertThat(postings(personId, YINGCHENG, "INTEREST")).containsExactly(new BigDecimal("14.62"));
		assertThat(postings(personId, YINGCHENG, "NORMALISATION")).containsExactly(new BigDecimal("600.00"),
				new BigDecimal("4.87"));
		assertThat(postings(personId, YINGCHENG, "TRANSFER_OUT")).containsExactly(new BigDecimal("-2400.00"),
				new BigDecimal("-19.49"));
		assertThat(balance(personId, YINGCHENG)).as("emptied again").isZero();
		assertThat(balance(personId, XICHENG)).isEqualByComparingTo(atXicheng.add(new BigDecimal("19.49")));
		assertThat(fundLines(out, "NORMALISATION", 4)).as("the normalisation of the info table, then of the supplement")
			.containsExactly("INDIVIDUAL_ACCOUNT_FUND debit 600.00", "POOLED_FUND credit 600.00",
					"INDIVIDUAL_ACCOUNT_FUND debit 4.87", "POOLED_FUND credit 4.87");
		assertThat(fundLines(out, "SUPPLEMENT_SENT", 2)).contains("INDIVIDUAL_ACCOUNT_FUND credit 19.49");
		this.mvc.perform(get("/api/v1/transfer-cases/{id}", out).with(as("yc-supervisor")))
			.andExpect(jsonPath("$.state").value("COMPLETED"))
			.andExpect(jsonPath("$.history[?(@.action == 'SEND_SUPPLEMENT')].reason")
				.value(org.hamcrest.Matchers.contains(containsString("19.49"))));
		this.mvc.perform(get("/api/v1/transfer-cases/{id}", in).with(as("xc-supervisor")))
			.andExpect(jsonPath("$.history[?(@.action == 'RECEIVE_SUPPLEMENT')].actor")
				.value(org.hamcrest.Matchers.contains("exchange:" + YINGCHENG)))
			.andExpect(jsonPath("$.messages[*].kind").value(org.hamcrest.Matchers.hasItem("SUPPLEMENTARY_REMITTANCE")));
	}

	@Test
	void theReceivingAgencyContinuesTheHistoryTheInfoTableCarriesWhenItsDatabaseLacksTheSendingRecords()
			throws Exception {
		String idNumber = transfers().personMovedFromYingcheng("接续测试", null);
		long personId = transfers().personId(idNumber);
		bookedAtYingcheng(personId, YearMonth.of(2019, 1), YearMonth.of(2019, 12), "5000.00", "400.00", TODAY.getYear());
		TransferFixtures.Issued issued = transfers().issuedFromYingcheng(idNumber);
		long in = issued.in();
		long out = issued.out();
		BigDecimal account = issued.individualAccount();
		transfers().awaitState(in, "INFO_RECEIVED");
		transfers().act("yc-supervisor", out, "terminate-relation", "{}").andExpect(status().isOk());
		// as if Xicheng's database were another deployment's: it never held Yingcheng's records or relation
		this.jdbc.sql("delete from contribution.contribution_record where person_id = ? and agency_code = ?")
			.params(personId, YINGCHENG)
			.update();
		this.jdbc.sql("delete from registry.insurance_relation where insured_person = ? and agency_code = ?")
			.params(personId, YINGCHENG)
			.update();
		BigDecimal atXicheng = balance(personId, XICHENG);

		transfers().act("xc-supervisor", in, "reconcile", "{}").andExpect(status().isOk());
		transfers().act("xc-supervisor", in, "continue-records", "{}").andExpect(status().isOk());

		assertThat(this.jdbc.sql("""
				select count(*) from contribution.contribution_record where person_id = ? and agency_code = ?
				 and origin = 'TRANSFER' and base = 5000.00 and account_credit = 400.00
				 and contribution_month between date '2019-01-01' and date '2019-12-01'""")
			.params(personId, YINGCHENG)
			.query(Long.class)
			.single()).as("the twelve months as the info table stated them").isEqualTo(12);
		assertThat(this.jdbc.sql("select state || ' ' || transferred_to from registry.insurance_relation"
				+ " where insured_person = ? and agency_code = ?")
			.params(personId, YINGCHENG)
			.query(String.class)
			.single()).isEqualTo("TRANSFERRED_OUT " + XICHENG);
		assertThat(balance(personId, XICHENG)).as("the records credit nothing: the account came with the transfer")
			.isEqualByComparingTo(atXicheng.add(account));
		this.mvc.perform(get("/api/v1/persons/{id}/contributions", personId).with(as("xc-supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.records[?(@.agencyCode == '" + YINGCHENG + "' && @.origin == 'TRANSFER')]",
					org.hamcrest.Matchers.hasSize(12)));
	}

	@Test
	void aRecordRunningIntoThisYearIsIssuedThoughLastYearsInterestRateIsNotYetPublished() throws Exception {
		String idNumber = transfers().personMovedFromYingcheng("跨年测试", null);
		long personId = transfers().personId(idNumber);
		int thisYear = TODAY.getYear();
		bookedAtYingcheng(personId, YearMonth.of(thisYear - 2, 1), YearMonth.of(thisYear, 1), "6000.00", "480.00",
				thisYear);

		TransferFixtures.Issued issued = transfers().issuedFromYingcheng(idNumber);

		// 25 months at 6,000: 12% of each year's bases, no interest on the pooled fund
		assertThat(issued.pooledFund()).isEqualByComparingTo("18000.00");
		assertThat(issued.individualAccount()).isEqualByComparingTo("12000.00");
	}

	private String jobState(long job) {
		return this.jdbc.sql("select state from job.job where id = ?").param(job).query(String.class).single();
	}

	private void awaitSupplementReceived(long in) throws InterruptedException {
		for (int i = 0; i < 600 && supplementsReceived(in) == 0; i++) {
			Thread.sleep(50);
		}
		assertThat(supplementsReceived(in)).isEqualTo(1);
	}

	private long supplementsReceived(long caseId) {
		return this.jdbc.sql("select count(*) from transfer.case_event where case_id = ? and action = 'RECEIVE_SUPPLEMENT'")
			.param(caseId)
			.query(Long.class)
			.single();
	}

}
