package org.jiexu.contribution;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.jiexu.document.TabularReader;
import org.jiexu.shared.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class ContributionImportPagesIntegrationTests extends ImportTestSupport {

	@Test
	void linksTheImportFromTheEmployerPageForItsHandlerAndRegistrars() throws Exception {
		long employer = demoEmployer();
		this.mvc.perform(get("/registry/employers/{id}", employer).with(as("employer-demo")))
			.andExpect(content().string(containsString("/contribution/imports?employerId=" + employer)));
		this.mvc.perform(get("/registry/employers/{id}", employer).with(as("xc-steward")))
			.andExpect(content().string(containsString("月度缴费申报导入")));
		this.mvc.perform(get("/registry/employers/{id}", employer).with(as("xc-reviewer")))
			.andExpect(content().string(not(containsString("contribution-import-link"))));
	}

	@Test
	void uploadsAFileFromTheFormAndImportsTheGoodRowsWithTheButton() throws Exception {
		long employer = demoEmployer();
		List<Staff> staff = newStaff(2);
		this.mvc.perform(get("/contribution/imports").with(as("employer-demo")))
			.andExpect(status().isOk())
			.andExpect(view().name("contribution/import-upload"))
			.andExpect(content().string(allOf(containsString("enctype=\"multipart/form-data\""),
					containsString("name=\"_csrf\""), containsString("template.xlsx"), containsString("上传并检查"))));
		byte[] file = csv(HEADER, row(staff.get(0), YearMonth.of(2025, 6), base(2025)),
				row(staff.get(1), YearMonth.of(2025, 6), new BigDecimal("12.345")));
		MvcResult uploaded = this.mvc
			.perform(multipart("/contribution/imports").file(file("五月.csv", file))
				.param("employerId", String.valueOf(employer))
				.with(as("employer-demo"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/contribution/imports/*"))
			.andReturn();
		String page = uploaded.getResponse().getRedirectedUrl();
		this.mvc.perform(get(page).with(as("employer-demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("五月.csv"), containsString("id=\"problems\""),
					containsString("缴费基数 12.345 超过两位小数"), containsString("导入 1 条正确记录"),
					containsString("problems.csv"))));
		this.mvc.perform(post(page + "/import").with(as("employer-demo")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get(page).with(as("employer-demo")))
			.andExpect(content().string(allOf(containsString("已导入"), not(containsString("id=\"import-submit\"")))));
		this.mvc.perform(get(page + "/progress").with(as("employer-demo")).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Refresh", "true"));
		this.mvc.perform(get("/contribution/imports").with(as("employer-demo")))
			.andExpect(content().string(allOf(containsString("id=\"recent-imports\""), containsString("五月.csv"))));
	}

	@Test
	void showsTheRefusalOfABadFileOnTheFormInTheChosenLanguage() throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(get("/contribution/imports").param("lang", "en").session(session).with(as("employer-demo")))
			.andExpect(content().string(containsString("Monthly contribution declaration import")));
		this.mvc.perform(multipart("/contribution/imports").file(file("header.csv", csv(HEADER)))
			.session(session)
			.with(as("employer-demo"))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("contribution/import-upload"))
			.andExpect(content().string(allOf(containsString("id=\"upload-errors\""),
					containsString("The file has a header row but no data rows"))));
	}

	@Test
	void handsOutTheTemplateAsAWorkbookAndAsCsv(@TempDir Path folder) throws Exception {
		byte[] csv = this.mvc.perform(get("/contribution/imports/template.csv").with(as("employer-demo")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFF身份证号,姓名,缴费月份,缴费基数\r\n");
		byte[] xlsx = this.mvc.perform(get("/contribution/imports/template.xlsx").with(as("xc-steward")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Path file = Files.write(folder.resolve("template.xlsx"), xlsx);
		// the reader finds every column in the template's header, and refuses it for having no data row yet
		assertThatThrownBy(() -> TabularReader.open(file, DeclarationColumn.tabular()))
			.isInstanceOfSatisfying(UserInputException.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("document.table.noRows"));
		this.mvc.perform(get("/api/v1/contribution-imports/template.csv").header("Accept-Language", "en")
			.with(as("employer-demo")))
			.andExpect(content().string(containsString("id_number,name,month,base")));
	}

}
