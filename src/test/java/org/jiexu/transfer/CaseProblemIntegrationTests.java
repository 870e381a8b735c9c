package org.jiexu.transfer;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Problems on a transfer case: opened by hand or by a reconciliation that does not match, assigned, resolved. */
class CaseProblemIntegrationTests extends IntegrationTestSupport {

	private TransferFixtures transfers() {
		return new TransferFixtures(this.mvc, this.jdbc, this::unusedIdNumber);
	}

	private long appliedCase() throws Exception {
		return transfers().openedCase(transfers().personMovedFromYingcheng("问题测试", null));
	}

	private ResultActions postAs(String username, String path, String body, Object... variables) throws Exception {
		return this.mvc.perform(post(path, variables).with(as(username))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private long await(long inCase, String state) throws InterruptedException {
		long out = transfers().awaitOutCaseOf(inCase);
		transfers().awaitState(out, state);
		return out;
	}

	private void awaitIn(long inCase, String state) throws InterruptedException {
		transfers().awaitState(inCase, state);
	}

	@Test
	void fundsThatDoNotMatchTheInfoTableOpenOneProblemAndTheCaseWaitsUntilTheyDo() throws Exception {
		long in = appliedCase();
		String path = "/api/v1/transfer-cases/{id}/actions/{action}";
		postAs("xc-supervisor", path, "{}", in, "send-contact-letter").andExpect(status().isOk());
		long out = await(in, "LETTER_RECEIVED");
		postAs("yc-supervisor", path, "{}", out, "issue-info").andExpect(status().isOk());
		awaitIn(in, "INFO_RECEIVED");
		this.jdbc.sql("update transfer.transfer_case set remitted_total = remitted_total - 10.00 where id = ?")
			.param(in)
			.update();

		postAs("xc-supervisor", path, "{}", in, "reconcile").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("INFO_RECEIVED"))
			.andExpect(jsonPath("$.problems", hasSize(1)))
			.andExpect(jsonPath("$.problems[0].reason").value("AMOUNT_MISMATCH"))
			.andExpect(jsonPath("$.problems[0].open").value(true));
		postAs("xc-supervisor", path, "{}", in, "reconcile").andExpect(jsonPath("$.problems", hasSize(1)));
		long problem = this.jdbc.sql("select id from transfer.case_problem where case_id = ?")
			.param(in)
			.query(Long.class)
			.single();

		this.jdbc.sql("update transfer.transfer_case set remitted_total = remitted_total + 10.00 where id = ?")
			.param(in)
			.update();
		postAs("xc-supervisor", "/api/v1/transfer-cases/{id}/problems/{p}/resolve", """
				{"resolution": "银行补划 10 元"}""", in, problem).andExpect(status().isOk())
			.andExpect(jsonPath("$.problems[0].open").value(false))
			.andExpect(jsonPath("$.problems[0].resolvedBy").value("xc-supervisor"));
		postAs("xc-supervisor", path, "{}", in, "reconcile").andExpect(jsonPath("$.state").value("RECONCILED"));
	}

	@Test
	void aProblemIsOpenedWithAReasonFromTheListAndANoteAndAssignedInTheAgencyOnly() throws Exception {
		long in = appliedCase();
		String problems = "/api/v1/transfer-cases/{id}/problems";
		postAs("xc-supervisor", problems, """
				{"reason": "LOST", "note": "x"}""", in).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		postAs("xc-supervisor", problems, """
				{"reason": "MISSING_DATA"}""", in).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		postAs("xc-supervisor", problems, """
				{"reason": "MISSING_DATA", "note": "缺少参保缴费凭证", "assignee": "yc-steward"}""", in)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("assignee"));
		postAs("yc-supervisor", problems, """
				{"reason": "MISSING_DATA", "note": "缺少参保缴费凭证"}""", in).andExpect(status().isNotFound());
		postAs("xc-reviewer", problems, """
				{"reason": "MISSING_DATA", "note": "缺少参保缴费凭证"}""", in).andExpect(status().isForbidden());
		postAs("xc-supervisor", problems, """
				{"reason": "missing_data", "note": "缺少参保缴费凭证"}""", in).andExpect(status().isCreated())
			.andExpect(jsonPath("$.problems[0].reason").value("MISSING_DATA"))
			.andExpect(jsonPath("$.problems[0].openedBy").value("xc-supervisor"));
		long problem = this.jdbc.sql("select id from transfer.case_problem where case_id = ?")
			.param(in)
			.query(Long.class)
			.single();
		postAs("xc-supervisor", problems + "/{p}/assign", """
				{"assignee": "xc-supervisor"}""", in, problem).andExpect(status().isOk())
			.andExpect(jsonPath("$.problems[0].assignee").value("xc-supervisor"));
		postAs("xc-reviewer", problems + "/{p}/resolve", """
				{"resolution": "已补交"}""", in, problem).andExpect(status().isForbidden());
		postAs("xc-supervisor", problems + "/{p}/resolve", "{}", in, problem).andExpect(status().isBadRequest());
		postAs("xc-supervisor", problems + "/{p}/resolve", """
				{"resolution": "已补交"}""", in, problem).andExpect(status().isOk());
		postAs("xc-supervisor", problems + "/{p}/resolve", """
				{"resolution": "again"}""", in, problem).andExpect(status().isConflict());
		assertThat(this.jdbc.sql("select resolution from transfer.case_problem where id = ?")
			.param(problem)
			.query(String.class)
			.single()).isEqualTo("已补交");
	}

	@Test
	void theCategorysChecklistIsTickedAndUntickedByTheCasesWorkersWithWhoAndWhen() throws Exception {
		long in = appliedCase();
		String tick = "/api/v1/transfer-cases/{id}/checklist/{n}";
		postAs("xc-supervisor", tick, """
				{"done": true}""", in, 2).andExpect(status().isOk())
			.andExpect(jsonPath("$.checklist[1].done").value(true))
			.andExpect(jsonPath("$.checklist[1].doneBy").value("xc-supervisor"))
			.andExpect(jsonPath("$.checklist[0].done").value(false))
			.andExpect(jsonPath("$.checklist[1].text").value("确认本人已在本地参保缴费"));
		postAs("xc-supervisor", tick, """
				{"done": false}""", in, 2).andExpect(jsonPath("$.checklist[1].done").value(false));
		postAs("xc-supervisor", tick, """
				{"done": true}""", in, 3).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("item"));
		postAs("xc-reviewer", tick, """
				{"done": true}""", in, 1).andExpect(status().isForbidden());
		postAs("yc-supervisor", tick, """
				{"done": true}""", in, 1).andExpect(status().isNotFound());
	}

}
