package org.jiexu.contribution;

import java.util.Random;
import java.util.function.Supplier;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Fresh Xicheng employers, staff, handlers and flexible workers registered through the API by a steward, so that
 * tests do not meet each other's (or the demo's) declarations. Accounts get the password {@value #PASSWORD}.
 */
final class DeclarationFixtures {

	static final String PASSWORD = "first2026";

	private static final Random RANDOM = new Random();

	/** Registers and opens accounts at Xicheng. */
	private static final RequestPostProcessor STEWARD = httpBasic("xc-steward", "demo1234");

	private final MockMvc mvc;

	private final Supplier<String> idNumbers;

	private final Supplier<String> creditCodes;

	/** With suppliers of unused ID numbers and credit codes. */
	DeclarationFixtures(MockMvc mvc, Supplier<String> idNumbers, Supplier<String> creditCodes) {
		this.mvc = mvc;
		this.idNumbers = idNumbers;
		this.creditCodes = creditCodes;
	}

	long employer() throws Exception {
		String code = this.creditCodes.get();
		return id(this.mvc.perform(post("/api/v1/employers").with(STEWARD)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"creditCode": "%s", "name": "北京西城基数申报测试有限公司"}""".formatted(code)))
			.andExpect(status().isCreated()));
	}

	/** A person registered with the employer (employed from this month on); returns the id. */
	long staff(long employerId) throws Exception {
		return person(String.valueOf(employerId));
	}

	/** A person registered without an employer: a flexible worker. */
	long flexibleWorker() throws Exception {
		return person("null");
	}

	private long person(String employerId) throws Exception {
		String name = "测试" + "甲乙丙丁戊己庚辛壬癸".charAt(RANDOM.nextInt(10)) + "子丑寅卯辰巳午未申酉".charAt(RANDOM.nextInt(10));
		return id(this.mvc.perform(post("/api/v1/persons").with(STEWARD)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"idNumber": "%s", "name": "%s", "employerId": %s}""".formatted(this.idNumbers.get(), name,
						employerId)))
			.andExpect(status().isCreated()));
	}

	/** Opens a handler account for the employer; returns the username (password {@value #PASSWORD}). */
	String handler(long employerId) throws Exception {
		String username = "handler-" + Math.abs(RANDOM.nextLong());
		this.mvc.perform(post("/api/v1/employers/{id}/handlers", employerId).with(STEWARD)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username": "%s", "password": "%s", "displayName": "专管员"}""".formatted(username, PASSWORD)))
			.andExpect(status().isCreated());
		return username;
	}

	/** Opens the person's online account; returns the username (password {@value #PASSWORD}). */
	String personAccount(long personId) throws Exception {
		String username = "person-" + Math.abs(RANDOM.nextLong());
		this.mvc.perform(post("/api/v1/persons/{id}/online-account", personId).with(STEWARD)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username": "%s", "password": "%s"}""".formatted(username, PASSWORD)))
			.andExpect(status().isCreated());
		return username;
	}

	private static long id(ResultActions result) throws Exception {
		return JsonMapper.builder()
			.build()
			.readTree(result.andReturn().getResponse().getContentAsString())
			.get("id")
			.asLong();
	}

}
