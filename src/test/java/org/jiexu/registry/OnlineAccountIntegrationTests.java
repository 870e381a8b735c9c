package org.jiexu.registry;

import java.util.List;
import java.util.Map;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class OnlineAccountIntegrationTests extends IntegrationTestSupport {

	@Test
	void opensAPersonsOnlineAccountUnderTheirIdNumber() throws Exception {
		String idNumber = unusedIdNumber();
		long id = register(idNumber);
		this.mvc
			.perform(post("/api/v1/persons/{id}/online-account", id).with(as("xc-teller"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"password": "first2026"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value(idNumber.toLowerCase()))
			.andExpect(jsonPath("$.kind").value("INSURED_PERSON"))
			.andExpect(jsonPath("$.personId").value(id));
		this.mvc.perform(get("/api/v1/persons/{id}", id).with(httpBasic(idNumber, "first2026")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.idNumber").value(idNumber))
			.andExpect(jsonPath("$.onlineAccount").value(true));
		this.mvc
			.perform(post("/api/v1/persons/{id}/online-account", id).with(as("xc-teller"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "another-name", "password": "first2026"}"""))
			.andExpect(status().isConflict());
	}

	@Test
	void opensAnAccountOnlyForPersonsInScopeAndOnlyByRegistrars() throws Exception {
		long yingchengOnly = personOnlyAt(YINGCHENG, XICHENG);
		String body = """
				{"username": "someone-new", "password": "first2026"}""";
		this.mvc
			.perform(post("/api/v1/persons/{id}/online-account", yingchengOnly).with(as("xc-teller"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/persons/{id}/online-account", personOnlyAt(XICHENG, YINGCHENG))
				.with(as("xc-auditor"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isForbidden());
	}

	@Test
	void opensAHandlerAccountThatSeesItsEmployer() throws Exception {
		long employer = this.jdbc.sql("select max(id) from registry.employer where agency_code = ?")
			.param(XICHENG)
			.query(Long.class)
			.single();
		String username = "handler-" + System.nanoTime();
		this.mvc
			.perform(post("/api/v1/employers/{id}/handlers", employer).with(as("xc-steward"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "%s", "displayName": "X", "password": "first2026", "phone": "123"}"""
					.formatted(username)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("phone"));
		this.mvc
			.perform(post("/registry/employers/{id}/handlers", employer).with(as("xc-steward")).with(csrf())
				.param("username", username)
				.param("displayName", "王专管")
				.param("password", "first2026")
				.param("phone", "13912340000"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("accountOpened", username));
		org.assertj.core.api.Assertions.assertThat(this.jdbc.sql("select contact_phone from identity.app_user where username = ?")
			.param(username)
			.query(String.class)
			.single()).isEqualTo("13912340000");
		this.mvc.perform(get("/api/v1/employers").with(httpBasic(username, "first2026")))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(employer));
		this.mvc
			.perform(post("/api/v1/employers/{id}/handlers", employer).with(as("yc-steward"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "intruder-1", "displayName": "X", "password": "first2026"}"""))
			.andExpect(status().isNotFound());
	}

	@Test
	void reportsARefusedAccountOnThePersonPage() throws Exception {
		long id = register(unusedIdNumber());
		this.mvc
			.perform(post("/registry/persons/{id}/online-account", id).with(as("xc-steward")).with(csrf())
				.param("password", "weak"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("accountErrors"));
	}

	@Test
	void showsTheOutcomeOfOpeningAnAccountOnThePage() throws Exception {
		long id = register(unusedIdNumber());
		this.mvc.perform(get("/registry/persons/{id}", id).with(as("xc-steward"))
			.flashAttr("accountErrors", Map.of("password", List.of("密码太弱的原因"))))
			.andExpect(content().string(containsString("密码太弱的原因")));
		this.mvc.perform(get("/registry/persons/{id}", id).with(as("xc-steward")).flashAttr("accountOpened", "new-user"))
			.andExpect(content().string(containsString("已开通账号 new-user")));
	}

	private long register(String idNumber) throws Exception {
		this.mvc
			.perform(post("/api/v1/persons").with(as("xc-teller"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"idNumber": "%s", "name": "网上开户"}""".formatted(idNumber)))
			.andExpect(status().isCreated());
		return this.jdbc.sql("select id from registry.insured_person where id_number = ?")
			.param(idNumber)
			.query(Long.class)
			.single();
	}

}
