package org.jiexu.transfer.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiexu.identity.CurrentUser;
import org.jiexu.transfer.CaseChecklist;
import org.jiexu.transfer.CaseProblemRequest;
import org.jiexu.transfer.CaseProblems;
import org.jiexu.transfer.TransferCaseView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Working a transfer case beside its states: problems (问题: open, assign, resolve) and the category's checklist.
 * Each answers with the case as it now stands.
 */
@RestController
@Tag(name = "Transfer cases (转移接续)")
class CaseProblemApiController {

	private final CaseProblems problems;

	private final CaseChecklist checklist;

	CaseProblemApiController(CaseProblems problems, CaseChecklist checklist) {
		this.problems = problems;
		this.checklist = checklist;
	}

	@PostMapping("/api/v1/transfer-cases/{id}/problems")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a problem: reason (MISSING_DATA, AMOUNT_MISMATCH, DUPLICATE_CONTRIBUTIONS, ARREARS,"
			+ " UNDELIVERABLE_LETTER, OTHER), note, optionally the assignee (the case's steward by default)")
	TransferCaseView open(CurrentUser user, @PathVariable long id, @RequestBody CaseProblemRequest request,
			Locale locale) {
		return this.problems.open(user, id, request, locale);
	}

	@PostMapping("/api/v1/transfer-cases/{id}/problems/{problemId}/assign")
	@Operation(summary = "Give an open problem to a steward or supervisor of the agency (assignee)")
	TransferCaseView assign(CurrentUser user, @PathVariable long id, @PathVariable long problemId,
			@RequestBody CaseProblemRequest request, Locale locale) {
		return this.problems.assign(user, id, problemId, request, locale);
	}

	@PostMapping("/api/v1/transfer-cases/{id}/checklist/{item}")
	@Operation(summary = "Tick (done true) or untick (done false) item n (from 1) of the case's checklist; the"
			+ " category decides the items")
	TransferCaseView tick(CurrentUser user, @PathVariable long id, @PathVariable int item,
			@RequestBody ChecklistTick request, Locale locale) {
		return this.checklist.tick(user, id, item, request.done(), locale);
	}

	/** Ticked or not. */
	record ChecklistTick(boolean done) {
	}

	@PostMapping("/api/v1/transfer-cases/{id}/problems/{problemId}/resolve")
	@Operation(summary = "Resolve an open problem, saying what was done (resolution)")
	TransferCaseView resolve(CurrentUser user, @PathVariable long id, @PathVariable long problemId,
			@RequestBody CaseProblemRequest request, Locale locale) {
		return this.problems.resolve(user, id, problemId, request, locale);
	}

}
