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
				post("/admin/users").with(csrf()).param("roles", "NOBODY"),
				get("/api/v1/persons/abc/contributions"), get("/api/v1/persons/-1/account"),
				get("/api/v1/persons/99999999999/rights-statement.pdf"), get("/api/v1/jobs/x"),
				json("/api/v1/persons/1/back-payments/quote", "{\"firstMonth\": \"" + LONG + "\", \"base\": \"1e99\"}"),
				json("/api/v1/persons/1/back-payments", "{\"firstMonth\": 1, \"lastMonth\": [], \"applyLimit\": \"maybe\"}"),
				json("/api/v1/persons/1/back-payments", "[]"),
				json("/api/v1/employers/1/payment-declarations", "{\"month\": \"2026-99\"}"),
				json("/api/v1/employers/abc/payment-declarations", "{}"),
				json("/api/v1/jobs/interest-posting", "{\"year\": \"" + LONG + "\", \"rate\": \"-1\"}"),
				json("/api/v1/jobs/interest-posting", "{\"year\": \"2024.5\"}"), json("/api/v1/jobs/5/resume", "{}"),
				post("/accounts/interest-posting").with(csrf()).param("year", LONG).param("rate", "x"),
				get("/registry/persons/x/rights-statement"), get("/registry/persons/1/contributions"));
	}

	/** The public calculators: no login, so anybody on the internet can send these. */
	static List<MockHttpServletRequestBuilder> calculatorRequests() {
		return List.of(get("/api/v1/policy/retirement").param("birth", LONG).param("category", "KING"),
				get("/api/v1/policy/retirement").param("birth", "-0001-01").param("category", "MALE"),
				get("/api/v1/policy/minimum-contribution").param("year", "99999999999999"),
				get("/api/v1/policy/working-days/add").param("from", "2025-02-30").param("days", "-1"),
				get("/api/v1/policy/working-days/add").param("from", "2025-01-01").param("days", "2147483648"),
				get("/api/v1/policy/working-days/between").param("from", "2200-12-31").param("to", "1900-01-01"),
				get("/api/v1/policy/interest-rates").param("province", LONG),
				get("/api/v1/policy/base-limits").param("province", "'--").param("year", "1e9"),
				get("/api/v1/policy/contribution-rates").param("type", "%00").param("month", "2025-00"),
				json("/api/v1/calculations/account-balance", "{\"credits\": [{\"year\": 1e400, \"amount\": \"NaN\"}]}"),
				json("/api/v1/calculations/account-balance", "{\"credits\": 5, \"interestRates\": []}"),
				json("/api/v1/calculations/pension-estimate", "{\"averageWage\": \"1e999999\", \"retirementAge\": \"x\"}"),
				json("/api/v1/calculations/pension-estimate", "[1, 2]"),
				json("/api/v1/calculations/transfer-amounts", "{\"segments\": [null, {}, {\"from\": \"" + LONG + "\"}]}"),
				json("/api/v1/calculations/transfer-amounts", "{\"segments\": [{\"from\": \"1990-01\", \"to\": \"2100-12\", "
						+ "\"monthlyBase\": \"1000000\", \"accountRate\": \"0.3\", \"personalRate\": \"0.3\"}]}"),
				json("/api/v1/calculations/benefit-place", "{\"hukouProvince\": {}, \"segments\": \"x\"}"),
				json("/api/v1/calculations/temporary-account", "{\"gender\": \"X\", \"birthDate\": \"1975-02-29\"}"),
				get("/calculators/retirement").param("calculate", "1").param("birth", LONG).param("category", LONG),
				get("/calculators/working-days").param("add", "1").param("from", "x").param("days", "y"),
				get("/calculators/transfer-amounts").param("calculate", "1").param("rows", "99999").param("from", "2016-01")
					.param("rates", "=,=;==").param("monthlyBase", "-5"),
				get("/calculators/benefit-place").param("calculate", "1").param("province", LONG).param("months", "x"),
				get("/calculators/pension-estimate").param("calculate", "1").param("ageYears", "999"));
	}

	@ParameterizedTest
	@MethodSource("calculatorRequests")
	void refusesCalculatorInputWithoutAServerError(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isBetween(200, 499);
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
