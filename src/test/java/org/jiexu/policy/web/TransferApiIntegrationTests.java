package org.jiexu.policy.web;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The three public transfer calculators, without login; values derived from rule text (see the rule tests). */
class TransferApiIntegrationTests extends IntegrationTestSupport {

	private static final String AMOUNTS = "/api/v1/calculations/transfer-amounts";

	private static final String PLACE = "/api/v1/calculations/benefit-place";

	private static final String TEMPORARY = "/api/v1/calculations/temporary-account";

	@Test
	void calculatesTheAmountsOfOneYear2016() throws Exception {
		// 60000 × 12% = 7200.00; 4800.00 + 4800 × 0.0831 × 1.083 / 2 = 215.99 → 5015.99
		postJson(AMOUNTS, TransferAmountsApiController.EXAMPLE).andExpect(status().isOk())
			.andExpect(jsonPath("$.pooledFund").value("7200.00"))
			.andExpect(jsonPath("$.individualAccount").value("5015.99"))
			.andExpect(jsonPath("$.temporaryAccount").value("0.00"))
			.andExpect(jsonPath("$.total").value("12215.99"))
			.andExpect(jsonPath("$.years", hasSize(1)))
			.andExpect(jsonPath("$.years[0].year").value(2016))
			.andExpect(jsonPath("$.years[0].bases").value("60000.00"))
			.andExpect(jsonPath("$.years[0].accountCredits").value("4800.00"))
			.andExpect(jsonPath("$.years[0].accountInterest").value("215.99"))
			.andExpect(jsonPath("$.years[0].normalisedRate").value("0.08"))
			.andExpect(jsonPath("$.years[0].interestRate").value("0.0831"))
			.andExpect(jsonPath("$.years[0].interestRateSource.confidence").value("ENTERED"))
			.andExpect(jsonPath("$.figures[?(@.name == 'pooledTwelvePercent')].value", hasItem("7200.00")))
			.andExpect(jsonPath("$.sources[*].citation", hasItem(startsWith("国办发〔2009〕66号"))))
			.andExpect(jsonPath("$.sources[*].document", hasItem(containsString("非官方公式"))));
	}

	@Test
	void acceptsNumbersAsJsonNumbers() throws Exception {
		postJson(AMOUNTS, """
				{"segments": [{"from": "2016-01", "to": "2016-12", "monthlyBase": 5000, "accountRate": 0.08,
				  "personalRate": 0.08, "temporary": false, "employerRate": null}], "interestRates": {"2016": 0.0831}}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.individualAccount").value("5015.99"))
			.andExpect(jsonPath("$.years[0].interestRateSource.confidence").value("ENTERED"));
		postJson(PLACE, """
				{"hukouProvince": 42, "relationProvince": 11,
				 "segments": [{"province": 11, "months": 130, "temporary": false, "end": "2026-10"}]}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.province").value("11"));
	}

	@Test
	void movesATemporaryAccountAndLeavesTheUnpublishedLastYearWithoutInterest() throws Exception {
		// 2024-07..2025-06 at 10000 ordinary: 2025 has no rate. A 2020 temporary year at 6000 ends 2020 at
		// 11896.78 + 5948.39 (rule tests), then earns interest on each part to 2024, rounded each year:
		// 2021 6.69%: 795.89 / 397.95; 2022 6.12%: 776.79 / 388.40; 2023 3.97%: 534.74 / 267.37;
		// 2024 2.62%: 366.91 / 183.46 → 14371.11 + 7185.57 = 21556.68; none in 2025
		postJson(AMOUNTS, """
				{"segments": [{"from": "2020-01", "to": "2020-12", "monthlyBase": "6000", "temporary": "true"},
				              {"from": "2024-07", "to": "2025-06", "monthlyBase": "10000", "accountRate": "0.08"}]}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.temporaryAccount").value("21556.68"))
			.andExpect(jsonPath("$.years", hasSize(6)))
			.andExpect(jsonPath("$.years[5].year").value(2025))
			.andExpect(jsonPath("$.years[5].interestRate").doesNotExist())
			.andExpect(jsonPath("$.years[5].accountInterest").value("0.00"))
			.andExpect(jsonPath("$.years[5].interestNote", containsString("2025")))
			.andExpect(jsonPath("$.figures[?(@.name == 'interestNotCredited')].value", hasItem("2025")));
	}

	@Test
	void usesTheProvincesRatesBefore2016() throws Exception {
		// 湖北 demo rate 2015 1.50%: 4800 × 0.015 × 0.5415 = 38.99
		postJson(AMOUNTS, """
				{"segments": [{"from": "2015-01", "to": "2015-12", "monthlyBase": "5000", "accountRate": "0.08"}],
				 "province": "42"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.years[0].accountInterest").value("38.99"))
			.andExpect(jsonPath("$.years[0].interestRateSource.confidence").value("DEMO"));
	}

	@Test
	void refusesBadSegmentFieldsInChinese() throws Exception {
		postJson(AMOUNTS, """
				{"segments": [{"from": "2016-13", "to": "2016-12", "monthlyBase": "abc", "accountRate": "0.5"}],
				 "province": "99", "interestMethod": "DAILY"}""")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("输入有误"))
			.andExpect(jsonPath("$.errors[0].field").value("province"))
			.andExpect(jsonPath("$.errors[0].message").value("“99”不是省级行政区划代码（两位数字，例如 42 表示湖北省）。"))
			.andExpect(jsonPath("$.errors[1].field").value("interestMethod"));
		postJson(AMOUNTS, """
				{"segments": [{"from": "2016-13", "to": "2016-12", "monthlyBase": "abc", "accountRate": "0.5"}]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("segments[0].from")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("segments[0].monthlyBase")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("segments[0].accountRate")))
			.andExpect(jsonPath("$.errors[0].message").value("“2016-13”不是有效的年月，请按 YYYY-MM 填写，例如 1970-01。"));
	}

	@Test
	void refusesInEnglishWhenAsked() throws Exception {
		this.mvc
			.perform(post(AMOUNTS).header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"segments": [{"from": "2016-01", "to": "2015-12", "monthlyBase": "5000", "accountRate": "0.08"}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid input"))
			.andExpect(jsonPath("$.errors[0].field").value("segments[0].to"))
			.andExpect(jsonPath("$.errors[0].code").value("policy.transfer.toBeforeFrom"))
			.andExpect(jsonPath("$.errors[0].message").value("The last month 2015-12 is before the first month 2016-01."));
	}

	@Test
	void refusesOverlappingSegmentsNamingBoth() throws Exception {
		postJson(AMOUNTS, """
				{"segments": [{"from": "2016-01", "to": "2016-12", "monthlyBase": "5000", "accountRate": "0.08"},
				              {"from": "2016-06", "to": "2017-03", "monthlyBase": "6000", "accountRate": "0.08"}]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("segments[1].from"))
			.andExpect(jsonPath("$.errors[0].code").value("policy.transfer.overlap"))
			.andExpect(jsonPath("$.errors[0].message",
					startsWith("第 1 段（2016-01—2016-12）与第 2 段（2016-06—2017-03）的月份重叠")));
	}

	@Test
	void refusesNamingTheYearsWithoutARate() throws Exception {
		postJson(AMOUNTS, """
				{"segments": [{"from": "2014-01", "to": "2016-12", "monthlyBase": "5000", "accountRate": "0.08"}]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("interestRates"))
			.andExpect(jsonPath("$.errors[0].message", startsWith("没有 2014、2015 年的记账利率")));
	}

	@Test
	void decidesTheBenefitPlaceWithTheClauseInTheRequestLanguage() throws Exception {
		postJson(PLACE, TransferPlaceApiController.BENEFIT_PLACE_EXAMPLE).andExpect(status().isOk())
			.andExpect(jsonPath("$.province").value("11"))
			.andExpect(jsonPath("$.provinceName").value("北京市"))
			.andExpect(jsonPath("$.rule.clause").value("ART6_2"))
			.andExpect(jsonPath("$.rule.text", startsWith("基本养老保险关系不在户籍所在地,而在其基本养老保险关系所在地累计缴费年限满10年的")))
			.andExpect(jsonPath("$.rule.explanation", containsString("满10年")))
			.andExpect(jsonPath("$.provinces[0].months").value(130))
			.andExpect(jsonPath("$.figures[?(@.name == 'provinceMonths')].value", hasItem("11 北京市: 130")))
			.andExpect(jsonPath("$.sources[0].article").value("第六条（二）"));
		this.mvc
			.perform(post(PLACE).header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"hukouProvince": "42", "relationProvince": "44",
						 "segments": [{"province": "44", "months": "100", "end": "2012-12"},
						              {"province": "31", "months": "144", "temporary": "true", "end": "2024-12"}]}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.province").value("42"))
			.andExpect(jsonPath("$.rule.clause").value("ART6_4"))
			.andExpect(jsonPath("$.rule.explanation", startsWith("No province has 10 years")));
	}

	@Test
	void refusesABadBenefitPlaceHistory() throws Exception {
		postJson(PLACE, """
				{"hukouProvince": "99", "relationProvince": "11",
				 "segments": [{"province": "11", "months": "abc", "end": "2026-10"}, null]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("segments[0].months")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("segments[1]")));
		postJson(PLACE, """
				{"hukouProvince": "99", "relationProvince": "11", "segments": []}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("hukouProvince"))
			.andExpect(jsonPath("$.errors[0].message", containsString("“99”不是省级行政区划代码")));
	}

	@Test
	void opensATemporaryAccountFromTheFiftiethBirthday() throws Exception {
		postJson(TEMPORARY, TransferPlaceApiController.TEMPORARY_ACCOUNT_EXAMPLE).andExpect(status().isOk())
			.andExpect(jsonPath("$.temporary").value(true))
			.andExpect(jsonPath("$.reasonCode").value("AGE_REACHED"))
			.andExpect(jsonPath("$.ageAtMove").value(50))
			.andExpect(jsonPath("$.reason", startsWith("迁移时 50 周岁，已满 50 周岁")))
			.andExpect(jsonPath("$.sources[0].article").value("第五条（二）"));
		this.mvc
			.perform(post(TEMPORARY).header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content(TransferPlaceApiController.TEMPORARY_ACCOUNT_EXAMPLE.replace("2025-03-15", "2025-03-14")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.temporary").value(false))
			.andExpect(jsonPath("$.ageAtMove").value(49))
			.andExpect(jsonPath("$.reason").value(
					"Aged 49 at the move, under 50: the new place transfers the relation in, no temporary account."));
	}

	@Test
	void refusesABadMoveFieldByField() throws Exception {
		postJson(TEMPORARY, """
				{"gender": "X", "birthDate": "1975-02-30", "moveDate": "", "hukouProvince": "42", "newProvince": "11",
				 "exemption": "VIP", "firstEnrolment": "maybe"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("gender"))
			.andExpect(jsonPath("$.errors[0].message").value("“X”不是可选值，可选：MALE, FEMALE。"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("birthDate")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("moveDate")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("exemption")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("firstEnrolment")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "[]", "null", "{}", "{\"segments\": [null]}", "{\"segments\": \"x\"}",
			"{\"segments\": [{\"from\": 201601, \"monthlyBase\": 1e400}]}", "{\"interestRates\": {\"abc\": \"x\"}}",
			"{\"hukouProvince\": [], \"segments\": [{}]}", "{\"gender\": {}, \"birthDate\": 3}" })
	void answersOddBodiesWithRefusalsNotServerErrors(String body) throws Exception {
		for (String path : new String[] { AMOUNTS, PLACE, TEMPORARY }) {
			MvcResult result = postJson(path, body).andReturn();
			assertThat(result.getResponse().getStatus()).as(path + " " + body).isEqualTo(400);
		}
	}

	@Test
	void documentsTheThreeCalculatorsWithExamples() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['" + AMOUNTS + "'].post.requestBody.content['application/json'].examples")
				.exists())
			.andExpect(jsonPath("$.paths['" + PLACE + "'].post.requestBody.content['application/json'].examples").exists())
			.andExpect(jsonPath("$.paths['" + TEMPORARY + "'].post.requestBody.content['application/json'].examples")
				.exists())
			.andExpect(jsonPath("$.paths['" + AMOUNTS + "'].post.summary", containsString("12%")))
			.andExpect(jsonPath("$.components.schemas.TransferAmountsResponse.properties.pooledFund.example")
				.value("7200.00"));
	}

	private ResultActions postJson(String path, String body) throws Exception {
		return this.mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
