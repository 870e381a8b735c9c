package org.jiexu.policy.web;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CalculatorPagesIntegrationTests extends IntegrationTestSupport {

	@Test
	void listsTheSixCalculatorsWithoutLogin() throws Exception {
		this.mvc.perform(get("/calculators"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("退休年龄与弹性退休"), containsString("最低缴费年限"),
					containsString("工作日期限"), containsString("养老金估算"), containsString("转移资金测算"),
					containsString("待遇领取地"))));
	}

	@Test
	void showsTheRetirementAgeWithTheFlexibleWindowAndItsSources() throws Exception {
		this.mvc.perform(get("/calculators/retirement").param("birth", "1970-01").param("category", "MALE")
			.param("calculate", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("61 周岁 4 个月"), containsString("2031-05"),
					containsString("2030-01"), containsString("2034-05"), containsString("192 个月（16 年 0 个月）"),
					containsString("国务院关于渐进式延迟法定退休年龄的办法"), containsString("下一步可以做什么"))));
	}

	@Test
	void showsEveryRefusedFieldOfTheRetirementFormWithStatus400() throws Exception {
		this.mvc.perform(get("/calculators/retirement").param("birth", "1970-13").param("calculate", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("不是有效的年月"), containsString("请填写此项"))));
	}

	@Test
	void switchesTheRetirementPageToEnglish() throws Exception {
		this.mvc.perform(get("/calculators/retirement").param("birth", "1965-01").param("category", "MALE")
			.param("calculate", "1").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("60 years 1 month"), containsString("2025-02"),
					containsString("How this was worked out"))));
	}

	@Test
	void showsTheMinimumContributionOfAYear() throws Exception {
		this.mvc.perform(get("/calculators/minimum-contribution").param("year", "2030").param("calculate", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("186 个月（15 年 6 个月）")));
	}

	@Test
	void addsWorkingDaysAcrossNationalDay() throws Exception {
		// 2025-09-30 (Tue) + 1 working day: 10-01..08 are off, so the 9th (Thursday)
		this.mvc.perform(get("/calculators/working-days").param("from", "2025-09-30").param("days", "1").param("add", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("2025-09-30 之后第 1 个工作日是 2025-10-09"),
					containsString("国办发明电〔2024〕12号"), not(containsString("结果为暂定")))));
	}

	@Test
	void flagsACountIntoAnUnpublishedYearAsProvisional() throws Exception {
		this.mvc.perform(get("/calculators/working-days").param("countFrom", "2027-03-01").param("countTo", "2027-03-08")
			.param("count", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("共有 5 个工作日"), containsString("结果为暂定"))));
	}

	@Test
	void estimatesThePensionOfTheWorkedExample() throws Exception {
		// C = 12049, Z = 0.8, N = 30: 12049 × 1.8 / 2 × 30 × 1% = 3253.23; 200000 / 139 = 1438.85
		this.mvc.perform(get("/calculators/pension-estimate").param("averageWage", "12049").param("averageIndex", "0.8")
			.param("contributionYears", "30").param("accountBalance", "200000").param("ageYears", "60")
			.param("ageMonths", "0").param("calculate", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("3253.23"), containsString("1438.85"),
					containsString("4692.08"), containsString("国发〔2005〕38号"))));
	}

	@Test
	void calculatesTransferAmountsFromFormRowsIgnoringBlankOnes() throws Exception {
		// 2016, base 5000 for 12 months: pooled 12% = 7200.00; account 8% = 4800.00 plus interest at 8.31%
		// by the 1997 rule: 4800 × 0.0831 × 1.083 / 2 = 215.99
		this.mvc.perform(get("/calculators/transfer-amounts").param("from", "2016-01", "").param("to", "2016-12", "")
			.param("monthlyBase", "5000", "").param("accountRate", "0.08", "").param("personalRate", "", "")
			.param("temporary", "false", "false").param("calculate", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("7200.00"), containsString("5015.99"),
					containsString("12215.99"), containsString("国办发〔2009〕66号"))));
	}

	@Test
	void refusesAMalformedRateEntryOnTheTransferPage() throws Exception {
		this.mvc.perform(get("/calculators/transfer-amounts").param("from", "2016-01").param("to", "2016-12")
			.param("monthlyBase", "5000").param("accountRate", "0.08").param("rates", "2016:0.0831 oops")
			.param("calculate", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("“oops”应写成 年份=利率")));
	}

	@Test
	void decidesTheBenefitPlaceAndQuotesTheClause() throws Exception {
		this.mvc.perform(get("/calculators/benefit-place").param("hukouProvince", "42").param("relationProvince", "11")
			.param("province", "11").param("months", "130").param("temporary", "false").param("end", "2026-10")
			.param("calculate", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("北京市"), containsString("累计缴费年限满10年的,在该地办理待遇领取手续"))));
	}

	@Test
	void offersAnotherRowOnRequest() throws Exception {
		this.mvc.perform(get("/calculators/benefit-place").param("rows", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"months-4\""), not(containsString("id=\"months-5\"")))));
	}

	@Test
	void marksTheRefusedFieldOfThePensionEstimateAndKeepsANumberKeyboard() throws Exception {
		this.mvc.perform(get("/calculators/pension-estimate").param("averageWage", "12049").param("averageIndex", "9")
			.param("contributionYears", "30").param("accountBalance", "200000").param("ageYears", "60")
			.param("calculate", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("inputmode=\"decimal\""),
					org.hamcrest.Matchers.matchesPattern("(?s).*id=\"averageIndex\"[^>]*is-invalid.*"),
					not(containsString("id=\"result\"")))));
	}

}
