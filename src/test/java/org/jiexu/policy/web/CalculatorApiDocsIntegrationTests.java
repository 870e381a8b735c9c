package org.jiexu.policy.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every public calculator endpoint is documented in OpenAPI with a summary and an example for each input: each
 * parameter has an example, each request body at least one named example.
 */
class CalculatorApiDocsIntegrationTests extends IntegrationTestSupport {

	@Test
	void everyCalculatorEndpointHasASummaryAndAnExampleForEachInput() throws Exception {
		String json = this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		JsonNode paths = JsonMapper.builder().build().readTree(json).get("paths");
		List<String> documented = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			if (!path.getKey().startsWith("/api/v1/policy/") && !path.getKey().startsWith("/api/v1/calculations/")) {
				continue;
			}
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				String name = operation.getKey().toUpperCase() + " " + path.getKey();
				documented.add(name);
				JsonNode op = operation.getValue();
				if (op.path("summary").asString("").isBlank()) {
					missing.add(name + ": summary");
				}
				for (JsonNode parameter : op.path("parameters")) {
					if (parameter.path("example").isMissingNode() && parameter.path("schema").path("example").isMissingNode()) {
						missing.add(name + ": example of parameter " + parameter.path("name").asString());
					}
				}
				JsonNode body = op.path("requestBody");
				if (!body.isMissingNode() && !body.findValues("examples").stream().anyMatch(examples -> examples.size() > 0)) {
					missing.add(name + ": example of the request body");
				}
			}
		}
		assertThat(documented).contains("GET /api/v1/policy/id-numbers/{idNumber}", "GET /api/v1/policy/credit-codes/{code}",
				"GET /api/v1/policy/retirement", "GET /api/v1/policy/minimum-contribution",
				"GET /api/v1/policy/working-days/add", "GET /api/v1/policy/working-days/between",
				"GET /api/v1/policy/interest-rates", "POST /api/v1/calculations/account-balance",
				"POST /api/v1/calculations/transfer-amounts", "POST /api/v1/calculations/benefit-place",
				"POST /api/v1/calculations/pension-estimate");
		assertThat(missing).isEmpty();
	}

}
