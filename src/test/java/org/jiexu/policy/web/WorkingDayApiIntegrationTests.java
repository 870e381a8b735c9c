package org.jiexu.policy.web;

import java.util.List;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class WorkingDayApiIntegrationTests extends IntegrationTestSupport {

	@Test
	void addsWorkingDaysAcrossNationalDayWithoutLogin() throws Exception {
		this.mvc.perform(get("/api/v1/policy/working-days/add").param("from", "2025-09-26").param("days", "15"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2025-10-23"))
			.andExpect(jsonPath("$.provisional").value(false))
			.andExpect(jsonPath("$.sources[0].document").value("国办发明电〔2024〕12号《国务院办公厅关于2025年部分节假日安排的通知》"))
			.andExpect(jsonPath("$.sources[*].document", hasItem("《全国年节及纪念日放假办法》")))
			.andExpect(jsonPath("$.sources[*].article", hasItem(startsWith("第二百零一条"))))
			.andExpect(jsonPath("$.figures[?(@.name == 'deadlineDate')].value", hasItem("2025-10-23")));
	}

	@Test
	void flagsADeadlineInAnUnpublishedYearAsProvisional() throws Exception {
		this.mvc.perform(get("/api/v1/policy/working-days/add").param("from", "2026-12-20").param("days", "10"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2027-01-01")) // New Year's Day, but no 2027 notice yet
			.andExpect(jsonPath("$.provisional").value(true))
			.andExpect(jsonPath("$.figures[?(@.name == 'unpublishedYears')].value", hasItem("2027")))
			.andExpect(jsonPath("$.sources[*].confidence", hasItem("LOW")));
	}

	@Test
	void countsWorkingDaysBetweenTwoDates() throws Exception {
		this.mvc.perform(get("/api/v1/policy/working-days/between").param("from", "2025-09-30").param("to", "2025-10-09"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workingDays").value(1))
			.andExpect(jsonPath("$.provisional").value(false))
			.andExpect(jsonPath("$.sources[0].document").value("国办发明电〔2024〕12号《国务院办公厅关于2025年部分节假日安排的通知》"));
		this.mvc.perform(get("/api/v1/policy/working-days/between").param("from", "2027-01-01").param("to", "2027-01-31"))
			.andExpect(jsonPath("$.workingDays").value(20))
			.andExpect(jsonPath("$.provisional").value(true));
	}

	@Test
	void refusesAnEndBeforeTheStartInChineseAndEnglish() throws Exception {
		this.mvc.perform(get("/api/v1/policy/working-days/between").param("from", "2025-10-09").param("to", "2025-10-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"))
			.andExpect(jsonPath("$.errors[0].code").value("policy.workingDays.order"))
			.andExpect(jsonPath("$.errors[0].message").value("截止日期 2025-10-01 早于起算日期 2025-10-09。"));
		this.mvc
			.perform(get("/api/v1/policy/working-days/between").param("from", "2025-10-09")
				.param("to", "2025-10-01")
				.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("The end date 2025-10-01 is before the start date 2025-10-09."));
	}

	@Test
	void refusesASpanOfMoreThanFiftyYears() throws Exception {
		this.mvc.perform(get("/api/v1/policy/working-days/between").param("from", "1950-01-01").param("to", "2025-01-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"))
			.andExpect(jsonPath("$.errors[0].message").value("起算日期 1950-01-01 与截止日期 2025-01-01 相隔超过 50 年，请缩短期间。"));
	}

	@Test
	void refusesBadDaysAndDatesInChineseAndEnglish() throws Exception {
		this.mvc.perform(get("/api/v1/policy/working-days/add").param("from", "2025-10-01").param("days", "5000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("days"))
			.andExpect(jsonPath("$.errors[0].message").value("“5000”应为 0 到 2000 之间的整数。"));
		this.mvc
			.perform(get("/api/v1/policy/working-days/add").param("from", "2025-02-30")
				.param("days", "1")
				.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"))
			.andExpect(jsonPath("$.errors[0].message").value("\"2025-02-30\" is not a valid date: use YYYY-MM-DD, e.g. 2026-10-08."));
		this.mvc.perform(get("/api/v1/policy/working-days/add").param("from", "2025-10-01").param("days", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("days"));
	}

	@Test
	void describesTheFourCalculatorsInTheOpenApiDocument() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/policy/retirement'].get.parameters[?(@.name == 'birth')].example",
					hasItem("1970-01")))
			.andExpect(jsonPath("$.paths['/api/v1/policy/minimum-contribution'].get.parameters[?(@.name == 'year')].example",
					hasItem(2030))) // springdoc writes a numeric example as a number
			.andExpect(jsonPath("$.paths['/api/v1/policy/working-days/add'].get.parameters[?(@.name == 'days')].example",
					hasItem(1)))
			.andExpect(jsonPath("$.paths['/api/v1/policy/working-days/between'].get.summary")
				.value("Count the working days between two dates"))
			.andExpect(jsonPath("$.components.schemas.RetirementAnswer.properties.retirementMonth.example").value("2031-05"));
	}

	static List<MockHttpServletRequestBuilder> oddRequests() {
		String longText = "长".repeat(5000);
		String retirement = "/api/v1/policy/retirement";
		String add = "/api/v1/policy/working-days/add";
		String between = "/api/v1/policy/working-days/between";
		return List.of(get(retirement).param("birth", longText).param("category", longText),
				get(retirement).param("birth", "2200-12").param("category", "MALE"),
				get(retirement).param("birth", "%_'\";--").param("category", "MALE\u0000"),
				get("/api/v1/policy/minimum-contribution").param("year", "99999999999"),
				get("/api/v1/policy/minimum-contribution").param("year", "-2030"),
				get(add).param("from", "+999999999-12-31").param("days", "1"),
				get(add).param("from", "2025-10-01").param("days", "1e3"),
				get(add).param("from", "2025-10-01").param("days", String.valueOf(Integer.MAX_VALUE)),
				get(between).param("from", "0000-01-01").param("to", "9999-12-31"),
				get(between).param("from", longText).param("to", ""));
	}

	@ParameterizedTest
	@MethodSource("oddRequests")
	void refusesOddInputWithAProblemNotAServerError(MockHttpServletRequestBuilder request) throws Exception {
		int status = this.mvc.perform(request).andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(400);
	}

	@Test
	void answersTheLargestRequestsItAccepts() throws Exception {
		this.mvc.perform(get("/api/v1/policy/working-days/add").param("from", "2200-12-31").param("days", "2000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.provisional").value(true));
		this.mvc.perform(get("/api/v1/policy/working-days/between").param("from", "1950-01-01").param("to", "2000-01-01"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.provisional").value(true));
	}

}
