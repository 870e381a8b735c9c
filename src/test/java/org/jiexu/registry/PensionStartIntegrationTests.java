package org.jiexu.registry;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Recording that a person starts drawing the pension (领取养老待遇) at the clerk's agency: the relation there becomes
 * DRAWING_PENSION with the month, audited; refused for a month after this one, for a person drawing already, without
 * a live relation at the clerk's agency, outside the clerk's scope (404) and for users who are not registrars (403).
 */
class PensionStartIntegrationTests extends IntegrationTestSupport {

	private static final YearMonth THIS_MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai"));

	/** A newly registered person contributing at Xicheng; with a relation at another agency if one is given. */
	private long personAtXicheng(String otherAgency, String otherState) throws Exception {
		String idNumber = unusedIdNumber();
		this.mvc
			.perform(post("/api/v1/persons").with(as("xc-teller"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"idNumber": "%s", "name": "待遇测试"}""".formatted(idNumber)))
			.andExpect(status().isCreated());
		long id = this.jdbc.sql("select id from registry.insured_person where id_number = ?")
			.param(idNumber)
			.query(Long.class)
			.single();
		if (otherAgency != null) {
			this.jdbc.sql("insert into registry.insurance_relation (insured_person, agency_code, state, started_on)"
					+ " values (?, ?, ?, ?)")
				.params(id, otherAgency, otherState, java.sql.Date.valueOf(LocalDate.of(2012, 4, 1)))
				.update();
		}
		return id;
	}

	private ResultActions record(String username, long personId, String month) throws Exception {
		return this.mvc.perform(post("/api/v1/persons/{id}/pension-start", personId).with(as(username))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"fromMonth": "%s"}""".formatted(month)));
	}

	private String stateAt(long personId, String agency) {
		return this.jdbc.sql("select state from registry.insurance_relation where insured_person = ? and agency_code = ?")
			.params(personId, agency)
			.query(String.class)
			.single();
	}

	private long audited(long personId) {
		return this.jdbc.sql("""
				select count(*) from identity.audit_event where action = 'PENSION_START_RECORDED' and subject like ?""")
			.param("person " + personId + " %")
			.query(Long.class)
			.single();
	}

	@Test
	void aClerkRecordsThatAPersonDrawsAPensionAtTheirAgencyFromAMonthAndTheTrailSaysWho() throws Exception {
		long id = personAtXicheng(null, null);
		String month = THIS_MONTH.minusMonths(2).toString();
		record("xc-steward", id, month).andExpect(status().isOk())
			.andExpect(jsonPath("$.relations[0].agency.code").value(XICHENG))
			.andExpect(jsonPath("$.relations[0].state").value("DRAWING_PENSION"))
			.andExpect(jsonPath("$.relations[0].pensionFrom").value(month))
			.andExpect(jsonPath("$.relations[0].endedOn").doesNotExist());
		assertThat(stateAt(id, XICHENG)).isEqualTo("DRAWING_PENSION");
		assertThat(this.jdbc.sql("select pension_from from registry.insurance_relation where insured_person = ?")
			.param(id)
			.query(LocalDate.class)
			.single()).isEqualTo(YearMonth.parse(month).atDay(1));
		assertThat(this.jdbc.sql("""
				select username from identity.audit_event where action = 'PENSION_START_RECORDED' and subject = ?""")
			.param("person " + id + " from " + month)
			.query(String.class)
			.list()).containsExactly("xc-steward");
	}

	@Test
	void theCurrentMonthMayBeRecordedButNotAMonthAfterIt() throws Exception {
		long id = personAtXicheng(null, null);
		record("xc-teller", id, THIS_MONTH.plusMonths(1).toString()).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("fromMonth"))
			.andExpect(jsonPath("$.errors[0].code").value("registry.pension.fromMonth.future"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(THIS_MONTH.toString())));
		assertThat(stateAt(id, XICHENG)).isEqualTo("ACTIVE");
		assertThat(audited(id)).isZero();
		record("xc-teller", id, THIS_MONTH.toString()).andExpect(status().isOk())
			.andExpect(jsonPath("$.relations[0].pensionFrom").value(THIS_MONTH.toString()));
	}

	@Test
	void aMissingOrMalformedMonthIsRefusedInTheReadersLanguage() throws Exception {
		long id = personAtXicheng(null, null);
		record("xc-steward", id, "2024-13").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("输入有误"))
			.andExpect(jsonPath("$.errors[0].field").value("fromMonth"))
			.andExpect(jsonPath("$.errors[0].code").value("policy.input.yearMonth"));
		this.mvc
			.perform(post("/api/v1/persons/{id}/pension-start", id).with(as("xc-steward"))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid input"))
			.andExpect(jsonPath("$.errors[0].field").value("fromMonth"));
		assertThat(stateAt(id, XICHENG)).isEqualTo("ACTIVE");
	}

	@Test
	void aPersonWhoDrawsAPensionAnywhereCannotBeRecordedAgain() throws Exception {
		long id = personAtXicheng(YINGCHENG, "SUSPENDED");
		record("yc-steward", id, "2024-05").andExpect(status().isOk());
		record("xc-steward", id, "2024-06").andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].code").value("registry.pension.alreadyDrawing"))
			.andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("应城市社会保险局"),
					containsString("2024-05"))));
		this.mvc
			.perform(post("/api/v1/persons/{id}/pension-start", id).with(as("xc-steward"))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"fromMonth": "2024-06"}"""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].message")
				.value(allOf(containsString("Yingcheng Social Insurance Agency"), containsString("2024-05"))));
		record("yc-steward", id, "2024-05").andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].code").value("registry.pension.alreadyDrawing"));
		assertThat(stateAt(id, XICHENG)).isEqualTo("ACTIVE");
		assertThat(audited(id)).isEqualTo(1);
	}

	@Test
	void aClerkWhoseAgencyHoldsNoLiveRelationOfThePersonIsRefused() throws Exception {
		long id = personAtXicheng(YINGCHENG, "TRANSFERRED_OUT");
		record("yc-steward", id, "2024-05").andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].code").value("registry.pension.noLiveRelation"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("应城市社会保险局")));
		assertThat(stateAt(id, YINGCHENG)).isEqualTo("TRANSFERRED_OUT");
		assertThat(stateAt(id, XICHENG)).isEqualTo("ACTIVE");
		assertThat(audited(id)).isZero();
	}

	@Test
	void anotherAgencysClerkFindsNoSuchPersonAndNonRegistrarsAreForbidden() throws Exception {
		long id = personAtXicheng(null, null);
		record("yc-steward", id, "2024-05").andExpect(status().isNotFound())
			.andExpect(jsonPath("$.relations").doesNotExist());
		record("jt-steward", id, "2024-05").andExpect(status().isNotFound());
		record("xc-auditor", id, "2024-05").andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		record("xc-reviewer", id, "2024-05").andExpect(status().isForbidden());
		assertThat(stateAt(id, XICHENG)).isEqualTo("ACTIVE");

		long self = userScope("person-demo", "person_id");
		record("person-demo", self, "2024-05").andExpect(status().isForbidden());
		long employer = userScope("employer-demo", "employer_id");
		long staff = this.jdbc.sql("""
				select min(insured_person) from registry.employment where employer_id = ? and last_month is null""")
			.param(employer)
			.query(Long.class)
			.single();
		record("employer-demo", staff, "2024-05").andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("""
				select count(*) from registry.insurance_relation where insured_person in (?, ?)
				and state = 'DRAWING_PENSION'""").params(self, staff).query(Long.class).single()).isZero();
		assertThat(audited(id) + audited(self) + audited(staff)).isZero();
	}

	@Test
	void thePersonPageOffersTheFormToRegistrarsAndShowsThePensionOnceRecorded() throws Exception {
		long id = personAtXicheng(null, null);
		this.mvc.perform(get("/registry/persons/{id}", id).with(as("xc-steward")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("pension-start-submit"), containsString("登记领取养老待遇"))));
		this.mvc.perform(get("/registry/persons/{id}", id).with(as("xc-reviewer")))
			.andExpect(content().string(not(containsString("pension-start-submit"))));

		this.mvc
			.perform(post("/registry/persons/{id}/pension-start", id).with(as("xc-steward"))
				.with(csrf())
				.param("fromMonth", THIS_MONTH.plusMonths(3).toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("pensionErrors"));
		assertThat(stateAt(id, XICHENG)).isEqualTo("ACTIVE");

		this.mvc
			.perform(post("/registry/persons/{id}/pension-start", id).with(as("xc-steward"))
				.with(csrf())
				.param("fromMonth", "2025-01"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("pensionRecorded", "2025-01"));
		this.mvc.perform(get("/registry/persons/{id}", id).with(as("xc-steward")))
			.andExpect(content().string(allOf(containsString("领取养老待遇"), containsString("（自 2025-01 起）"),
					not(containsString("pension-start-submit")))));
		this.mvc.perform(get("/registry/persons/{id}", id).param("lang", "en").with(as("xc-steward")))
			.andExpect(content().string(allOf(containsString("Drawing a pension"), containsString("(since 2025-01)"))));
	}

}
