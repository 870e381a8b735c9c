package org.jiexu.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.jiexu.IntegrationTestSupport;
import org.jiexu.transfer.TransferFixtures;
import org.junit.jupiter.api.Test;

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
 * The fund ledger's API and page: the reconciliation of an agency pair seen from both agencies, who may read what, and
 * bad counterparts refused in the reader's language.
 */
class FundReportsIntegrationTests extends IntegrationTestSupport {

	private TransferFixtures transfers() {
		return new TransferFixtures(this.mvc, this.jdbc, this::unusedIdNumber);
	}

	@Test
	void theReconciliationOfAPairShowsTheSameTransferAndTheSameMoneyFromBothAgencies() throws Exception {
		String idNumber = transfers().personMovedFromYingcheng("基金对账", null);
		transfers().bookedAtYingcheng(transfers().personId(idNumber), "EMPLOYEE", YearMonth.of(2018, 3),
				YearMonth.of(2018, 8), "6000.00", "480.00", LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear());
		TransferFixtures.Issued issued = transfers().issuedFromYingcheng(idNumber);
		long in = issued.in();
		long out = issued.out();
		BigDecimal pooled = issued.pooledFund();
		BigDecimal account = issued.individualAccount();
		transfers().completedAfterInfoIssued(in, out);
		String transferId = this.jdbc.sql("select transfer_id from transfer.transfer_case where id = ?")
			.param(in)
			.query(String.class)
			.single();
		awaitSettled();

		String atXicheng = reconciliation("xc-supervisor", YINGCHENG);
		String atYingcheng = reconciliation("yc-supervisor", XICHENG);
		assertThat((String) JsonPath.read(atXicheng, "$.scope")).isEqualTo("BOTH_SIDES");
		assertThat((String) JsonPath.read(atYingcheng, "$.counterpartCode")).isEqualTo(XICHENG);
		Map<String, Object> received = only(atXicheng, transferId);
		Map<String, Object> sent = only(atYingcheng, transferId);
		assertThat(received).containsEntry("direction", "IN").containsEntry("status", "SETTLED");
		assertThat(sent).containsEntry("direction", "OUT").containsEntry("status", "SETTLED");
		for (Map<String, Object> side : List.of(received, sent)) {
			assertThat(money(side.get("sentPooledFund"))).isEqualByComparingTo(pooled);
			assertThat(money(side.get("sentIndividualAccount"))).isEqualByComparingTo(account);
			assertThat(money(side.get("receivedPooledFund"))).isEqualByComparingTo(pooled);
			assertThat(money(side.get("receivedIndividualAccount"))).isEqualByComparingTo(account);
			assertThat(money(side.get("sent"))).isEqualByComparingTo(pooled.add(account));
			assertThat(money(side.get("received"))).isEqualByComparingTo(pooled.add(account));
			assertThat(money(side.get("inTransit"))).isZero();
			assertThat(money(side.get("difference"))).isZero();
		}
		for (String figure : List.of("sent", "received", "inTransit", "difference")) {
			assertThat(money(JsonPath.read(atXicheng, "$.incoming." + figure)))
				.as("what Yingcheng sent Xicheng, " + figure)
				.isEqualByComparingTo(money(JsonPath.read(atYingcheng, "$.outgoing." + figure)));
			assertThat(money(JsonPath.read(atXicheng, "$.outgoing." + figure)))
				.isEqualByComparingTo(money(JsonPath.read(atYingcheng, "$.incoming." + figure)));
		}
		this.mvc.perform(get("/api/v1/funds/pairs").with(as("xc-supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.counterpartCode == '" + YINGCHENG + "')].scope").value(
					org.hamcrest.Matchers.contains("BOTH_SIDES")));
	}

	@Test
	void eachAgencysSupervisorsAndAdministratorsSeeOnlyTheirOwnAgencysLedger() throws Exception {
		this.mvc.perform(get("/api/v1/funds/balances").with(as("xc-supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agencyCode").value(XICHENG))
			.andExpect(jsonPath("$.accounts", hasSize(4)))
			.andExpect(jsonPath("$.accounts[*].account").value(org.hamcrest.Matchers.contains("POOLED_FUND",
					"INDIVIDUAL_ACCOUNT_FUND", "IN_TRANSIT", "REFUNDS_PAYABLE")))
			.andExpect(jsonPath("$.total").value(0.0));
		this.mvc.perform(get("/api/v1/funds/balances").with(as("yc-supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agencyCode").value(YINGCHENG));
		this.mvc.perform(get("/api/v1/funds/balances").param("agency", YINGCHENG).with(as("xc-supervisor")))
			.andExpect(jsonPath("$.agencyCode").value(XICHENG));
		this.mvc.perform(get("/api/v1/funds/balances").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agencyCode").value(XICHENG));
		for (String refused : List.of("xc-steward", "xc-teller", "xc-auditor", "yc-steward", "person-demo",
				"employer-demo")) {
			this.mvc.perform(get("/api/v1/funds/balances").with(as(refused))).andExpect(status().isForbidden());
			this.mvc.perform(get("/api/v1/funds/reconciliation").param("counterpart", YINGCHENG).with(as(refused)))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/api/v1/funds/network-check").with(as(refused))).andExpect(status().isForbidden());
			this.mvc.perform(get("/funds").with(as(refused))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/api/v1/funds/network-check").with(as("xc-supervisor"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/funds/network-check").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sumIsZero").value(true))
			.andExpect(jsonPath("$.balanced").value(true))
			.andExpect(jsonPath("$.unbalancedEntries", hasSize(0)));
		this.mvc.perform(get("/api/v1/funds/balances")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/").with(as("xc-supervisor"))).andExpect(content().string(containsString("nav-funds")));
		this.mvc.perform(get("/").with(as("xc-steward"))).andExpect(content().string(not(containsString("nav-funds"))));
	}

	@Test
	void aMissingOwnOrUnknownCounterpartIsRefusedWithTheReasonInChineseOrEnglish() throws Exception {
		this.mvc.perform(get("/api/v1/funds/reconciliation").with(as("xc-supervisor")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("counterpart"))
			.andExpect(jsonPath("$.detail").value("请选择对方机构。"));
		this.mvc.perform(get("/api/v1/funds/reconciliation").param("counterpart", XICHENG)
			.header("Accept-Language", "en")
			.with(as("xc-supervisor")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The counterpart cannot be this agency."));
		this.mvc.perform(get("/api/v1/funds/reconciliation").param("counterpart", "99999999")
			.header("Accept-Language", "en")
			.with(as("xc-supervisor")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("There is no agency with the code \"99999999\"."));
		this.mvc.perform(get("/funds").param("counterpart", "99999999").with(as("xc-supervisor")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("alert-danger"), containsString("没有代码为“99999999”的经办机构"),
					containsString("id=\"balances\""), not(containsString("id=\"reconciliation\"")))));
	}

	@Test
	void thePageShowsBalancesAndTheReconciliationInChineseAndEnglishAndTheNetworkCheckToAdministrators()
			throws Exception {
		awaitSettled();
		String balances = this.mvc.perform(get("/api/v1/funds/balances").with(as("xc-supervisor")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String pooled = new java.text.DecimalFormat("#,##0.00")
			.format(money(JsonPath.read(balances, "$.accounts[0].balance")));
		this.mvc.perform(get("/funds").with(as("xc-supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("基金账簿"), containsString("统筹基金"),
					containsString("在途资金"), containsString("应付退费"),
					containsString("id=\"balance-POOLED_FUND\">" + pooled + "<"),
					containsString("id=\"balance-total\">0.00<"), not(containsString("id=\"network-sum\"")))));
		this.mvc.perform(get("/funds").param("counterpart", YINGCHENG).with(as("xc-supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"reconciliation\""), containsString("id=\"flow-incoming-sent\""),
					containsString("应城市社会保险局的账簿都在本系统"))));
		this.mvc.perform(get("/funds").param("counterpart", XICHENG).param("lang", "en").with(as("yc-supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Fund ledger"), containsString("Pooled fund"),
					containsString("Money in transit"), containsString("Reconciliation"),
					containsString("are both kept here"), not(containsString("统筹基金")))));
		this.mvc.perform(get("/funds").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"network-sum\""), containsString("全网核对"),
					containsString("alert-success"))));
	}

	private String reconciliation(String username, String counterpart) throws Exception {
		return this.mvc.perform(get("/api/v1/funds/reconciliation").param("counterpart", counterpart).with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static Map<String, Object> only(String reconciliation, String transferId) {
		List<Map<String, Object>> listed = JsonPath.read(reconciliation,
				"$.transfers[?(@.transferId == '" + transferId + "')]");
		assertThat(listed).hasSize(1);
		return listed.get(0);
	}

	private static BigDecimal money(Object amount) {
		return new BigDecimal(amount.toString());
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
