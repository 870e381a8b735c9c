package org.jiexu.policy.web;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AccountBalanceApiIntegrationTests extends IntegrationTestSupport {

	private static final String URL = "/api/v1/calculations/account-balance";

	@Test
	void rollsTheExampleAccountYearByYearWithoutLogin() throws Exception {
		// 2016: 1000 × 0.0831 + 2400 × 0.0831 × 1.083 / 2 = 191.09676 → 191.10; 1000 + 2400 + 191.10 = 3591.10
		// 2017: 3591.10 × 0.0712 + 2400 × 0.0712 × 1.083 / 2 = 348.21784 → 348.22; 3591.10 + 2400 + 348.22 = 6339.32
		roll(AccountBalanceApiController.EXAMPLE).andExpect(status().isOk())
			.andExpect(jsonPath("$.openingBalance").value("1000.00"))
			.andExpect(jsonPath("$.method").value("RULE_1997"))
			.andExpect(jsonPath("$.years.length()").value(2))
			.andExpect(jsonPath("$.years[0].year").value(2016))
			.andExpect(jsonPath("$.years[0].rate").value("0.0831"))
			.andExpect(jsonPath("$.years[0].credits").value("2400.00"))
			.andExpect(jsonPath("$.years[0].interest").value("191.10"))
			.andExpect(jsonPath("$.years[0].closingBalance").value("3591.10"))
			.andExpect(jsonPath("$.years[0].rateSource").value(startsWith("人社厅发〔2017〕71号")))
			.andExpect(jsonPath("$.years[0].rateConfidence").value("HIGH"))
			.andExpect(jsonPath("$.years[1].interest").value("348.22"))
			.andExpect(jsonPath("$.years[1].closingBalance").value("6339.32"))
			.andExpect(jsonPath("$.closingBalance").value("6339.32"))
			.andExpect(jsonPath("$.sources[0].document").value(startsWith("劳办发〔1997〕116号")))
			.andExpect(jsonPath("$.sources.length()").value(3));
	}

	@Test
	void letsEnteredRatesWinAndFillYearsWithoutAPublishedRate() throws Exception {
		// 2024: 0 + 1000 × 0.0262 × 1.083 / 2 = 14.1873 → 14.19; closing 1014.19
		// 2025 (entered 0.015): 1014.19 × 0.015 + 1000 × 0.015 × 1.083 / 2 = 15.21285 + 8.1225 = 23.33535 → 23.34
		// closing 1014.19 + 1000 + 23.34 = 2037.53
		roll("""
				{"credits": [{"year": "2024", "amount": 1000}, {"year": 2025, "amount": "1000"}],
				 "interestRates": {"2025": 0.015}}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openingBalance").value("0.00"))
			.andExpect(jsonPath("$.years[0].interest").value("14.19"))
			.andExpect(jsonPath("$.years[1].rate").value("0.015"))
			.andExpect(jsonPath("$.years[1].rateConfidence").value("ENTERED"))
			.andExpect(jsonPath("$.years[1].interest").value("23.34"))
			.andExpect(jsonPath("$.closingBalance").value("2037.53"));
	}

	@Test
	void usesAProvincesDemoRatesBefore2016AndTheProvincialVariant() throws Exception {
		// 2015 (Hubei demo 0.0150), opening only: 1000 × 0.015 = 15.00; closing 1000 + 1200 + 15 = 2215.00
		roll("""
				{"openingBalance": "1000", "credits": [{"year": 2015, "amount": "1200"}],
				 "method": "opening_balance_only", "province": "42"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.method").value("OPENING_BALANCE_ONLY"))
			.andExpect(jsonPath("$.years[0].interest").value("15.00"))
			.andExpect(jsonPath("$.years[0].closingBalance").value("2215.00"))
			.andExpect(jsonPath("$.years[0].rateConfidence").value("DEMO"))
			.andExpect(jsonPath("$.years[0].rateSource").value(startsWith("演示数据")));
	}

	@Test
	void namesEveryYearWithoutARate() throws Exception {
		roll("""
				{"credits": [{"year": 2013, "amount": "100"}, {"year": 2016, "amount": "100"}]}""")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("interestRates"))
			.andExpect(jsonPath("$.errors[0].message").value(
					"没有 2013、2014、2015 年的记账利率：2016 年以前由各省公布，2025 年起尚无公布文件。请在“记账利率”中填写这些年份的利率。"));
		this.mvc
			.perform(post(URL).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"credits\": [{\"year\": 2024, \"amount\": \"1\"}, {\"year\": 2026, \"amount\": \"1\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("No account interest rate for 2025、2026:")));
	}

	@Test
	void refusesEveryBadValueWithItsField() throws Exception {
		roll("""
				{"openingBalance": "-5", "credits": [{"year": "20x6", "amount": "1"}, {"year": 2017, "amount": "-1"},
				 null, {"year": 2018, "amount": "1"}, {"year": 2018, "amount": "2"}],
				 "interestRates": {"2019": "abc", "year": "0.01", "2020": "1"}, "method": "MONTHLY", "province": "99"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("openingBalance"))
			.andExpect(jsonPath("$.errors[0].message").value("“-5”应为 0 到 100000000 之间的数字。"))
			.andExpect(jsonPath("$.errors[1].field").value("credits[0].year"))
			.andExpect(jsonPath("$.errors[2].field").value("credits[1].amount"))
			.andExpect(jsonPath("$.errors[3].field").value("credits[2]"))
			.andExpect(jsonPath("$.errors[4].field").value("credits[4].year"))
			.andExpect(jsonPath("$.errors[4].message").value("2018 年的记账额填写了不止一次，请合并为一行。"))
			.andExpect(jsonPath("$.errors[5].field").value("interestRates.2019"))
			.andExpect(jsonPath("$.errors[6].field").value("interestRates"))
			.andExpect(jsonPath("$.errors[7].field").value("method"))
			.andExpect(jsonPath("$.errors[7].message").value("计息方法“MONTHLY”不存在，可选：[RULE_1997, OPENING_BALANCE_ONLY]。"))
			.andExpect(jsonPath("$.errors[8].field").value("province"))
			.andExpect(jsonPath("$.errors.length()").value(9));
	}

	@Test
	void refusesARateOfOneAfterTheFormIsRead() throws Exception {
		roll("{\"credits\": [{\"year\": 2020, \"amount\": \"1\"}], \"interestRates\": {\"2020\": \"1\"}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("interestRates"))
			.andExpect(jsonPath("$.errors[0].message").value("2020 年的记账利率 1 不在 0 到 1 之间（请用小数，例如 0.0831 表示 8.31%）。"));
	}

	@Test
	void refusesNoCreditsInEnglishWhenAsked() throws Exception {
		this.mvc
			.perform(post(URL).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"openingBalance\": \"100\", \"credits\": []}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("credits"))
			.andExpect(jsonPath("$.errors[0].message").value("Enter the credits of at least one year."));
	}

	@ParameterizedTest
	@ValueSource(strings = { "[]", "null", "{\"credits\": {\"year\": 2016}}", "{\"credits\": [[1, 2]]}",
			"{\"interestRates\": [1]}", "{\"credits\": [{\"year\": 99999999999, \"amount\": 1e400}]}",
			"{\"credits\": [{\"year\": 1900, \"amount\": 1}, {\"year\": 2200, \"amount\": 1}]}" })
	void refusesHostileBodiesWithoutAServerError(String body) throws Exception {
		roll(body).andExpect(status().isBadRequest());
	}

	private ResultActions roll(String body) throws Exception {
		return this.mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
