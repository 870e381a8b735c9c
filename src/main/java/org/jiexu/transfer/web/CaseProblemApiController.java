package org.jiexu.transfer.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiexu.identity.CurrentUser;
import org.jiexu.transfer.CaseProblemRequest;
import org.jiexu.transfer.CaseProblems;
import org.jiexu.transfer.TransferCaseView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Problems (问题) on a transfer case: open, assign, resolve. Each answers with the case as it now stands. */
@RestController
@Tag(name = "Transfer cases (转移接续)")
class CaseProblemApiController {

	private final CaseProblems problems;

	CaseProblemApiController(CaseProblems problems) {
		this.problems = problems;
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

	@PostMapping("/api/v1/transfer-cases/{id}/problems/{problemId}/resolve")
	@Operation(summary = "Resolve an open problem, saying what was done (resolution)")
	TransferCaseView resolve(CurrentUser user, @PathVariable long id, @PathVariable long problemId,
			@RequestBody CaseProblemRequest request, Locale locale) {
		return this.problems.resolve(user, id, problemId, request, locale);
	}

}
