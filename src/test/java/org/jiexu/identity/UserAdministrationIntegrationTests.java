package org.jiexu.identity;

import java.util.concurrent.ThreadLocalRandom;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class UserAdministrationIntegrationTests extends IntegrationTestSupport {

	@Test
	void letsAnAdministratorCreateAStaffAccountThatWorksInTheirAgencyOnly() throws Exception {
		String username = newUsername();
		this.mvc
			.perform(post("/api/v1/users").with(as("admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "%s", "password": "start2026", "displayName": "新管家", "roles": ["STEWARD"]}"""
					.formatted(username.toUpperCase())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.agencyCode").value(XICHENG))
			.andExpect(jsonPath("$.roles[0]").value("STEWARD"));
		this.mvc.perform(get("/api/v1/persons/{id}", personOnlyAt(XICHENG, YINGCHENG)).with(httpBasic(username, "start2026")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/persons/{id}", personOnlyAt(YINGCHENG, XICHENG)).with(httpBasic(username, "start2026")))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesAccountsWithoutRolesWithOutsideRolesOrWeakPasswords() throws Exception {
		this.mvc
			.perform(post("/api/v1/users").with(as("admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "x", "password": "short", "displayName": "", "roles": ["EMPLOYER_HANDLER"]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].code", hasItem("identity.user.roles.staffOnly")));
		this.mvc
			.perform(post("/api/v1/users").with(as("admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "%s", "password": "password", "displayName": "某人", "roles": []}"""
					.formatted(newUsername())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].code", hasItem("identity.user.roles.required")));
		this.mvc
			.perform(post("/api/v1/users").with(as("admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "bad name", "password": "password", "displayName": "某人", "roles": ["TELLER"]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("username")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("password")));
	}

	@Test
	void refusesATakenUsername() throws Exception {
		this.mvc
			.perform(post("/api/v1/users").with(as("admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "yc-steward", "password": "start2026", "displayName": "重名", "roles": ["TELLER"]}"""))
			.andExpect(status().isConflict());
	}

	@Test
	void leavesUserAdministrationToAdministrators() throws Exception {
		this.mvc.perform(get("/api/v1/users").with(as("xc-supervisor"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users").with(as("xc-steward"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/users").with(as("admin")))
			.andExpect(jsonPath("$[*].username", hasItem("xc-steward")))
			.andExpect(jsonPath("$[*].username", not(hasItem("yc-steward"))));
	}

	@Test
	void disablesAndEnablesAnAccountOfTheAgencyOnly() throws Exception {
		String username = createTeller();
		this.mvc.perform(post("/api/v1/users/{u}/disable", username).with(as("admin")))
			.andExpect(jsonPath("$.enabled").value(false));
		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, "start2026"))).andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/v1/users/{u}/enable", username).with(as("admin")))
			.andExpect(jsonPath("$.enabled").value(true));
		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, "start2026"))).andExpect(status().isOk());
		this.mvc.perform(post("/api/v1/users/{u}/disable", "yc-steward").with(as("admin")))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/users/{u}/disable", "admin").with(as("admin")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void changesOnesOwnPasswordOnlyWithTheCurrentOne() throws Exception {
		String username = createTeller();
		this.mvc
			.perform(put("/api/v1/me/password").with(httpBasic(username, "start2026"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"currentPassword": "wrong", "newPassword": "better2027"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
		this.mvc
			.perform(put("/api/v1/me/password").with(httpBasic(username, "start2026"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"currentPassword": "start2026", "newPassword": "better2027"}"""))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, "better2027")))
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.agencyCode").value(XICHENG));
		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, "start2026"))).andExpect(status().isUnauthorized());
	}

	private String createTeller() throws Exception {
		String username = newUsername();
		this.mvc
			.perform(post("/api/v1/users").with(as("admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "%s", "password": "start2026", "displayName": "柜员", "roles": ["TELLER"]}"""
					.formatted(username)))
			.andExpect(status().isCreated());
		return username;
	}

	private static String newUsername() {
		return "xc-test-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
	}

}
