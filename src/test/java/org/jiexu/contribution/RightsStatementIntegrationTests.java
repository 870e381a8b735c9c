package org.jiexu.contribution;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jiexu.IntegrationTestSupport;
import org.jiexu.document.Poppler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class RightsStatementIntegrationTests extends IntegrationTestSupport {

	@TempDir
	Path folder;

	private long personDemoId() {
		return this.jdbc.sql("select person_id from identity.app_user where username = 'person-demo'")
			.query(Long.class)
			.single();
	}

	private String personDemoName() {
		return this.jdbc.sql("select name from registry.insured_person where id = ?")
			.param(personDemoId())
			.query(String.class)
			.single();
	}

	@Test
	void thePersonDownloadsTheirStatementAsAPdfWithEmbeddedChineseText() throws Exception {
		byte[] pdf = this.mvc
			.perform(get("/api/v1/persons/{id}/rights-statement.pdf", personDemoId()).with(as("person-demo")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Path file = Poppler.save(pdf, this.folder);
		String text = Poppler.text(file);
		assertThat(text).contains("个人权益记录", personDemoName(), "个人账户", "2024", "按年度和参保地");
		List<String[]> fonts = Poppler.fonts(file);
		assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(String.join(" ", font)).contains("yes"));
	}

	@Test
	void theStatementSpeaksEnglishWhenAskedTo() throws Exception {
		byte[] pdf = this.mvc
			.perform(get("/api/v1/persons/{id}/rights-statement.pdf", personDemoId()).with(as("person-demo"))
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = Poppler.text(Poppler.save(pdf, this.folder));
		assertThat(text).contains("Rights statement", "Individual account", "Months contributed");
		assertThat(Files.size(this.folder.resolve(this.folder.toFile().list()[0]))).isPositive();
	}

	@Test
	void thePageShowsTheStatementWithALinkToThePdf() throws Exception {
		this.mvc.perform(get("/registry/persons/{id}/rights-statement", personDemoId()).with(as("person-demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rights-statement.pdf")))
			.andExpect(content().string(containsString(personDemoName())));
	}

	@Test
	void aClerkOfAnotherAgencyDoesNotFindTheStatement() throws Exception {
		long xichengOnly = this.jdbc.sql("select r.insured_person from registry.insurance_relation r"
				+ " group by r.insured_person having count(*) = 1 and min(r.agency_code) = ? order by 1 limit 1")
			.param(XICHENG)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/api/v1/persons/{id}/rights-statement.pdf", xichengOnly).with(as("yc-steward")))
			.andExpect(status().isNotFound());
	}

}
