package org.jiexu.registry;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class RegistryPagesIntegrationTests extends IntegrationTestSupport {

	@Test
	void showsTheSearchPageInChineseByDefault() throws Exception {
		this.mvc.perform(get("/registry/persons").with(as("xc-steward")))
			.andExpect(status().isOk())
			.andExpect(view().name("registry/person-search"))
			.andExpect(content().string(containsString("参保人查询")))
			.andExpect(content().string(containsString("<html lang=\"zh-CN\"")));
	}

	@Test
	void answersAnHtmxSearchWithTheResultsFragmentOnly() throws Exception {
		this.mvc.perform(get("/registry/persons").param("q", "王").header("HX-Request", "true").with(as("xc-steward")))
			.andExpect(status().isOk())
			.andExpect(view().name("registry/person-search :: results"))
			.andExpect(content().string(not(containsString("<nav class=\"navbar"))))
			.andExpect(content().string(matchesPattern("(?s).*\\d{4}\\*{10}[0-9X]{4}.*")));
	}

	@Test
	void keepsEnglishForTheSessionOnceChosen() throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(get("/registry/persons").param("lang", "en").session(session).with(as("xc-steward")))
			.andExpect(content().string(containsString("Find insured persons")));
		this.mvc.perform(get("/registry/employers").session(session).with(as("xc-steward")))
			.andExpect(content().string(allOf(containsString("Current staff"), containsString("<html lang=\"en\""))));
		this.mvc.perform(get("/registry/employers").param("lang", "zh_CN").session(session).with(as("xc-steward")))
			.andExpect(content().string(containsString("在职人数")));
	}

	@Test
	void showsThePersonPageWithRelationsAndWorkHistory() throws Exception {
		long id = personOnlyAt(XICHENG, YINGCHENG);
		this.mvc.perform(get("/registry/persons/{id}", id).with(as("xc-steward")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("养老保险关系"), containsString("工作经历"),
					containsString("西城"))));
	}

	@Test
	void answersAPersonOutsideTheScopeWithANotFoundPage() throws Exception {
		long id = personOnlyAt(XICHENG, YINGCHENG);
		this.mvc.perform(get("/registry/persons/{id}", id).with(as("yc-steward")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("不在您的权限范围内")));
	}

	@Test
	void sendsAnEmployerHandlerToTheirEmployerPage() throws Exception {
		long employer = userScope("employer-demo", "employer_id");
		this.mvc.perform(get("/me").with(as("employer-demo")))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/registry/employers/" + employer));
		this.mvc.perform(get("/registry/employers/{id}", employer).with(as("employer-demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("在职职工")));
	}

	@Test
	void redirectsAnonymousVisitorsToTheLoginPage() throws Exception {
		this.mvc.perform(get("/registry/persons").accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login"));
		this.mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("用户名")));
	}

}
