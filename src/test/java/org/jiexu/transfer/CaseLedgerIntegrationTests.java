package org.jiexu.transfer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The order of the case list through the API, with the transfers of {@link TransferCaseIntegrationTests} (Yingcheng
 * sending, Xicheng receiving).
 */
class CaseLedgerIntegrationTests extends IntegrationTestSupport {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	/** A newly registered person at Xicheng with the name, whose relation at Yingcheng is suspended. */
	private String personMovedFromYingcheng(String name) throws Exception {
		String idNumber = unusedIdNumber();
		this.mvc
			.perform(post("/api/v1/persons").with(as("xc-teller"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"idNumber": "%s", "name": "%s"}""".formatted(idNumber, name)))
			.andExpect(status().isCreated());
		this.jdbc.sql("insert into registry.insurance_relation (insured_person, agency_code, state, started_on)"
				+ " values (?, ?, 'SUSPENDED', ?)")
			.params(personId(idNumber), YINGCHENG, java.sql.Date.valueOf(LocalDate.of(2015, 3, 1)))
			.update();
		return idNumber;
	}

	private long personId(String idNumber) {
		return this.jdbc.sql("select id from registry.insured_person where id_number = ?")
			.param(idNumber)
			.query(Long.class)
			.single();
	}

	private long openedCase(String idNumber) throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/transfer-cases").with(as("xc-supervisor"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"idNumber": "%s", "sendingAgencyCode": "%s", "insuranceType": "EMPLOYEE_PENSION"}"""
					.formatted(idNumber, YINGCHENG)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private ResultActions act(String username, long caseId, String action, String body) throws Exception {
		return this.mvc.perform(post("/api/v1/transfer-cases/{id}/actions/{action}", caseId, action)
			.with(as(username))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	@Test
	void theListIsSortedByDueDateOpeningStateStewardOrPerson() throws Exception {
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
	}

}
