package org.jiexu.contribution;

import java.math.BigDecimal;

import org.jiexu.policy.BaseLimits;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Employers' base declarations through the API: the limits at their edges, the years, first bases and scope. */
class BaseDeclarationApiIntegrationTests extends BaseDeclarationTestSupport {

	@Test
	void baseExactlyAtTheFloorIsInForceAtOnce() throws Exception {
		long employer = newEmployer();
		long person = newStaff(employer);
		String handler = newHandler(employer);
		declare(handler(handler), employer, person, floor().toPlainString(), false).andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].state").value("IN_FORCE"))
			.andExpect(jsonPath("$[0].base").value(floor().doubleValue()))
			.andExpect(jsonPath("$[0].limitOutcome").value("WITHIN"))
			.andExpect(jsonPath("$[0].idNumber").value(containsString("**********")))
			.andExpect(jsonPath("$[0].submittedBy").value(handler));
		this.mvc.perform(get("/api/v1/employers/{id}/base-declarations", employer).with(handler(handler)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.limits.floor").value(floor().doubleValue()))
			.andExpect(jsonPath("$.staff[0].personId").value(person))
			.andExpect(jsonPath("$.staff[0].baseInForce").value(floor().doubleValue()));
	}

	@Test
	void baseOneFenUnderTheFloorIsRefusedWithTheFloorAndItsSourceInChinese() throws Exception {
		long employer = newEmployer();
		long person = newStaff(employer);
		BaseLimits limits = limits();
		declare(as("xc-teller"), employer, person, floor().subtract(new BigDecimal("0.01")).toPlainString(), false)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("items[0].base"))
			.andExpect(jsonPath("$.errors[0].code").value("contribution.declaration.row"))
			.andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("第 1 行（" + nameOf(person) + "）"),
					containsString("下限是 " + floor().toPlainString() + " 元"),
					containsString(limits.averageWage().monthly().toPlainString()), containsString("国办发〔2019〕13号"),
					containsString("按下限 " + floor().toPlainString() + " 元申报"))));
		assertThat(declarationsOf(person)).isZero();
	}

	@Test
	void baseOneFenUnderTheFloorIsRefusedWithTheFloorAndItsSourceInEnglish() throws Exception {
		long employer = newEmployer();
		long person = newStaff(employer);
		this.mvc.perform(post("/api/v1/employers/{id}/base-declarations", employer).with(as("xc-teller"))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"year": "%d", "items": [{"personId": "%d", "base": "%s"}]}"""
				.formatted(thisYear(), person, floor().subtract(new BigDecimal("0.01")).toPlainString())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(allOf(containsString("Row 1"),
					containsString("floor for " + thisYear() + " is " + floor().toPlainString() + " yuan"),
					containsString("average monthly wage"), containsString("国办发〔2019〕13号"),
					containsString("declare at the floor"))));
	}

	@Test
	void applyingTheLimitDeclaresAtTheFloorAndKeepsTheTypedBase() throws Exception {
		long employer = newEmployer();
		long person = newStaff(employer);
		declare(as("xc-teller"), employer, person, "2000", true).andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].state").value("IN_FORCE"))
			.andExpect(jsonPath("$[0].base").value(floor().doubleValue()))
			.andExpect(jsonPath("$[0].declaredBase").value(2000.00))
			.andExpect(jsonPath("$[0].limitOutcome").value("BELOW_FLOOR"));
	}

	@Test
	void theCeilingIsAcceptedAndOneFenOverItIsRefusedOrCutWhenAsked() throws Exception {
		long employer = newEmployer();
		long atCeiling = newStaff(employer);
		long over = newStaff(employer);
		String oneFenOver = ceiling().add(new BigDecimal("0.01")).toPlainString();
		declare(as("xc-teller"), employer, atCeiling, ceiling().toPlainString(), false).andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].limitOutcome").value("WITHIN"));
		declare(as("xc-teller"), employer, over, oneFenOver, false).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message")
				.value(allOf(containsString("上限是 " + ceiling().toPlainString() + " 元"), containsString("300%"))));
		declare(as("xc-teller"), employer, over, oneFenOver, true).andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].base").value(ceiling().doubleValue()))
			.andExpect(jsonPath("$[0].limitOutcome").value("ABOVE_CEILING"));
	}

	@Test
	void onlyThisYearAndNextCanBeDeclared() throws Exception {
		long employer = newEmployer();
		long person = newStaff(employer);
		for (int year : new int[] { thisYear() - 1, thisYear() + 2 }) {
			this.mvc.perform(post("/api/v1/employers/{id}/base-declarations", employer).with(as("xc-teller"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"year": "%d", "items": [{"personId": "%d", "base": "9000"}]}""".formatted(year, person)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("year"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("只能申报本年度（" + thisYear() + "年）")));
		}
		boolean nextYearPublished = org.jiexu.policy.AverageWages.standard().find("11", thisYear() + 1).isPresent();
		var nextYear = this.mvc.perform(post("/api/v1/employers/{id}/base-declarations", employer).with(as("xc-teller"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"year": "%d", "items": [{"personId": "%d", "base": "9000", "applyLimit": true}]}"""
				.formatted(thisYear() + 1, person)));
		nextYear.andExpect(status().isCreated());
		if (!nextYearPublished) { // the average wage of next year is not published yet: this year's applies, and says so
			this.mvc.perform(get("/api/v1/policy/base-limits").param("province", "11")
				.param("year", String.valueOf(thisYear() + 1)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.figures[?(@.name == 'provisionalFrom')].value")
					.value(org.hamcrest.Matchers.hasItem(String.valueOf(thisYear()))));
		}
	}

	@Test
	void refusesEveryBadRowAtOnceNamingRowAndPersonAndSavesNothing() throws Exception {
		long employer = newEmployer();
		long good = newStaff(employer);
		long low = newStaff(employer);
		long stranger = newStaff(newEmployer());
		String body = """
				{"year": "%d", "items": [
				  {"idNumber": "%s", "base": "%s"},
				  {"personId": "%d", "base": "2000"},
				  {"personId": "%d", "base": "9000"},
				  {"personId": "%d", "base": "abc"},
				  {"base": "9000"}]}""".formatted(thisYear(), idNumberOf(good).toLowerCase(),
				floor().toPlainString(), low, stranger, good);
		JsonNode problem = json(this.mvc.perform(post("/api/v1/employers/{id}/base-declarations", employer)
			.with(as("xc-teller"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isBadRequest()));
		java.util.Map<String, String> messages = new java.util.HashMap<>();
		problem.get("errors").forEach(error -> messages.put(error.get("field").asString(), error.get("message").asString()));
		assertThat(messages).containsOnlyKeys("items[1].base", "items[2].personId", "items[3].idNumber",
				"items[4].idNumber");
		assertThat(messages.get("items[1].base")).contains("第 2 行（" + nameOf(low) + "）", "下限");
		assertThat(messages.get("items[2].personId")).contains("第 3 行", "不是本单位本月在职职工");
		assertThat(messages.get("items[3].idNumber")).contains("第 4 行", "重复");
		assertThat(messages.get("items[4].idNumber")).contains("第 5 行", "身份证号码");
		assertThat(declarationsOf(good) + declarationsOf(low)).isZero();

		this.mvc.perform(post("/api/v1/employers/{id}/base-declarations", employer).with(as("xc-teller"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"year": %d, "items": [{"personId": %d, "base": 9000.50}, {"personId": "%d", "base": "2000",
					 "applyLimit": true}]}""".formatted(thisYear(), good, low)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].base").value(9000.50))
			.andExpect(jsonPath("$[1].base").value(floor().doubleValue()));
	}

	@Test
	void refusesMalformedBasesAndAnEmptyDeclaration() throws Exception {
		long employer = newEmployer();
		long person = newStaff(employer);
		declare(as("xc-teller"), employer, person, "-5", false).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("“-5”应为 0 到 99999999.99 之间的数字")));
		declare(as("xc-teller"), employer, person, "8000.123", false).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("最多保留两位小数")));
		this.mvc.perform(post("/api/v1/employers/{id}/base-declarations", employer).with(as("xc-teller"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"year": "%d", "items": []}""".formatted(thisYear())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("items"));
		assertThat(declarationsOf(person)).isZero();
	}

	@Test
	void anotherEmployersHandlerAndOutsideStaffGetNotFound() throws Exception {
		long employer = newEmployer();
		long person = newStaff(employer);
		inForce(employer, person);
		declare(as("employer-demo"), employer, person, "9000", false).andExpect(status().isNotFound());
		declare(as("yc-supervisor"), employer, person, "9000", false).andExpect(status().isNotFound());
		declare(as("person-demo"), employer, person, "9000", false).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/employers/{id}/base-declarations", employer).with(as("employer-demo")))
			.andExpect(status().isNotFound());
		long declaration = this.jdbc.sql("select id from contribution.base_declaration where person_id = ?")
			.param(person)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/api/v1/base-declarations/{id}", declaration).with(as("employer-demo")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/base-declarations/{id}", declaration).with(as("yc-steward")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/base-declarations/{id}", declaration).with(as("xc-auditor")))
			.andExpect(status().isOk());
	}

	@Test
	void staffWhoDoNotRegisterCannotDeclare() throws Exception {
		long employer = newEmployer();
		long person = newStaff(employer);
		declare(as("xc-auditor"), employer, person, "9000", false).andExpect(status().isForbidden());
		declare(as("xc-reviewer"), employer, person, "9000", false).andExpect(status().isForbidden());
		assertThat(declarationsOf(person)).isZero();
	}

	@Test
	void aNewEmployersFirstDeclarationReplacesTheBaseOfTheEarlierOneAtOnce() throws Exception {
		long earlier = newEmployer();
		long person = newStaff(earlier);
		inForce(earlier, person);
		// the person moves to another employer of the same agency this month
		long later = newEmployer();
		this.jdbc.sql("update registry.employment set last_month = first_month where insured_person = ?")
			.param(person)
			.update();
		this.jdbc.sql("""
				insert into registry.employment (insured_person, employer_id, agency_code, first_month)
				select insured_person, ?, agency_code, first_month from registry.employment where insured_person = ?""")
			.params(later, person)
			.update();
		declare(as("xc-teller"), later, person, "12000", false).andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].state").value("IN_FORCE"));
		assertThat(this.jdbc.sql("select state from contribution.base_declaration where person_id = ? order by id")
			.param(person)
			.query(String.class)
			.list()).containsExactly("SUPERSEDED", "IN_FORCE");
	}

	@Test
	void demoStaffHaveBasesInForceThisYearWithinTheLimits() {
		long employer = userScope("employer-demo", "employer_id");
		var bases = this.jdbc.sql("""
				select d.base from contribution.base_declaration d where d.employer_id = ? and d.declaration_year = ?
				  and d.state = 'IN_FORCE' and d.submitted_by = 'demo'""")
			.params(employer, thisYear())
			.query(BigDecimal.class)
			.list();
		assertThat(bases).isNotEmpty().allMatch(base -> base.compareTo(floor()) >= 0 && base.compareTo(ceiling()) <= 0);
	}

}
