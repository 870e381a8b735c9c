package org.jiexu.contribution;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;

import org.jiexu.IntegrationTestSupport;
import org.jiexu.policy.BaseLimits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Fresh Xicheng employers, staff, handlers and flexible workers registered through the API for each test, so that
 * tests do not meet each other's (or the demo's) declarations; and the year's limits in Xicheng (province 11).
 */
abstract class BaseDeclarationTestSupport extends IntegrationTestSupport {

	static final String HANDLER_PASSWORD = DeclarationFixtures.PASSWORD;

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** A PDF as far as its first bytes go. */
	static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes();

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

	@Autowired
	Clock clock;

	int thisYear() {
		return Year.now(this.clock).getValue();
	}

	BaseLimits limits() {
		return BaseLimits.of("11", thisYear());
	}

	BigDecimal floor() {
		return limits().floor();
	}

	BigDecimal ceiling() {
		return limits().ceiling();
	}

	DeclarationFixtures fixtures() {
		return new DeclarationFixtures(this.mvc, this::unusedIdNumber, this::unusedCreditCode);
	}

	long newEmployer() throws Exception {
		return fixtures().employer();
	}

	long newStaff(long employerId) throws Exception {
		return fixtures().staff(employerId);
	}

	long newFlexibleWorker() throws Exception {
		return fixtures().flexibleWorker();
	}

	String newHandler(long employerId) throws Exception {
		return fixtures().handler(employerId);
	}

	String newPersonAccount(long personId) throws Exception {
		return fixtures().personAccount(personId);
	}

	String idNumberOf(long personId) {
		return this.jdbc.sql("select id_number from registry.insured_person where id = ?")
			.param(personId)
			.query(String.class)
			.single();
	}

	String nameOf(long personId) {
		return this.jdbc.sql("select name from registry.insured_person where id = ?")
			.param(personId)
			.query(String.class)
			.single();
	}

	static RequestPostProcessor handler(String username) {
		return httpBasic(username, HANDLER_PASSWORD);
	}

	/** Declares one person's base as JSON. */
	ResultActions declare(RequestPostProcessor who, long employerId, long personId, String base, boolean applyLimit)
			throws Exception {
		return this.mvc.perform(post("/api/v1/employers/{id}/base-declarations", employerId).with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"year": "%d", "items": [{"personId": "%d", "base": "%s", "applyLimit": "%s"}]}"""
				.formatted(thisYear(), personId, base, applyLimit)));
	}

	/** Declares a change of one person's base with evidence files, multipart. */
	ResultActions change(RequestPostProcessor who, long employerId, long personId, String base, String reason,
			MockMultipartFile... evidence) throws Exception {
		var request = multipart("/api/v1/employers/{id}/base-declarations", employerId)
			.file(new MockMultipartFile("declaration", "", MediaType.APPLICATION_JSON_VALUE, """
					{"year": "%d", "reason": "%s", "items": [{"personId": "%d", "base": "%s"}]}"""
				.formatted(thisYear(), reason, personId, base)
				.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		for (MockMultipartFile file : evidence) {
			request.file(file);
		}
		return this.mvc.perform(request.with(who));
	}

	static MockMultipartFile evidence(String name, String type, byte[] content) {
		return new MockMultipartFile("evidence", name, type, content);
	}

	/** A first declaration at the floor plus 1000, in force; returns the base. */
	BigDecimal inForce(long employerId, long personId) throws Exception {
		BigDecimal base = floor().add(new BigDecimal("1000.00"));
		declare(as("xc-teller"), employerId, personId, base.toPlainString(), false).andExpect(status().isCreated());
		return base;
	}

	long pendingChange(long employerId, long personId, BigDecimal base, String submitter) throws Exception {
		return JSON.readTree(change(as(submitter), employerId, personId, base.toPlainString(), "2025年度工资调整",
				evidence("payroll.pdf", "application/pdf", PDF))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString()).get(0).get("id").asLong();
	}

	String state(long declarationId) {
		return this.jdbc.sql("select state from contribution.base_declaration where id = ?")
			.param(declarationId)
			.query(String.class)
			.single();
	}

	long declarationsOf(long personId) {
		return this.jdbc.sql("select count(*) from contribution.base_declaration where person_id = ?")
			.param(personId)
			.query(Long.class)
			.single();
	}

	static JsonNode json(ResultActions result) throws Exception {
		return JSON.readTree(result.andReturn().getResponse().getContentAsString());
	}

}
