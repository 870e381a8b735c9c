package org.jiexu.policy.web;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PensionEstimateApiIntegrationTests extends IntegrationTestSupport {

	private static final String URL = "/api/v1/calculations/pension-estimate";

	@Test
	void estimatesTheWorkedExampleWithoutLogin() throws Exception {
		estimate(PensionEstimateApiController.EXAMPLE).andExpect(status().isOk())
			.andExpect(jsonPath("$.basicPension").value("3253.23"))
			.andExpect(jsonPath("$.accountPension").value("1438.85"))
			.andExpect(jsonPath("$.divisor").value("139"))
			.andExpect(jsonPath("$.total").value("4692.08"))
			.andExpect(jsonPath("$.figures[?(@.name == 'indexedWage')].value").value("9639.20"))
			.andExpect(jsonPath("$.sources[0].document", startsWith("国发〔2005〕38号")))
			.andExpect(jsonPath("$.sources[0].confidence").value("HIGH"))
			.andExpect(jsonPath("$.sources[*].article", hasItem("附件 个人账户养老金计发月数表")));
	}

	@Test
	void takesTextAndJsonNumbersAlikeAndAnAgeWithMonths() throws Exception {
		estimate("""
				{"averageWage": 12049, "averageIndex": 0.8, "contributionYears": "30",
				 "accountBalance": 200000.00, "retirementAge": {"years": "60", "months": 3}}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.divisor").value("137.3"))
			.andExpect(jsonPath("$.accountPension").value("1456.66"))
			.andExpect(jsonPath("$.total").value("4709.89"))
			.andExpect(jsonPath("$.sources[*].confidence", hasItem("LOW")));
	}

	@Test
	void refusesBadFiguresFieldByFieldInChinese() throws Exception {
		estimate("""
				{"averageWage": "abc", "averageIndex": "9", "contributionYears": "30",
				 "accountBalance": "200000", "retirementAge": {"years": 60, "months": 0}}""")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("averageWage"))
			.andExpect(jsonPath("$.errors[0].message").value("“abc”不是数字，请填写例如 2400.00。"))
			.andExpect(jsonPath("$.errors.length()").value(1));
		estimate("""
				{"averageWage": "8000", "averageIndex": "9", "contributionYears": "61",
				 "accountBalance": "-1", "retirementAge": {"years": 75, "months": 0}}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("averageIndex"))
			.andExpect(jsonPath("$.errors[0].message").value("平均缴费工资指数 9 应在 0.1 到 5 之间。"))
			.andExpect(jsonPath("$.errors[1].field").value("contributionYears"))
			.andExpect(jsonPath("$.errors[2].field").value("accountBalance"))
			.andExpect(jsonPath("$.errors[3].field").value("retirementAge"))
			.andExpect(jsonPath("$.errors[3].message").value("退休年龄 75 岁 0 个月不在计发月数表的范围内（40 岁至 70 岁）。"));
	}

	@Test
	void refusesInEnglishWhenAsked() throws Exception {
		this.mvc
			.perform(post(URL).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"averageWage": "8000", "averageIndex": "1", "contributionYears": "30",
						 "accountBalance": "1000", "retirementAge": {"years": 60, "months": 12}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("retirementAge.months"))
			.andExpect(jsonPath("$.errors[0].message").value("\"12\" should be a whole number from 0 to 11."));
	}

	@Test
	void refusesAMissingAgeAndAMissingBody() throws Exception {
		estimate("""
				{"averageWage": "8000", "averageIndex": "1", "contributionYears": "30", "accountBalance": "1000"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("retirementAge"))
			.andExpect(jsonPath("$.errors[0].message").value("请填写此项。"));
		this.mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("averageWage"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "[]", "null", "{\"averageWage\": {\"a\": 1}}", "{\"retirementAge\": 60}",
			"{\"averageWage\": \"1e400\"}", "{\"averageWage\": 99999999999999999999999999999999}",
			"{\"retirementAge\": {\"years\": 99999999999999}}" })
	void refusesHostileBodiesWithoutAServerError(String body) throws Exception {
		estimate(body).andExpect(status().isBadRequest());
	}

	private ResultActions estimate(String body) throws Exception {
		return this.mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
