package org.jiexu.registry;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What each demo account may see and do: a person held only by Xicheng, an employer registered at Xicheng,
 * and registering a person. Outside the scope is 404, never 403 with data; a role that may not register
 * gets 403 whatever it sends.
 */
class ScopingIntegrationTests extends IntegrationTestSupport {

	@ParameterizedTest(name = "{0}: Xicheng person {1}, Xicheng employer {2}, may register: {3}")
	@CsvSource({ "admin, 200, 200, true", "xc-supervisor, 200, 200, true", "xc-steward, 200, 200, true",
			"xc-teller, 200, 200, true", "xc-reviewer, 200, 200, false", "xc-auditor, 200, 200, false",
			"yc-supervisor, 404, 404, true", "yc-steward, 404, 404, true", "yc-outreach, 404, 404, false",
			"ky-veterans, 404, 404, false", "ky-verifier, 404, 404, false", "jt-steward, 404, 404, true",
			"wd-teller, 404, 404, true", "person-demo, 404, 404, false" })
	void scopesReadsAndWritesByRoleAndAgency(String user, int person, int employer, boolean mayRegister)
			throws Exception {
		long xichengOnly = xichengOnlyPerson(user);
		long xichengEmployer = this.jdbc.sql("""
				select min(e.id) from registry.employer e where e.agency_code = ? and not exists (
				  select 1 from identity.app_user u where u.employer_id = e.id)""")
			.param(XICHENG)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/api/v1/persons/{id}", xichengOnly).with(as(user)))
			.andExpect(status().is(person));
		this.mvc.perform(get("/api/v1/employers/{id}", xichengEmployer).with(as(user)))
			.andExpect(status().is(employer));
		this.mvc
			.perform(post("/api/v1/persons").with(as(user))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"idNumber": "%s", "name": "测试人"}""".formatted(unusedIdNumber())))
			.andExpect(status().is(mayRegister ? 201 : 403));
	}

	/** A person held only by Xicheng who is not the demo person (who sees themselves). */
	private long xichengOnlyPerson(String user) {
		return this.jdbc.sql("""
				select min(p.id) from registry.insured_person p
				where exists (select 1 from registry.insurance_relation r where r.insured_person = p.id and r.agency_code = ?)
				  and not exists (select 1 from registry.insurance_relation r where r.insured_person = p.id and r.agency_code <> ?)
				  and not exists (select 1 from identity.app_user u where u.person_id = p.id)""")
			.params(XICHENG, XICHENG)
			.query(Long.class)
			.single();
	}

}
