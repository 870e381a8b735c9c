package org.jiexu.contribution;

import java.math.BigDecimal;

import org.jiexu.IntegrationTestSupport;
import org.jiexu.policy.BaseLimits;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ContributionApiIntegrationTests extends IntegrationTestSupport {

	private long registerFlexibleWorker() throws Exception {
		String idNumber = unusedIdNumber();
		this.mvc
			.perform(post("/api/v1/persons").with(as("xc-teller"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"idNumber": "%s", "name": "补缴测试"}""".formatted(idNumber)))
			.andExpect(status().isCreated());
		return this.jdbc.sql("select id from registry.insured_person where id_number = ?")
			.param(idNumber)
			.query(Long.class)
			.single();
	}

	private long personDemoId() {
		return this.jdbc.sql("select person_id from identity.app_user where username = 'person-demo'")
			.query(Long.class)
			.single();
	}

	@Test
	void thePersonSeesTheirContributionsByYearAndTheirMinimumStatus() throws Exception {
		this.mvc.perform(get("/api/v1/persons/{id}/contributions", personDemoId()).with(as("person-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.records", hasSize(greaterThan(12))))
			.andExpect(jsonPath("$.years", hasSize(greaterThan(1))))
			.andExpect(jsonPath("$.minimum.monthsRequired").value(greaterThan(179)))
			.andExpect(jsonPath("$.minimum.explanation.sources[0].document", containsString("社会保险法")));
	}

	@Test
	void thePersonSeesTheirAccountWithInterestPostedYears() throws Exception {
		this.mvc.perform(get("/api/v1/persons/{id}/account", personDemoId()).with(as("person-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accounts", hasSize(greaterThan(1))))
			.andExpect(jsonPath("$.accounts[0].years[?(@.year == 2024)].interestPosted").value(true));
	}

	@Test
	void anotherAgencysClerkDoesNotFindThePerson() throws Exception {
		long person = registerFlexibleWorker();
		this.mvc.perform(get("/api/v1/persons/{id}/contributions", person).with(as("yc-steward")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aFlexibleWorkerBackPaysMonthsBeforeRegistrationAtTheFloorAndTheAccountIsCredited() throws Exception {
		long person = registerFlexibleWorker();
		BigDecimal floor = BaseLimits.of("11", 2024).floor();
		BigDecimal monthly = floor.multiply(new BigDecimal("0.20")).setScale(2, java.math.RoundingMode.HALF_UP);
		String body = """
				{"firstMonth": "2024-01", "lastMonth": "2024-03", "reason": "登记前的月份"}""";
		this.mvc
			.perform(post("/api/v1/persons/{id}/back-payments/quote", person).with(as("xc-teller"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contributorType").value("FLEXIBLE_WORKER"))
			.andExpect(jsonPath("$.months", hasSize(3)))
			.andExpect(jsonPath("$.lateFee").value(0.0))
			.andExpect(jsonPath("$.total").value(monthly.multiply(BigDecimal.valueOf(3)).doubleValue()));
		assertRecordedMonths(person, 0);
		this.mvc
			.perform(post("/api/v1/persons/{id}/back-payments", person).with(as("xc-teller"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber());
		assertRecordedMonths(person, 3);
		BigDecimal credited = this.jdbc.sql("select sum(p.amount) from account.posting p join account.individual_account a"
				+ " on a.id = p.account_id where a.person_id = ?")
			.param(person)
			.query(BigDecimal.class)
			.single();
		org.assertj.core.api.Assertions.assertThat(credited)
			.isEqualByComparingTo(floor.multiply(new BigDecimal("0.08")).setScale(2, java.math.RoundingMode.HALF_UP)
				.multiply(BigDecimal.valueOf(3)));
		this.mvc
			.perform(post("/api/v1/persons/{id}/back-payments", person).with(as("xc-teller"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isConflict());
		assertRecordedMonths(person, 3);
	}

	@Test
	void aBaseUnderTheFloorIsRefusedWithTheFloorAndItsSourceUnlessTheFloorIsApplied() throws Exception {
		long person = registerFlexibleWorker();
		String floor = BaseLimits.of("11", 2024).floor().toPlainString();
		this.mvc
			.perform(post("/api/v1/persons/{id}/back-payments/quote", person).with(as("xc-teller"))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"firstMonth": "2024-01", "lastMonth": "2024-01", "base": "2000", "reason": "x"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString(floor)))
			.andExpect(jsonPath("$.detail", containsString("国办发〔2019〕13号")));
		this.mvc
			.perform(post("/api/v1/persons/{id}/back-payments/quote", person).with(as("xc-teller"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"firstMonth": "2024-01", "lastMonth": "2024-01", "base": "2000", "applyLimit": "true",
						 "reason": "x"}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.months[0].base").value(Double.parseDouble(floor)));
	}

	@Test
	void badBackPaymentFieldsAreAllRefusedAtOnce() throws Exception {
		long person = registerFlexibleWorker();
		this.mvc
			.perform(post("/api/v1/persons/{id}/back-payments/quote", person).with(as("xc-teller"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"firstMonth": "2024-13", "lastMonth": "soon", "base": "-1", "reason": ""}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(4)));
	}

	@Test
	void anEmployerCannotBackPayMonthsAlreadyContributed() throws Exception {
		long employer = this.jdbc.sql("select employer_id from identity.app_user where username = 'employer-demo'")
			.query(Long.class)
			.single();
		long staff = this.jdbc.sql("select insured_person from registry.employment where employer_id = ?"
				+ " and last_month is null order by insured_person limit 1")
			.param(employer)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/api/v1/persons/{id}/back-payments/quote", staff).with(as("employer-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"firstMonth": "2026-01", "lastMonth": "2026-02", "base": "9000", "reason": "x"}"""))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("2026-01")));
	}

	@Test
	void aPaymentDeclarationForAPastMonthPointsToBackPayment() throws Exception {
		long employer = this.jdbc.sql("select employer_id from identity.app_user where username = 'employer-demo'")
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/api/v1/employers/{id}/payment-declarations", employer).with(as("employer-demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"month": "2025-01"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("补缴")));
	}

	private void assertRecordedMonths(long person, int expected) {
		org.assertj.core.api.Assertions
			.assertThat(this.jdbc.sql("select count(*) from contribution.contribution_record where person_id = ?")
				.param(person)
				.query(Long.class)
				.single())
			.isEqualTo(expected);
	}

}
