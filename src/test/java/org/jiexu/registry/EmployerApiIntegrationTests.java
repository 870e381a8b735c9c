package org.jiexu.registry;

import java.util.Set;

import org.jiexu.IntegrationTestSupport;
import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.Role;
import org.jiexu.identity.UserKind;
import org.jiexu.shared.UserInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class EmployerApiIntegrationTests extends IntegrationTestSupport {

	@Autowired
	RegistryManagement registry;

	@Test
	void listsOnlyTheEmployersOfTheClerksAgency() throws Exception {
		this.mvc.perform(get("/api/v1/employers").param("size", "100").with(as("yc-steward")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(greaterThan(0)))
			.andExpect(jsonPath("$.items[*].agency.code", everyItem(is(YINGCHENG))));
	}

	@Test
	void hidesAnotherAgencysEmployerAsNotFound() throws Exception {
		long xichengEmployer = this.jdbc.sql("select min(id) from registry.employer where agency_code = ?")
			.param(XICHENG)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/api/v1/employers/{id}", xichengEmployer).with(as("yc-steward")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/employers/{id}", xichengEmployer).with(as("xc-steward")))
			.andExpect(status().isOk());
	}

	@Test
	void givesOtherModulesTheEmployerAsItsViewWithoutTheStaffCountAndScopedAlike() {
		long xichengEmployer = this.jdbc.sql("select min(id) from registry.employer where agency_code = ?")
			.param(XICHENG)
			.query(Long.class)
			.single();
		CurrentUser xicheng = supervisor(XICHENG);
		EmployerView view = this.registry.employer(xicheng, xichengEmployer);
		assertThat(this.registry.employerReference(xicheng, xichengEmployer))
			.isEqualTo(new EmployerReference(view.id(), view.creditCode(), view.name(), view.agency()));
		assertThatThrownBy(() -> this.registry.employerReference(supervisor(YINGCHENG), xichengEmployer))
			.isInstanceOfSatisfying(UserInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("registry.employer.notFound"));
	}

	@Test
	void letsAnEmployerHandlerSeeItsOwnEmployerAndStaffOnly() throws Exception {
		long own = userScope("employer-demo", "employer_id");
		long other = this.jdbc.sql("select min(id) from registry.employer where id <> ?")
			.param(own)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/api/v1/employers").with(as("employer-demo")))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(own));
		this.mvc.perform(get("/api/v1/employers/{id}/staff", own).with(as("employer-demo"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/employers/{id}", other).with(as("employer-demo")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/employers/{id}/staff", other).with(as("employer-demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void showsAnInsuredPersonNoEmployers() throws Exception {
		this.mvc.perform(get("/api/v1/employers").with(as("person-demo"))).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void registersAnEmployerAtTheClerksAgency() throws Exception {
		String code = unusedCreditCode();
		this.mvc
			.perform(post("/api/v1/employers").with(as("xc-steward"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"creditCode": "%s", "name": "北京西城示范科技有限公司"}""".formatted(code.toLowerCase())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.creditCode").value(code))
			.andExpect(jsonPath("$.agency.code").value(XICHENG))
			.andExpect(jsonPath("$.staffCount").value(0));
	}

	@Test
	void refusesABadCreditCodeAndAMissingNameTogether() throws Exception {
		long before = employerCount();
		this.mvc
			.perform(post("/api/v1/employers").with(as("xc-steward"))
				.header("Accept-Language", "en-US,en;q=0.9")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"creditCode": "91110102MA00ABCDEI", "name": " "}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("creditCode")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[?(@.field == 'creditCode')].code", hasItem("policy.creditCode.character")));
		assertThat(employerCount()).isEqualTo(before);
	}

	@Test
	void refusesADuplicateCreditCode() throws Exception {
		String existing = this.jdbc.sql("select min(credit_code) from registry.employer").query(String.class).single();
		this.mvc
			.perform(post("/api/v1/employers").with(as("xc-supervisor"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"creditCode": "%s", "name": "重复单位"}""".formatted(existing)))
			.andExpect(status().isConflict());
	}

	private long employerCount() {
		return this.jdbc.sql("select count(*) from registry.employer").query(Long.class).single();
	}

	private static CurrentUser supervisor(String agency) {
		return new CurrentUser("test-supervisor", "Test", UserKind.STAFF, Set.of(Role.SUPERVISOR), agency, null, null);
	}

}
