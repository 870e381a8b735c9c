package org.jiexu.registry;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PersonApiIntegrationTests extends IntegrationTestSupport {

	@Test
	void listsPersonsOfTheStewardsAgencyWithMaskedIdNumbers() throws Exception {
		this.mvc.perform(get("/api/v1/persons").with(as("xc-steward")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(greaterThan(0)))
			.andExpect(jsonPath("$.items[*].maskedIdNumber", everyItem(matchesPattern("\\d{4}\\*{10}[0-9X]{4}"))));
	}

	@Test
	void findsAPersonByFullIdNumberAndByNamePrefix() throws Exception {
		long id = personOnlyAt(XICHENG, YINGCHENG);
		String idNumber = this.jdbc.sql("select id_number from registry.insured_person where id = ?")
			.param(id)
			.query(String.class)
			.single();
		String name = this.jdbc.sql("select name from registry.insured_person where id = ?")
			.param(id)
			.query(String.class)
			.single();
		this.mvc.perform(get("/api/v1/persons").param("q", idNumber).with(as("xc-steward")))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(id));
		this.mvc.perform(get("/api/v1/persons").param("q", name.substring(0, 1)).with(as("xc-steward")))
			.andExpect(jsonPath("$.items[*].name", everyItem(matchesPattern(name.substring(0, 1) + ".*"))));
	}

	@Test
	void showsAStewardTheFullIdNumberOnThePersonPage() throws Exception {
		long id = personOnlyAt(XICHENG, YINGCHENG);
		this.mvc.perform(get("/api/v1/persons/{id}", id).with(as("xc-steward")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.idNumber", matchesPattern("\\d{17}[0-9X]")))
			.andExpect(jsonPath("$.identifiersMasked").value(false))
			.andExpect(jsonPath("$.relations[*].agency.code", hasItem(XICHENG)));
	}

	@Test
	void masksIdentifiersForAnAuditor() throws Exception {
		long id = personOnlyAt(XICHENG, YINGCHENG);
		this.mvc.perform(get("/api/v1/persons/{id}", id).with(as("xc-auditor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.idNumber", matchesPattern("\\d{4}\\*{10}[0-9X]{4}")))
			.andExpect(jsonPath("$.identifiersMasked").value(true));
	}

	@Test
	void hidesAXichengOnlyPersonFromAYingchengStewardAsNotFound() throws Exception {
		long id = personOnlyAt(XICHENG, YINGCHENG);
		this.mvc.perform(get("/api/v1/persons/{id}", id).with(as("yc-steward")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.idNumber").doesNotExist())
			.andExpect(jsonPath("$.name").doesNotExist());
		this.mvc.perform(get("/api/v1/persons/{id}", id).with(as("xc-steward"))).andExpect(status().isOk());
	}

	@Test
	void showsAPersonWithRelationsInBothAgenciesToBothStewards() throws Exception {
		long id = this.jdbc.sql("""
				select min(p.id) from registry.insured_person p
				where exists (select 1 from registry.insurance_relation r where r.insured_person = p.id and r.agency_code = ?)
				  and exists (select 1 from registry.insurance_relation r where r.insured_person = p.id and r.agency_code = ?)""")
			.params(XICHENG, YINGCHENG)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/api/v1/persons/{id}", id).with(as("xc-steward"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/persons/{id}", id).with(as("yc-steward"))).andExpect(status().isOk());
	}

	@Test
	void letsAnInsuredPersonSeeOnlyThemselves() throws Exception {
		long self = userScope("person-demo", "person_id");
		long other = personOnlyAt(XICHENG, YINGCHENG) == self ? personOnlyAt(YINGCHENG, XICHENG)
				: personOnlyAt(XICHENG, YINGCHENG);
		this.mvc.perform(get("/api/v1/persons/{id}", self).with(as("person-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.idNumber", matchesPattern("\\d{17}[0-9X]")));
		this.mvc.perform(get("/api/v1/persons/{id}", other).with(as("person-demo"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/persons").with(as("person-demo")))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(self));
	}

	@Test
	void letsAnEmployerHandlerSeeOnlyItsCurrentStaff() throws Exception {
		long employer = userScope("employer-demo", "employer_id");
		long staffCount = this.jdbc.sql("""
				select count(distinct insured_person) from registry.employment
				where employer_id = ? and last_month is null""").param(employer).query(Long.class).single();
		this.mvc.perform(get("/api/v1/persons").param("size", "100").with(as("employer-demo")))
			.andExpect(jsonPath("$.total").value((int) staffCount));
		long outsider = this.jdbc.sql("""
				select min(p.id) from registry.insured_person p where not exists (
				  select 1 from registry.employment w where w.insured_person = p.id and w.employer_id = ?)""")
			.param(employer)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/api/v1/persons/{id}", outsider).with(as("employer-demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void registersAPersonAtTheClerksAgency() throws Exception {
		String idNumber = unusedIdNumber();
		String body = """
				{"idNumber": "%s", "name": "欧阳明", "phone": "13812345678", "hukouRegionCode": "420981"}"""
			.formatted(idNumber);
		String location = this.mvc
			.perform(post("/api/v1/persons").with(as("xc-teller")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.idNumber").value(idNumber))
			.andExpect(jsonPath("$.hukouRegionName").value("湖北省孝感市应城市"))
			.andExpect(jsonPath("$.relations", hasSize(1)))
			.andExpect(jsonPath("$.relations[0].agency.code").value(XICHENG))
			.andExpect(jsonPath("$.relations[0].state").value("ACTIVE"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(location).contains("欧阳明");
		long id = this.jdbc.sql("select id from registry.insured_person where id_number = ?")
			.param(idNumber)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/api/v1/persons/{id}", id).with(as("yc-steward"))).andExpect(status().isNotFound());
	}

	@Test
	void refusesBadInputFieldByFieldInChineseAndChangesNothing() throws Exception {
		long before = personCount();
		this.mvc
			.perform(post("/api/v1/persons").with(as("xc-steward"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"idNumber": "110102199001011230", "name": "", "phone": "12345"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("输入有误"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("idNumber")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("phone")))
			.andExpect(jsonPath("$.errors[?(@.field == 'idNumber')].message", hasItem(containsString("校验码"))));
		assertThat(personCount()).isEqualTo(before);
	}

	@Test
	void refusesBadInputInEnglishWhenTheRequestAsksForEnglish() throws Exception {
		this.mvc
			.perform(post("/api/v1/persons").with(as("xc-steward"))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"idNumber": "420981900101123", "name": "Li Lei"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid input"))
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"))
			.andExpect(jsonPath("$.errors[0].code").value("policy.idNumber.legacy15"))
			.andExpect(jsonPath("$.errors[0].message", containsString("420981199001011235")));
	}

	@Test
	void refusesADuplicateRegistrationWithAConflict() throws Exception {
		String existing = this.jdbc.sql("select min(id_number) from registry.insured_person")
			.query(String.class)
			.single();
		long before = personCount();
		this.mvc
			.perform(post("/api/v1/persons").with(as("xc-steward"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"idNumber": "%s", "name": "张三"}""".formatted(existing)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].code").value("registry.person.duplicate"));
		assertThat(personCount()).isEqualTo(before);
	}

	@Test
	void refusesRegistrationByAnAuditor() throws Exception {
		this.mvc
			.perform(post("/api/v1/persons").with(as("xc-auditor"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"idNumber": "%s", "name": "张三"}""".formatted(unusedIdNumber())))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void answersMalformedRequestsWithProblemsNotServerErrors() throws Exception {
		this.mvc.perform(get("/api/v1/persons/abc").with(as("xc-steward")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
		this.mvc
			.perform(post("/api/v1/persons").with(as("xc-steward"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("输入有误"));
		this.mvc.perform(get("/api/v1/persons/{id}", Long.MAX_VALUE).with(as("xc-steward")))
			.andExpect(status().isNotFound());
	}

	@Test
	void asksForCredentialsWithoutThem() throws Exception {
		this.mvc.perform(get("/api/v1/persons"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().exists("WWW-Authenticate"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/persons").with(org.springframework.security.test.web.servlet.request
			.SecurityMockMvcRequestPostProcessors.httpBasic("xc-steward", "wrong"))).andExpect(status().isUnauthorized());
	}

}
