package org.jiexu.system;

import java.util.List;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Whatever a user types, the answer is a refusal (4xx) with a reason, never a server error. */
class HostileInputIntegrationTests extends IntegrationTestSupport {

	private static final String LONG = "长".repeat(5000);

	static List<MockHttpServletRequestBuilder> requests() {
		return List.of(get("/api/v1/persons/99999999999999999999999"), get("/api/v1/persons").param("page", "-5"),
				get("/api/v1/persons").param("size", "abc"), get("/api/v1/persons").param("q", LONG),
				get("/api/v1/persons").param("q", "%_'\";--"), get("/api/v1/employers").param("q", "' or 1=1 --"),
				json("/api/v1/persons", "[]"), json("/api/v1/persons", "{\"employerId\": \"abc\"}"),
				json("/api/v1/persons", "{\"idNumber\": 123456789012345678, \"name\": null}"),
				json("/api/v1/persons",
						"{\"idNumber\": \"" + LONG + "\", \"name\": \"" + LONG + "\", \"phone\": \"" + LONG
								+ "\", \"hukouRegionCode\": \"" + LONG + "\", \"employerCreditCode\": \"" + LONG
								+ "\"}"),
				json("/api/v1/employers", "{\"creditCode\": \"" + LONG + "\", \"name\": \"" + LONG + "\"}"),
				json("/api/v1/employers", "null"), json("/api/v1/users", "{\"roles\": [\"KING\"]}"),
				json("/api/v1/users", "{\"username\": \"" + LONG + "\", \"password\": \"" + LONG + "\"}"),
				json("/api/v1/persons/1/online-account", "{\"username\": \"" + LONG + "\"}"),
				get("/registry/persons").param("page", "x"), get("/registry/persons/abc"),
				get("/registry/employers/-1"), get("/audit").param("page", "99999999999"),
				post("/registry/persons").with(csrf()).param("idNumber", LONG).param("employerId", "x"),
				post("/admin/users").with(csrf()).param("roles", "NOBODY"));
	}

	@ParameterizedTest
	@MethodSource("requests")
	void refusesWithoutAServerError(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request.with(as("admin"))).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI())
			.isBetween(200, 499);
	}

	private static MockHttpServletRequestBuilder json(String url, String body) {
		return post(url).contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
