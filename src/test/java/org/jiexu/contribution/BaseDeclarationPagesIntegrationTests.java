package org.jiexu.contribution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages: the employer's table form with its limit offer, the reviewers' queue and the person's own page. */
class BaseDeclarationPagesIntegrationTests extends BaseDeclarationTestSupport {

	@Test
	void theEmployerPageShowsTheLimitsTheirSourceAndThatPaidMonthsStay() throws Exception {
		long employer = userScope("employer-demo", "employer_id");
		this.mvc.perform(get("/contribution/employers/{id}/base-declarations", employer).with(as("employer-demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("缴费基数申报"), containsString(floor().toPlainString()),
					containsString(ceiling().toPlainString()), containsString("国办发〔2019〕13号"),
					containsString("不会追溯调整"), containsString("id=\"staff-bases\""))));
		this.mvc.perform(get("/contribution/employers/{id}/base-declarations", employer).param("lang", "en")
			.with(as("employer-demo")))
			.andExpect(content().string(allOf(containsString("Contribution base declaration"),
					containsString("Months already paid are not changed"))));
		this.mvc.perform(get("/registry/employers/{id}", employer).with(as("employer-demo")))
			.andExpect(content().string(containsString("/contribution/employers/" + employer + "/base-declarations")));
		this.mvc.perform(get("/contribution/employers/{id}/base-declarations", employer).with(as("xc-auditor")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"staff-bases\""),
					not(containsString("id=\"declare-submit\"")))));
	}

	@Test
	void aBaseUnderTheFloorComesBackWithTheReasonAndAButtonThatDeclaresAtTheFloor() throws Exception {
		long employer = newEmployer();
		long first = newStaff(employer);
		long second = newStaff(employer);
		List<Long> rows = staffRows(employer);
		Map<Long, String> typed = Map.of(first, "2000", second, "");
		this.mvc.perform(form(employer, rows, typed, null))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("未保存任何数据"),
					containsString("下限是 " + floor().toPlainString() + " 元"), containsString("国办发〔2019〕13号"),
					containsString("按下限 " + floor().toPlainString() + " 元申报"),
					containsString("id=\"apply-limit-" + first + "\""), containsString("value=\"2000\""))));
		assertThat(declarationsOf(first)).isZero();

		this.mvc.perform(form(employer, rows, typed, rows.indexOf(first)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/contribution/employers/" + employer + "/base-declarations?year=" + thisYear()))
			.andExpect(flash().attribute("declaredInForce", 1L));
		assertThat(this.jdbc.sql("select base from contribution.base_declaration where person_id = ?")
			.param(first)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo(floor());
		assertThat(declarationsOf(second)).isZero();
	}

	@Test
	void theReviewerApprovesOrRejectsFromTheQueuePage() throws Exception {
		long employer = newEmployer();
		long person = newStaff(employer);
		long other = newStaff(employer);
		long approved = pendingChange(employer, person, inForce(employer, person).add(BigDecimal.TEN), "xc-teller");
		long rejected = pendingChange(employer, other, inForce(employer, other).add(BigDecimal.TEN), "xc-teller");
		this.mvc.perform(get("/contribution/base-declarations/reviews").with(as("xc-reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"review-" + approved + "\""),
					containsString("payroll.pdf"), containsString("2025年度工资调整"), containsString("国办发〔2019〕13号"),
					containsString("id=\"nav-reviews\""))));
		this.mvc.perform(post("/contribution/base-declarations/{id}/approve", approved).with(as("xc-reviewer"))
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(flash().attribute("decided", "approved"));
		assertThat(state(approved)).isEqualTo("IN_FORCE");
		this.mvc.perform(post("/contribution/base-declarations/{id}/reject", rejected).with(as("xc-reviewer"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("reviewErrors"));
		assertThat(state(rejected)).isEqualTo("PENDING_REVIEW");
		this.mvc.perform(post("/contribution/base-declarations/{id}/reject", rejected).with(as("xc-reviewer"))
			.with(csrf())
			.param("reason", "合同期限不符"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/contribution/employers/{id}/base-declarations", employer).with(as("xc-teller")))
			.andExpect(content().string(allOf(containsString("已退回"), containsString("合同期限不符"))));
		this.mvc.perform(get("/contribution/base-declarations/reviews").with(as("xc-teller")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/").with(as("xc-teller"))).andExpect(content().string(not(containsString("nav-reviews"))));
	}

	@Test
	void aFlexibleWorkerDeclaresOnTheirOwnPageAndAnEmployeeIsToldTheEmployerDoes() throws Exception {
		long worker = newFlexibleWorker();
		String username = newPersonAccount(worker);
		this.mvc.perform(get("/contribution/persons/{id}/base-declarations", worker).with(handler(username)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("我的缴费基数"), containsString("id=\"declaration-form\""))));
		this.mvc.perform(multipart("/contribution/persons/{id}/base-declarations", worker).with(handler(username))
			.with(csrf())
			.param("year", String.valueOf(thisYear()))
			.param("base", "1000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("按下限"), containsString("id=\"apply-limit\""))));
		this.mvc.perform(multipart("/contribution/persons/{id}/base-declarations", worker).with(handler(username))
			.with(csrf())
			.param("year", String.valueOf(thisYear()))
			.param("base", "1000")
			.param("applyLimit", "true"))
			.andExpect(status().is3xxRedirection());
		JsonNode declared = JSON.readTree(this.mvc
			.perform(get("/api/v1/persons/{id}/base-declarations", worker).with(handler(username)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(declared.get("declarations").get(0).get("limitOutcome").asString()).isEqualTo("BELOW_FLOOR");

		long demoPerson = userScope("person-demo", "person_id");
		this.mvc.perform(get("/contribution/persons/{id}/base-declarations", demoPerson).with(as("person-demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"employed-by\""),
					not(containsString("id=\"declaration-form\"")))));
		this.mvc.perform(get("/registry/persons/{id}", demoPerson).with(as("person-demo")))
			.andExpect(content().string(containsString("id=\"own-base-link\"")));
		this.mvc.perform(get("/contribution/persons/{id}/base-declarations", worker).with(as("person-demo")))
			.andExpect(status().isNotFound());
	}

	/** The employer's current staff in the order of the page's rows. */
	private List<Long> staffRows(long employer) throws Exception {
		JsonNode view = JSON.readTree(this.mvc
			.perform(get("/api/v1/employers/{id}/base-declarations", employer).with(as("xc-teller")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		List<Long> ids = new ArrayList<>();
		view.get("staff").forEach(row -> ids.add(row.get("personId").asLong()));
		return ids;
	}

	/** The table form as a browser sends it: every row, blank bases included, and the button pressed. */
	private MockMultipartHttpServletRequestBuilder form(long employer, List<Long> rows, Map<Long, String> typed,
			Integer applyRow) {
		MockMultipartHttpServletRequestBuilder form = multipart("/contribution/employers/{id}/base-declarations",
				employer);
		form.file(new MockMultipartFile("evidence", "", "application/octet-stream", new byte[0]));
		form.param("year", String.valueOf(thisYear())).param("reason", "");
		for (Long row : rows) {
			form.param("personId", String.valueOf(row))
				.param("applyLimit", "false")
				.param("base", typed.getOrDefault(row, ""));
		}
		if (applyRow != null) {
			form.param("applyRow", String.valueOf(applyRow));
		}
		form.with(as("xc-teller")).with(csrf());
		return form;
	}

}
