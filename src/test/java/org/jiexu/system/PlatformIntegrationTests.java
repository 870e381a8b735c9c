package org.jiexu.system;

import java.sql.Connection;

import javax.sql.DataSource;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PlatformIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private DataSource dataSource;

	@Autowired
	private Environment environment;

	@Test
	void runsOnTheDatabaseTheProfileNames() throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName())
				.isEqualTo(this.environment.matchesProfiles("postgres") ? "PostgreSQL" : "H2");
		}
	}

	@Test
	void publishesTheOpenApiDescriptionOfTheApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/persons']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/employers/{id}']").exists());
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

	@Test
	void reportsHealthToAnyoneAndMetricsToAdministratorsOnly() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/prometheus").with(as("xc-steward"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/prometheus").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	@Test
	void servesBootstrapAndHtmxFromWebJars() throws Exception {
		this.mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
		this.mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
	}

	@Test
	void greetsTheSignedInUserWithTheirRole() throws Exception {
		this.mvc.perform(get("/").with(as("yc-supervisor")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("应城科长")))
			.andExpect(content().string(containsString("科长")));
	}

}
