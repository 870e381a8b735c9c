package org.jiexu.policy.web;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PolicyFiguresApiIntegrationTests extends IntegrationTestSupport {

	@Test
	void listsTheNationalInterestRatesWithTheirSources() throws Exception {
		this.mvc.perform(get("/api/v1/policy/interest-rates"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(9))
			.andExpect(jsonPath("$[0].year").value(2016))
			.andExpect(jsonPath("$[0].rate").value("0.0831"))
			.andExpect(jsonPath("$[0].source").value("人社厅发〔2017〕71号《关于公布2016年职工基本养老保险个人账户记账利率等参数的通知》"))
			.andExpect(jsonPath("$[0].confidence").value("HIGH"))
			.andExpect(jsonPath("$[8].year").value(2024))
			.andExpect(jsonPath("$[8].rate").value("0.0262"));
	}

	@Test
	void addsAProvincesDemoRatesBefore2016() throws Exception {
		this.mvc.perform(get("/api/v1/policy/interest-rates").param("province", "42"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(32))
			.andExpect(jsonPath("$[0].year").value(1993))
			.andExpect(jsonPath("$[0].rate").value("0.1098"))
			.andExpect(jsonPath("$[0].confidence").value("DEMO"))
			.andExpect(jsonPath("$[0].source", startsWith("演示数据（非公布数字）：")))
			.andExpect(jsonPath("$[23].year").value(2016));
	}

	@Test
	void refusesAnUnknownProvinceForInterestRates() throws Exception {
		this.mvc.perform(get("/api/v1/policy/interest-rates").param("province", "4x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("province"))
			.andExpect(jsonPath("$.errors[0].message").value("“4x”不是省级行政区划代码，请填写两位数字，例如 42。"));
	}

	@Test
	void givesTheBaseLimitsOfAProvinceAndYearSayingTheyAreDemo() throws Exception {
		this.mvc.perform(get("/api/v1/policy/base-limits").param("province", "42").param("year", "2026"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.province").value("42"))
			.andExpect(jsonPath("$.year").value(2026))
			.andExpect(jsonPath("$.averageWage").value("7720.00"))
			.andExpect(jsonPath("$.floor").value("4632.00"))
			.andExpect(jsonPath("$.ceiling").value("23160.00"))
			.andExpect(jsonPath("$.demo").value(true))
			.andExpect(jsonPath("$.source", startsWith("演示数据（非公布数字）：2026年度湖北省")))
			.andExpect(jsonPath("$.check").doesNotExist())
			.andExpect(jsonPath("$.sources[1].document", startsWith("国办发〔2019〕13号")))
			.andExpect(jsonPath("$.sources[2].document", startsWith("劳办发〔1997〕116号")))
			.andExpect(jsonPath("$.figures[?(@.name == 'floor')].value").value("4632.00"));
	}

	@Test
	void checksABaseAgainstTheLimits() throws Exception {
		this.mvc
			.perform(get("/api/v1/policy/base-limits").param("province", "11").param("year", "2026").param("base",
					"50000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ceiling").value("37800.00"))
			.andExpect(jsonPath("$.check.outcome").value("ABOVE_CEILING"))
			.andExpect(jsonPath("$.check.declared").value("50000.00"))
			.andExpect(jsonPath("$.check.applied").value("37800.00"));
	}

	@Test
	void refusesBaseLimitsWithoutAnAverageWageNamingProvinceAndYear() throws Exception {
		this.mvc.perform(get("/api/v1/policy/base-limits").param("province", "42").param("year", "2009"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"))
			.andExpect(jsonPath("$.errors[0].message").value("没有湖北省（代码 42）2009 年度的全口径城镇单位就业人员平均工资，无法确定缴费基数上下限。"));
		this.mvc
			.perform(get("/api/v1/policy/base-limits").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.param("province", "44")
				.param("year", "2026"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("province"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("No all-employment average wage of 广东省 (code 44) for 2026: the contribution base limits cannot be set."));
	}

	@Test
	void refusesMissingAndMalformedBaseLimitParametersTogether() throws Exception {
		this.mvc.perform(get("/api/v1/policy/base-limits").param("year", "twenty"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("province"))
			.andExpect(jsonPath("$.errors[0].message").value("请填写此项。"))
			.andExpect(jsonPath("$.errors[1].field").value("year"));
		this.mvc.perform(get("/api/v1/policy/base-limits").param("province", "42").param("year", "2026").param("base", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("base"))
			.andExpect(jsonPath("$.errors[0].message").value("缴费基数 -1 不能为负数。"));
	}

	@Test
	void givesAnEmployeesContributionRatesOfAMonth() throws Exception {
		this.mvc.perform(get("/api/v1/policy/contribution-rates").param("type", "EMPLOYEE").param("month", "2026-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("EMPLOYEE"))
			.andExpect(jsonPath("$.month").value("2026-01"))
			.andExpect(jsonPath("$.pooledRate").value("0.16"))
			.andExpect(jsonPath("$.individualRate").value("0.08"))
			.andExpect(jsonPath("$.accountRate").value("0.08"))
			.andExpect(jsonPath("$.totalRate").value("0.24"))
			.andExpect(jsonPath("$.sources[*].document", hasItem(startsWith("国办发〔2019〕13号"))))
			.andExpect(jsonPath("$.figures[*].name", hasItem("employerRate")));
	}

	@Test
	void givesAFlexibleWorkersContributionRatesOfAMonth() throws Exception {
		this.mvc
			.perform(get("/api/v1/policy/contribution-rates").param("type", "flexible_worker").param("month", "2018-07"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("FLEXIBLE_WORKER"))
			.andExpect(jsonPath("$.pooledRate").value("0.12"))
			.andExpect(jsonPath("$.individualRate").value("0.20"))
			.andExpect(jsonPath("$.accountRate").value("0.08"))
			.andExpect(jsonPath("$.totalRate").value("0.20"))
			.andExpect(jsonPath("$.sources[*].confidence", everyItem(startsWith("HIGH"))));
	}

	@Test
	void refusesAnUnknownTypeAndABadMonth() throws Exception {
		this.mvc.perform(get("/api/v1/policy/contribution-rates").param("type", "BOSS").param("month", "2026-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"))
			.andExpect(jsonPath("$.errors[0].message").value("缴费人类型“BOSS”不存在，可选：[EMPLOYEE, FLEXIBLE_WORKER]。"));
		this.mvc
			.perform(get("/api/v1/policy/contribution-rates").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.param("type", "EMPLOYEE")
				.param("month", "2026-13"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("month"))
			.andExpect(jsonPath("$.errors[0].message").value("\"2026-13\" is not a valid month: use YYYY-MM, e.g. 1970-01."));
	}

}
