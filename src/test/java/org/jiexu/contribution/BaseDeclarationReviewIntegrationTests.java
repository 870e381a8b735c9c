package org.jiexu.contribution;

import java.math.BigDecimal;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Changes of a base in force: evidence, the reviewer's queue, maker–checker, approval and rejection. */
class BaseDeclarationReviewIntegrationTests extends BaseDeclarationTestSupport {

	@Test
	void changingABaseInForceNeedsEvidenceAndAReason() throws Exception {
		long employer = newEmployer();
		long person = newStaff(employer);
		BigDecimal base = inForce(employer, person);
		JsonNode problem = json(declare(as("xc-teller"), employer, person, base.add(BigDecimal.TEN).toPlainString(),
				false).andExpect(status().isBadRequest()));
		assertThat(problem.get("errors").findValuesAsString("code"))
			.containsExactly("contribution.declaration.reason.required", "contribution.declaration.evidence.required");
		declare(as("xc-teller"), employer, person, base.toPlainString(), false).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("与正在执行的基数相同")));
		assertThat(declarationsOf(person)).isEqualTo(1);
	}

	@Test
	void aChangeWithEvidenceWaitsForAReviewerWhoseApprovalSupersedesTheOldBase() throws Exception {
		long employer = newEmployer();
		long person = newStaff(employer);
		String handler = newHandler(employer);
		BigDecimal old = inForce(employer, person);
		BigDecimal raised = old.add(new BigDecimal("1500.00"));
		JsonNode submitted = json(change(handler(handler), employer, person, raised.toPlainString(), "2025年度工资调整",
				evidence("劳动合同.pdf", "application/pdf", PDF), evidence("工资表.png", "image/png", PNG))
			.andExpect(status().isCreated()));
		long id = submitted.get(0).get("id").asLong();
		assertThat(submitted.get(0).get("state").asString()).isEqualTo("PENDING_REVIEW");
		assertThat(submitted.get(0).get("previousBase").decimalValue()).isEqualByComparingTo(old);
		assertThat(submitted.get(0).get("evidence").findValuesAsString("contentType")).containsExactly("application/pdf",
				"image/png");

		JsonNode queue = json(this.mvc.perform(get("/api/v1/base-declarations/reviews").with(as("xc-reviewer")))
			.andExpect(status().isOk()));
		JsonNode review = null;
		for (JsonNode item : queue) {
			if (item.get("declaration").get("id").asLong() == id) {
				review = item;
			}
		}
		assertThat(review).isNotNull();
		assertThat(review.get("limits").get("floor").decimalValue()).isEqualByComparingTo(floor());
		assertThat(review.get("limits").get("explanation").get("sources").findValuesAsString("document"))
			.anyMatch(document -> document.contains("国办发〔2019〕13号"));
		assertThat(review.get("ownSubmission").asBoolean()).isFalse();

		long evidenceId = submitted.get(0).get("evidence").get(0).get("id").asLong();
		byte[] downloaded = this.mvc
			.perform(get("/api/v1/base-declarations/{id}/evidence/{e}", id, evidenceId).with(as("xc-reviewer")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Arrays.equals(downloaded, PDF)).isTrue();
		this.mvc.perform(get("/api/v1/base-declarations/{id}/evidence/{e}", id, evidenceId).with(handler(handler)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/base-declarations/{id}/evidence/{e}", id, evidenceId).with(as("xc-auditor")))
			.andExpect(status().isNotFound());

		long oldId = this.jdbc.sql("select id from contribution.base_declaration where person_id = ? and state = 'IN_FORCE'")
			.param(person)
			.query(Long.class)
			.single();
		this.mvc.perform(post("/api/v1/base-declarations/{id}/approve", id).with(as("xc-reviewer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("IN_FORCE"))
			.andExpect(jsonPath("$.reviewedBy").value("xc-reviewer"));
		assertThat(state(oldId)).isEqualTo("SUPERSEDED");
		this.mvc.perform(get("/api/v1/employers/{id}/base-declarations", employer).with(handler(handler)))
			.andExpect(jsonPath("$.staff[0].baseInForce").value(raised.doubleValue()))
			.andExpect(jsonPath("$.declarations[0].state").value("IN_FORCE"));
		this.mvc.perform(post("/api/v1/base-declarations/{id}/approve", id).with(as("xc-supervisor")))
			.andExpect(status().isConflict());
		assertThat(audited("BASE_CHANGE_APPROVED", id)).containsExactly("xc-reviewer");
	}

	/** Who the audit trail says did the action to the declaration. */
	private java.util.List<String> audited(String action, long declaration) {
		return this.jdbc.sql("select username from identity.audit_event where action = ? and subject like ?")
			.params(action, "base declaration " + declaration + " %")
			.query(String.class)
			.list();
	}

	@Test
	void theSubmitterCannotApproveTheirOwnChange() throws Exception {
		long employer = newEmployer();
		long person = newStaff(employer);
		BigDecimal old = inForce(employer, person);
		long id = pendingChange(employer, person, old.add(BigDecimal.ONE), "xc-supervisor");
		this.mvc.perform(get("/api/v1/base-declarations/reviews").with(as("xc-supervisor")))
			.andExpect(jsonPath("$[?(@.declaration.id == " + id + ")].ownSubmission").value(hasItem(true)));
		this.mvc.perform(post("/api/v1/base-declarations/{id}/approve", id).with(as("xc-supervisor")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].code").value("contribution.review.ownSubmission"));
		assertThat(state(id)).isEqualTo("PENDING_REVIEW");
		this.mvc.perform(post("/api/v1/base-declarations/{id}/approve", id).with(as("xc-reviewer")))
			.andExpect(status().isOk());
	}

	@Test
	void reviewersOfAnotherAgencyAndNonReviewersCannotDecide() throws Exception {
		long employer = newEmployer();
		long person = newStaff(employer);
		long id = pendingChange(employer, person, inForce(employer, person).add(BigDecimal.ONE), "xc-teller");
		this.mvc.perform(post("/api/v1/base-declarations/{id}/approve", id).with(as("yc-supervisor")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/base-declarations/reviews").with(as("yc-supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].declaration.id", not(hasItem((int) id))));
		this.mvc.perform(post("/api/v1/base-declarations/{id}/approve", id).with(as("employer-demo")))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/base-declarations/{id}/approve", id).with(as("xc-steward")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/base-declarations/reviews").with(as("xc-teller"))).andExpect(status().isForbidden());
		assertThat(state(id)).isEqualTo("PENDING_REVIEW");
	}

	@Test
	void aRejectionNeedsAReasonWhichTheSubmitterSees() throws Exception {
		long employer = newEmployer();
		long person = newStaff(employer);
		String handler = newHandler(employer);
		BigDecimal old = inForce(employer, person);
		long id = pendingChange(employer, person, old.add(new BigDecimal("800")), "xc-teller");
		this.mvc.perform(post("/api/v1/base-declarations/{id}/reject", id).with(as("xc-reviewer"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.mvc.perform(post("/api/v1/base-declarations/{id}/reject", id).with(as("xc-reviewer"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"工资表未盖单位公章\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("REJECTED"));
		this.mvc.perform(get("/api/v1/employers/{id}/base-declarations", employer).with(handler(handler)))
			.andExpect(jsonPath("$.declarations[0].state").value("REJECTED"))
			.andExpect(jsonPath("$.declarations[0].reviewNote").value("工资表未盖单位公章"))
			.andExpect(jsonPath("$.staff[0].baseInForce").value(old.doubleValue()));
		this.mvc.perform(get("/api/v1/base-declarations/{id}", id).with(handler(handler)))
			.andExpect(jsonPath("$.reviewNote").value("工资表未盖单位公章"));
		assertThat(audited("BASE_CHANGE_REJECTED", id)).containsExactly("xc-reviewer");
	}

	@Test
	void badEvidenceFilesAreRefusedEachByNameAndNothingIsSaved() throws Exception {
		long employer = newEmployer();
		long person = newStaff(employer);
		BigDecimal old = inForce(employer, person);
		byte[] tooBig = new byte[5 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, tooBig, 0, PDF.length);
		JsonNode problem = json(change(as("xc-teller"), employer, person, old.add(BigDecimal.TEN).toPlainString(),
				"调整", evidence("工资表.pdf", "application/pdf", "not really a pdf".getBytes()),
				evidence("合同扫描.pdf", "application/pdf", tooBig), evidence("空白.png", "image/png", new byte[0]))
			.andExpect(status().isBadRequest()));
		assertThat(problem.get("errors").findValuesAsString("message")).satisfiesExactly(
				message -> assertThat(message).contains("工资表.pdf", "不是 PDF、JPG 或 PNG"),
				message -> assertThat(message).contains("合同扫描.pdf", "超过 5 MB"),
				message -> assertThat(message).contains("空白.png", "空文件"));
		assertThat(declarationsOf(person)).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from contribution.declaration_evidence e join"
				+ " contribution.base_declaration d on d.id = e.declaration_id where d.person_id = ?")
			.param(person)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aMultipartRequestWithoutTheDeclarationPartIsExplained() throws Exception {
		long employer = newEmployer();
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/api/v1/employers/{id}/base-declarations", employer)
			.file(evidence("payroll.pdf", "application/pdf", PDF))
			.with(as("xc-teller")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("declaration")))
			.andExpect(jsonPath("$.detail").value(containsString("缺少上传内容")));
	}

	@Test
	void aSecondChangeWaitsUntilTheFirstIsReviewed() throws Exception {
		long employer = newEmployer();
		long person = newStaff(employer);
		BigDecimal old = inForce(employer, person);
		pendingChange(employer, person, old.add(BigDecimal.ONE), "xc-teller");
		change(as("xc-teller"), employer, person, old.add(BigDecimal.TEN).toPlainString(), "再次调整",
				evidence("payroll.pdf", "application/pdf", PDF))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("正在等待复核")));
	}

	@Test
	void aFlexibleWorkerDeclaresTheirOwnBaseAndAnEmployeeIsSentToTheEmployer() throws Exception {
		long worker = newFlexibleWorker();
		String username = newPersonAccount(worker);
		String own = """
				{"year": "%d", "base": "%s"}""";
		this.mvc.perform(post("/api/v1/persons/{id}/base-declarations", worker).with(handler(username))
			.contentType(MediaType.APPLICATION_JSON)
			.content(own.formatted(thisYear(), "100")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("base"))
			.andExpect(jsonPath("$.errors[0].code").value("contribution.base.belowFloor"));
		this.mvc.perform(post("/api/v1/persons/{id}/base-declarations", worker).with(handler(username))
			.contentType(MediaType.APPLICATION_JSON)
			.content(own.formatted(thisYear(), floor().toPlainString())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].state").value("IN_FORCE"))
			.andExpect(jsonPath("$[0].employerId").value(org.hamcrest.Matchers.nullValue()));
		this.mvc.perform(get("/api/v1/persons/{id}/base-declarations", worker).with(handler(username)))
			.andExpect(jsonPath("$.declaresOwnBase").value(true))
			.andExpect(jsonPath("$.baseInForce").value(floor().doubleValue()))
			.andExpect(jsonPath("$.agency.code").value(XICHENG));

		long demoPerson = userScope("person-demo", "person_id");
		this.mvc.perform(post("/api/v1/persons/{id}/base-declarations", demoPerson).with(as("person-demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(own.formatted(thisYear(), "9000")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("contribution.declaration.own.employed"));
		this.mvc.perform(post("/api/v1/persons/{id}/base-declarations", worker).with(as("person-demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(own.formatted(thisYear(), "9000")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aFlexibleWorkersChangeGoesToReviewAndTheyReadTheirEvidence() throws Exception {
		long worker = newFlexibleWorker();
		String username = newPersonAccount(worker);
		this.mvc.perform(post("/api/v1/persons/{id}/base-declarations", worker).with(as("xc-teller"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\": \"%d\", \"base\": \"%s\"}".formatted(thisYear(), floor().toPlainString())))
			.andExpect(status().isCreated());
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/api/v1/persons/{id}/base-declarations", worker)
			.file(new org.springframework.mock.web.MockMultipartFile("declaration", "", MediaType.APPLICATION_JSON_VALUE,
					"{\"year\": \"%d\", \"base\": \"%s\", \"reason\": \"收入提高\"}"
						.formatted(thisYear(), floor().add(new BigDecimal("2000")).toPlainString())
						.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.file(evidence("收入证明.jpg", "image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x01 }));
		JsonNode change = json(this.mvc.perform(request.with(handler(username))).andExpect(status().isCreated()));
		assertThat(change.get(0).get("state").asString()).isEqualTo("PENDING_REVIEW");
		this.mvc.perform(get("/api/v1/base-declarations/{id}/evidence/{e}", change.get(0).get("id").asLong(),
				change.get(0).get("evidence").get(0).get("id").asLong())
			.with(handler(username)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"));
	}

}
