package org.jiexu.contribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Every base declaration endpoint is in the OpenAPI document with a summary. */
class BaseDeclarationApiDocsIntegrationTests extends IntegrationTestSupport {

	@Test
	void everyBaseDeclarationEndpointHasASummary() throws Exception {
		String json = this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		JsonNode paths = JsonMapper.builder().build().readTree(json).get("paths");
		List<String> documented = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			if (!path.getKey().contains("base-declarations")) {
				continue;
			}
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				String name = operation.getKey().toUpperCase() + " " + path.getKey();
				documented.add(name);
				if (operation.getValue().path("summary").asString("").isBlank()) {
					missing.add(name);
				}
			}
		}
		assertThat(documented).contains("POST /api/v1/employers/{id}/base-declarations",
				"GET /api/v1/employers/{id}/base-declarations", "POST /api/v1/persons/{id}/base-declarations",
				"GET /api/v1/base-declarations/reviews", "POST /api/v1/base-declarations/{id}/approve",
				"POST /api/v1/base-declarations/{id}/reject", "GET /api/v1/base-declarations/{id}/evidence/{evidenceId}");
		assertThat(missing).isEmpty();
	}

}
