package org.jiexu.identity;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AuditTrailIntegrationTests extends IntegrationTestSupport {

	@Test
	void recordsARegistrationForTheAgencysAuditorsOnly() throws Exception {
		this.mvc
			.perform(post("/api/v1/persons").with(as("xc-teller"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"idNumber": "%s", "name": "审计对象"}""".formatted(unusedIdNumber())))
			.andExpect(status().isCreated());
		long id = this.jdbc.sql("select max(id) from registry.insured_person").query(Long.class).single();
		this.mvc.perform(get("/api/v1/audit-events").with(as("xc-auditor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.action == 'PERSON_REGISTERED')].subject", hasItem("person " + id)))
			.andExpect(jsonPath("$[?(@.subject == 'person " + id + "')].username", hasItem("xc-teller")));
		this.mvc.perform(get("/api/v1/audit-events").with(as("yc-supervisor")))
			.andExpect(jsonPath("$[*].subject", not(hasItem("person " + id))));
	}

	@Test
	void recordsSignInsAndFailedAttempts() throws Exception {
		this.mvc.perform(get("/api/v1/me").with(httpBasic("xc-reviewer", "not-the-password")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(formLogin("/login").user("xc-reviewer").password(PASSWORD))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("""
				select action from identity.audit_event where username = 'xc-reviewer' and agency_code = ?""")
			.param(XICHENG)
			.query(String.class)
			.list()).contains("SIGN_IN_FAILED", "SIGNED_IN");
	}

	@Test
	void showsTheTrailToSupervisorsButNotToStewards() throws Exception {
		this.mvc.perform(get("/audit").with(as("xc-supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("审计日志")));
		this.mvc.perform(get("/api/v1/audit-events").with(as("xc-steward"))).andExpect(status().isForbidden());
	}

}
