package org.jiexu.policy.web;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The money calculators are in the OpenAPI description, each with an example. */
class MoneyApiDocsIntegrationTests extends IntegrationTestSupport {

	@Test
	void documentsThePolicyFigureEndpointsWithParameterExamples() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/policy/interest-rates'].get.summary").exists())
			.andExpect(jsonPath("$.paths['/api/v1/policy/interest-rates'].get.parameters[0].schema.example").value("42"))
			.andExpect(jsonPath("$.paths['/api/v1/policy/base-limits'].get.parameters[*].schema.example",
					contains("42", "2026", "3000.00")))
			.andExpect(jsonPath("$.paths['/api/v1/policy/contribution-rates'].get.parameters[*].example",
					hasItem("EMPLOYEE")))
			.andExpect(jsonPath("$.components.schemas.BaseLimitsView.properties.floor.example").value("4632.00"));
	}

	@Test
	void documentsTheCalculationsWithBodyExamples() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/calculations/account-balance'].post.summary").exists())
			.andExpect(jsonPath(
					"$.paths['/api/v1/calculations/account-balance'].post.requestBody.content['application/json'].examples['two years'].value.openingBalance")
				.value("1000.00"))
			.andExpect(jsonPath(
					"$.paths['/api/v1/calculations/pension-estimate'].post.requestBody.content['application/json'].examples['30 years at 60'].value.averageIndex")
				.value("0.8"))
			.andExpect(jsonPath("$.components.schemas.PensionEstimateResult.properties.total.example").value("4692.08"))
			.andExpect(jsonPath("$.paths['/api/v1/calculations/pension-estimate'].post.description",
					containsString("C × (1 + Z) / 2 × N × 1%")));
	}

}
