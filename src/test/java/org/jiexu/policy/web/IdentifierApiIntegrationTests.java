package org.jiexu.policy.web;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class IdentifierApiIntegrationTests extends IntegrationTestSupport {

	@Test
	void readsTheStandardsExampleIdNumberWithoutLogin() throws Exception {
		this.mvc.perform(get("/api/v1/policy/id-numbers/11010519491231002X"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.reason").value(nullValue()))
			.andExpect(jsonPath("$.birthDate").value("1949-12-31"))
			.andExpect(jsonPath("$.gender").value("FEMALE"))
			.andExpect(jsonPath("$.regionCode").value("110105"))
			.andExpect(jsonPath("$.regionName").value("北京市朝阳区"))
			.andExpect(jsonPath("$.source").value(containsString("GB 11643")));
	}

	@Test
	void answersAWrongCheckCharacterAsInvalidWithTheReasonInTheRequestLanguage() throws Exception {
		this.mvc.perform(get("/api/v1/policy/id-numbers/110105194912310021"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.reason").value(containsString("校验码")))
			.andExpect(jsonPath("$.birthDate").value(nullValue()));
		this.mvc.perform(get("/api/v1/policy/id-numbers/110105194912310021").header("Accept-Language", "en"))
			.andExpect(jsonPath("$.reason").value(containsString("check character")));
	}

	@Test
	void showsThe18DigitFormOfA15DigitNumberAsTheReason() throws Exception {
		this.mvc.perform(get("/api/v1/policy/id-numbers/110105491231002"))
			.andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.reason").value(containsString("11010519491231002X")));
	}

	@Test
	void answersOddTextAsInvalidNotAsAnError() throws Exception {
		this.mvc.perform(get("/api/v1/policy/id-numbers/{id}", "<script>"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(false));
	}

	@Test
	void checksCreditCodes() throws Exception {
		this.mvc.perform(get("/api/v1/policy/credit-codes/91350100M000100Y43"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.reason").value(nullValue()))
			.andExpect(jsonPath("$.source").value(containsString("GB 32100")));
		this.mvc.perform(get("/api/v1/policy/credit-codes/91350100M000100Y44").header("Accept-Language", "en"))
			.andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.reason").value(containsString("check character")));
	}

	@Test
	void documentsTheIdentifierChecksWithExamples() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/policy/id-numbers/{idNumber}'].get.parameters[0].example")
				.value("11010519491231002X"))
			.andExpect(jsonPath("$.paths['/api/v1/policy/credit-codes/{code}'].get.parameters[0].example")
				.value("91350100M000100Y43"));
	}

}
