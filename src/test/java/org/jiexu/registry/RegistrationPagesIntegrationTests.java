package org.jiexu.registry;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class RegistrationPagesIntegrationTests extends IntegrationTestSupport {

	@Test
	void registersAPersonWithTheirEmployerFromTheCounterForm() throws Exception {
		String idNumber = unusedIdNumber();
		String employerCode = this.jdbc.sql("select min(credit_code) from registry.employer where agency_code = ?")
			.param(XICHENG)
			.query(String.class)
			.single();
		this.mvc
			.perform(post("/registry/persons").with(as("xc-teller")).with(csrf())
				.param("idNumber", idNumber)
				.param("name", "买买提·艾力")
				.param("employerCreditCode", employerCode))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/registry/persons/*"))
			.andExpect(flash().attribute("registered", true));
		assertThat(this.jdbc.sql("""
				select count(*) from registry.employment w join registry.insured_person p on p.id = w.insured_person
				join registry.employer e on e.id = w.employer_id where p.id_number = ? and e.credit_code = ?""")
			.params(idNumber, employerCode)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void showsEveryRefusedFieldAndSavesNothing() throws Exception {
		long before = personCount();
		this.mvc
			.perform(post("/registry/persons").with(as("xc-steward")).with(csrf())
				.param("idNumber", "11010519491231002Y")
				.param("name", "")
				.param("phone", "999")
				.param("employerCreditCode", "91110102MA00000000"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("未保存任何数据"), containsString("is-invalid"),
					containsString("校验码"), containsString("请填写姓名"), containsString("手机号码应为"),
					containsString("未在本经办机构登记"))));
		assertThat(personCount()).isEqualTo(before);
	}

	@Test
	void refusesTheFormToRolesThatDoNotRegister() throws Exception {
		this.mvc.perform(get("/registry/persons/new").with(as("xc-auditor"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/registry/persons/new").with(as("xc-teller")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("登记参保人")));
	}

	@Test
	void registersAnEmployerAndRefusesABadCode() throws Exception {
		this.mvc
			.perform(post("/registry/employers").with(as("xc-supervisor")).with(csrf())
				.param("lang", "en")
				.param("creditCode", "9111010212345678")
				.param("name", "Test Co"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("has 18 characters; this one has 16")));
	}

}
