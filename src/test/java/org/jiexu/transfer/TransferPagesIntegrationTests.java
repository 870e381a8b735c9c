package org.jiexu.transfer;

import java.time.LocalDate;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The transfer pages: the agency's list, a new transfer-in, a case with its checks and actions, refusals shown. */
class TransferPagesIntegrationTests extends IntegrationTestSupport {

	private TransferFixtures transfers() {
		return new TransferFixtures(this.mvc, this.jdbc, this::unusedIdNumber);
	}

	private String personMovedFromYingcheng() throws Exception {
		return transfers().personMovedFromYingcheng("页面测试", null);
	}

	@Test
	void aClerkOpensATransferInFromTheFormAndSeesTheCaseWithItsChecksAndActions() throws Exception {
		String idNumber = personMovedFromYingcheng();
		this.mvc.perform(get("/transfers/new").with(as("xc-supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("申请转入"), containsString("应城"),
					not(containsString("value=\"" + XICHENG + "\"")))));
		String location = this.mvc
			.perform(post("/transfers").with(as("xc-supervisor"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("idNumber", idNumber)
				.param("sendingAgencyCode", YINGCHENG)
				.param("insuranceType", "EMPLOYEE_PENSION")
				.param("category", "ORDINARY"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/transfers/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(get(location).with(as("xc-supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("已受理"), containsString("本人已在本地参保缴费"),
					containsString("action-send-contact-letter"), containsString("办理经过"))));
		this.mvc.perform(get(location).with(as("xc-supervisor")).param("lang", "en"))
			.andExpect(content().string(allOf(containsString("Accepted"), containsString("Send the contact letter"))));
		this.mvc.perform(get("/transfers").with(as("xc-supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(location)));
	}

	@Test
	void theFormOffersThePersonsWhoseRelationIsStillHeldElsewhereAndAcceptsOneWithAClick() throws Exception {
		String idNumber = personMovedFromYingcheng();
		long person = this.jdbc.sql("select id from registry.insured_person where id_number = ?")
			.param(idNumber)
			.query(Long.class)
			.single();
		String candidate = "candidate-" + person + "-" + YINGCHENG;
		this.mvc.perform(get("/transfers/new").with(as("xc-steward")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(candidate), containsString(idNumber))));
		this.mvc.perform(get("/transfers/new").with(as("xc-reviewer")))
			.andExpect(content().string(not(containsString("candidate-"))));
		this.mvc
			.perform(post("/transfers").with(as("xc-steward"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("idNumber", idNumber)
				.param("sendingAgencyCode", YINGCHENG)
				.param("insuranceType", "EMPLOYEE_PENSION"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/transfers/new").with(as("xc-steward")))
			.andExpect(content().string(not(containsString(candidate))));
	}

	@Test
	void aCandidateWhoseTransferTheTemporaryAccountRuleStopsIsMarkedAndListedLast() throws Exception {
		String idNumber = null;
		for (int sequence = 11; idNumber == null; sequence += 2) { // odd: a man, born 1965, hukou in Hubei
			String candidate = org.jiexu.policy.IdNumber.compose("420981", LocalDate.of(1965, 3, 3), sequence).value();
			if (this.jdbc.sql("select count(*) from registry.insured_person where id_number = ?")
				.param(candidate)
				.query(Long.class)
				.single() == 0) {
				idNumber = candidate;
			}
		}
		this.mvc
			.perform(post("/api/v1/persons").with(as("xc-teller"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"idNumber": "%s", "name": "临时账户", "hukouRegionCode": "420981"}""".formatted(idNumber)))
			.andExpect(status().isCreated());
		long person = transfers().personId(idNumber);
		this.jdbc.sql("insert into registry.insurance_relation (insured_person, agency_code, state, started_on)"
				+ " values (?, ?, 'SUSPENDED', ?)")
			.params(person, YINGCHENG, java.sql.Date.valueOf(LocalDate.of(2010, 1, 1)))
			.update();
		String passing = personMovedFromYingcheng();
		long passingPerson = transfers().personId(passing);
		String page = this.mvc.perform(get("/transfers/new").with(as("xc-steward")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("candidate-check-" + person + "-TEMPORARY_ACCOUNT"),
					containsString("应建临时账户"), not(containsString("candidate-check-" + passingPerson + "-")))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions
			.assertThat(page.indexOf("candidate-" + passingPerson + "-" + YINGCHENG))
			.as("those who can transfer come first")
			.isLessThan(page.indexOf("candidate-" + person + "-" + YINGCHENG));
	}

	@Test
	void aCandidateWhoDrawsAPensionAtAnotherAgencyIsMarkedAndListedLast() throws Exception {
		String idNumber = personMovedFromYingcheng();
		long person = transfers().personId(idNumber);
		this.jdbc.sql("insert into registry.insurance_relation (insured_person, agency_code, state, started_on)"
				+ " values (?, '61030301', 'SUSPENDED', ?)")
			.params(person, java.sql.Date.valueOf(LocalDate.of(2008, 6, 1)))
			.update();
		transfers().pensionStarted("jt-steward", idNumber, "2024-05");
		long passingPerson = transfers().personId(personMovedFromYingcheng());
		String page = this.mvc.perform(get("/transfers/new").with(as("xc-steward")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("candidate-check-" + person + "-NOT_DRAWING_PENSION"),
					containsString("已领取养老待遇（不再转移）"),
					not(containsString("candidate-check-" + passingPerson + "-")))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(page.indexOf("candidate-" + passingPerson + "-" + YINGCHENG))
			.as("those who can transfer come first")
			.isLessThan(page.indexOf("candidate-" + person + "-" + YINGCHENG));
	}

	@Test
	void theListExportsTheLedgerAndTheCasePageItsDocumentsWithThePageSession() throws Exception {
		this.mvc.perform(get("/transfers").param("urgent", "true").param("sort", "opened").with(as("xc-supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ledger-export")));
		this.mvc.perform(get("/transfers/ledger.xlsx").param("side", "IN").with(as("xc-supervisor")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Disposition", containsString("transfer-case-ledger.xlsx")));
		String idNumber = personMovedFromYingcheng();
		String location = this.mvc
			.perform(post("/transfers").with(as("xc-supervisor"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("idNumber", idNumber)
				.param("sendingAgencyCode", YINGCHENG)
				.param("insuranceType", "EMPLOYEE_PENSION"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(post(location + "/actions/send-contact-letter").with(as("xc-supervisor"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(location).with(as("xc-supervisor")))
			.andExpect(content().string(containsString("document-contact-letter")));
		this.mvc.perform(get(location + "/documents/contact-letter.pdf").with(as("xc-supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		this.mvc.perform(get(location + "/documents/info-table.pdf").with(as("xc-supervisor")))
			.andExpect(status().isConflict());
	}

	@Test
	void aStewardSavesTheFilterAsANamedViewOpensItAndDeletesIt() throws Exception {
		String name = "待发函-" + System.nanoTime() % 100000;
		String location = this.mvc
			.perform(post("/transfers/views").with(as("xc-steward"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("name", name)
				.param("state", "APPLIED")
				.param("side", "IN")
				.param("sort", "opened"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		org.assertj.core.api.Assertions.assertThat(location).contains("state=APPLIED", "side=IN", "sort=opened");
		this.mvc.perform(get(location).with(as("xc-steward")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(name), containsString("selected"))));
		this.mvc.perform(get("/transfers").with(as("xc-supervisor"))).andExpect(content().string(not(containsString(name))));
		long id = this.jdbc.sql("select id from transfer.saved_view where name = ?").param(name).query(Long.class).single();
		this.mvc.perform(post("/transfers/views/{id}/delete", id).with(as("xc-steward"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/transfers").with(as("xc-steward"))).andExpect(content().string(not(containsString(name))));
	}

	@Test
	void aFormWithBadFieldsIsShownAgainWithEveryReason() throws Exception {
		this.mvc
			.perform(post("/transfers").with(as("xc-supervisor"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("idNumber", "12345")
				.param("sendingAgencyCode", "")
				.param("insuranceType", "EMPLOYEE_PENSION"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("open-refused"), containsString("没有代码为"))));
	}

	@Test
	void aRefusedActionIsExplainedOnTheCasePage() throws Exception {
		String idNumber = personMovedFromYingcheng();
		String location = this.mvc
			.perform(post("/transfers").with(as("xc-supervisor"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("idNumber", idNumber)
				.param("sendingAgencyCode", YINGCHENG)
				.param("insuranceType", "EMPLOYEE_PENSION"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var flash = this.mvc
			.perform(post(location + "/actions/reject").with(as("xc-supervisor"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap();
		this.mvc.perform(get(location).with(as("xc-supervisor")).flashAttrs(flash))
			.andExpect(content().string(allOf(containsString("id=\"refusal\""), containsString("请填写理由"))));
	}

	@Test
	void thePersonAppliesOnlineAndSeesTheirTransferAsATimelineWithWhatComesNext() throws Exception {
		long person = this.jdbc.sql("select person_id from identity.app_user where username = 'person-demo'")
			.query(Long.class)
			.single();
		String idNumber = this.jdbc.sql("select id_number from registry.insured_person where id = ?")
			.param(person)
			.query(String.class)
			.single();
		// Kaiyuan, Jintai or Wendeng: the first without a transfer of this person yet (the suite may run again on one
		// database); where the person has not worked, the registry is given the earlier relation there.
		String sending = java.util.stream.Stream.of("53250201", "61030301", "37100301")
			.filter(code -> this.jdbc.sql("select count(*) from transfer.transfer_case where person_id = ? and counterpart_code = ?")
				.params(person, code)
				.query(Long.class)
				.single() == 0)
			.findFirst()
			.orElseThrow();
		if (this.jdbc.sql("select count(*) from registry.insurance_relation where insured_person = ? and agency_code = ?")
			.params(person, sending)
			.query(Long.class)
			.single() == 0) {
			this.jdbc.sql("insert into registry.insurance_relation (insured_person, agency_code, state, started_on)"
					+ " values (?, ?, 'SUSPENDED', ?)")
				.params(person, sending, java.sql.Date.valueOf(LocalDate.of(2008, 3, 1)))
				.update();
		}
		String body = this.mvc.perform(post("/api/v1/transfer-cases").with(as("person-demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"idNumber": "%s", "sendingAgencyCode": "%s", "insuranceType": "EMPLOYEE_PENSION"}"""
				.formatted(idNumber, sending)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
		String due = com.jayway.jsonpath.JsonPath.read(body, "$.dueOn");
		this.mvc.perform(get("/transfers").with(as("person-demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("我的养老保险关系转移"), containsString("/transfers/" + id))));
		this.mvc.perform(get("/transfers/{id}", id).with(as("person-demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("next-step"), containsString(due),
					containsString("受理转入申请"), not(containsString("action-")), not(containsString("problem-form")))));
		this.mvc.perform(get("/transfers/{id}", id).with(as("yc-supervisor"))).andExpect(status().isNotFound());
	}

}
