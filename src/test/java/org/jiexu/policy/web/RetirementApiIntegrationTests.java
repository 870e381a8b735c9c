package org.jiexu.policy.web;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class RetirementApiIntegrationTests extends IntegrationTestSupport {

	@Test
	void answersTheRetirementAgeOfAManBornIn1970WithoutLogin() throws Exception {
		this.mvc.perform(get("/api/v1/policy/retirement").param("birth", "1970-01").param("category", "MALE"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.statutoryAge.years").value(61))
			.andExpect(jsonPath("$.statutoryAge.months").value(4))
			.andExpect(jsonPath("$.retirementMonth").value("2031-05"))
			.andExpect(jsonPath("$.delayMonths").value(16))
			.andExpect(jsonPath("$.earliestFlexibleMonth").value("2030-01"))
			.andExpect(jsonPath("$.latestFlexibleMonth").value("2034-05"))
			.andExpect(jsonPath("$.minimumContributionMonths").value(192))
			.andExpect(jsonPath("$.source").value("《国务院关于渐进式延迟法定退休年龄的办法》 第一条；附件1《男职工延迟法定退休年龄对照表》"))
			.andExpect(jsonPath("$.figures[?(@.name == 'delayMonths')].value", hasItem("16")))
			.andExpect(jsonPath("$.sources[*].document", hasItem(startsWith("人社部发〔2024〕94号"))))
			.andExpect(jsonPath("$.sources[*].document", hasItem(startsWith("《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》"))))
			.andExpect(jsonPath("$.sources[0].confidence").value("HIGH"));
	}

	@Test
	void answersAWomanWithOriginalAgeFiftyAndTheMinimumOfHerRetirementYear() throws Exception {
		this.mvc.perform(get("/api/v1/policy/retirement").param("birth", "1980-11").param("category", "female_50"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.statutoryAge.years").value(53))
			.andExpect(jsonPath("$.statutoryAge.months").value(0))
			.andExpect(jsonPath("$.retirementMonth").value("2033-11"))
			.andExpect(jsonPath("$.delayMonths").value(36))
			.andExpect(jsonPath("$.earliestFlexibleMonth").value("2030-11"))
			.andExpect(jsonPath("$.latestFlexibleMonth").value("2036-11"))
			.andExpect(jsonPath("$.minimumContributionMonths").value(204));
	}

	@Test
	void keepsTheOldAgeWithoutFlexibleWindowBeforeTheReform() throws Exception {
		this.mvc.perform(get("/api/v1/policy/retirement").param("birth", "1969-12").param("category", "FEMALE_55"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.statutoryAge.years").value(55))
			.andExpect(jsonPath("$.retirementMonth").value("2024-12"))
			.andExpect(jsonPath("$.delayMonths").value(0))
			.andExpect(jsonPath("$.earliestFlexibleMonth").value("2024-12"))
			.andExpect(jsonPath("$.latestFlexibleMonth").value("2024-12"))
			.andExpect(jsonPath("$.minimumContributionMonths").value(180))
			.andExpect(jsonPath("$.source", startsWith("《国务院关于安置老弱病残干部的暂行办法》")));
	}

	@Test
	void refusesAnUnknownCategoryListingTheThreeInChinese() throws Exception {
		this.mvc.perform(get("/api/v1/policy/retirement").param("birth", "1970-01").param("category", "FEMALE"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("category"))
			.andExpect(jsonPath("$.errors[0].code").value("policy.retirement.category"))
			.andExpect(jsonPath("$.errors[0].message").value(
					"“FEMALE”不是有效的人员类别。可选：MALE（男职工）、FEMALE_55（原法定退休年龄五十五周岁的女职工）、FEMALE_50（原法定退休年龄五十周岁的女职工）。"));
	}

	@Test
	void refusesAnUnknownCategoryInEnglishWhenAsked() throws Exception {
		this.mvc
			.perform(get("/api/v1/policy/retirement").param("birth", "1970-01")
				.param("category", "F55")
				.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("category"))
			.andExpect(jsonPath("$.errors[0].message", startsWith("\"F55\" is not a valid category. Choose MALE")));
	}

	@Test
	void refusesABadOrMissingBirthMonth() throws Exception {
		this.mvc.perform(get("/api/v1/policy/retirement").param("birth", "1970-13").param("category", "MALE"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("birth"))
			.andExpect(jsonPath("$.errors[0].code").value("policy.input.yearMonth"))
			.andExpect(jsonPath("$.errors[0].message", containsString("不是有效的年月")));
		this.mvc.perform(get("/api/v1/policy/retirement").param("category", "MALE").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("birth"))
			.andExpect(jsonPath("$.errors[0].message").value("Fill in this field."));
	}

	@Test
	void refusesABirthWhoseRetirementIsOutsideTheRules() throws Exception {
		this.mvc.perform(get("/api/v1/policy/retirement").param("birth", "1930-05").param("category", "MALE"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("birth"))
			.andExpect(jsonPath("$.errors[0].message").value("出生年月 1930-05 的法定退休时间为 1990-05，超出可计算的范围（1998 年至 2200 年）。"));
	}

	@Test
	void answersTheMinimumContributionOfAYear() throws Exception {
		this.mvc.perform(get("/api/v1/policy/minimum-contribution").param("year", "2030"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.months").value(186))
			.andExpect(jsonPath("$.source").value("《国务院关于渐进式延迟法定退休年龄的办法》 第二条；附件4《提高最低缴费年限情况表》"))
			.andExpect(jsonPath("$.sources[0].confidence").value("HIGH"));
		this.mvc.perform(get("/api/v1/policy/minimum-contribution").param("year", "2029"))
			.andExpect(jsonPath("$.months").value(180))
			.andExpect(jsonPath("$.source", startsWith("《中华人民共和国社会保险法》 第十六条")));
		this.mvc.perform(get("/api/v1/policy/minimum-contribution").param("year", "2039"))
			.andExpect(jsonPath("$.months").value(240));
	}

	@Test
	void refusesAYearOutsideTheRulesInChineseAndEnglish() throws Exception {
		this.mvc.perform(get("/api/v1/policy/minimum-contribution").param("year", "1990"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"))
			.andExpect(jsonPath("$.errors[0].message").value("无法计算 1990 年的最低缴费年限：可计算的年份为 1998 年至 2200 年（1998 年以前的规定未纳入）。"));
		this.mvc.perform(get("/api/v1/policy/minimum-contribution").param("year", "twenty").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("year"))
			.andExpect(jsonPath("$.errors[0].message").value("\"twenty\" should be a whole number from 0 to 9999."));
	}

}
