package org.jiexu.transfer.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiexu.identity.CurrentUser;
import org.jiexu.transfer.CaseActionRequest;
import org.jiexu.transfer.CaseSelection;
import org.jiexu.transfer.OpenTransferIn;
import org.jiexu.transfer.TransferCaseSummary;
import org.jiexu.transfer.TransferCaseView;
import org.jiexu.transfer.TransferCases;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Transfer cases (转移接续案件): open a transfer-in, read a case with its checks and history, take the actions of
 * its states, list the agency's cases. Each agency sees its own side; a person sees their own cases.
 */
@RestController
@Tag(name = "Transfer cases (转移接续)")
class TransferCaseApiController {

	private static final String OPEN_EXAMPLE = """
			{"idNumber": "420981198503150018", "sendingAgencyCode": "42098101", "insuranceType": "EMPLOYEE_PENSION",
			 "category": "ORDINARY"}""";

	private final TransferCases cases;

	TransferCaseApiController(TransferCases cases) {
		this.cases = cases;
	}

	@PostMapping(path = "/api/v1/transfer-cases", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a transfer-in at the caller's agency (staff) or at the agency where the person"
			+ " contributes now (the person online): the person's ID number, the sending agency's code, the insurance"
			+ " type (EMPLOYEE_PENSION, PUBLIC_SECTOR_PENSION) and optionally the category (ORDINARY, FIXED_AMOUNT,"
			+ " PUBLIC_SECTOR, AFTER_BACK_PAYMENT, TEMPORARY_ACCOUNT, MILITARY_SPOUSE). The case is APPLIED, has a"
			+ " steward and is due 15 working days after acceptance",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					mediaType = MediaType.APPLICATION_JSON_VALUE,
					examples = @ExampleObject(name = "transfer-in", value = OPEN_EXAMPLE))))
	TransferCaseView open(CurrentUser user, @RequestBody OpenTransferIn request, Locale locale) {
		return this.cases.open(user, request, locale);
	}

	@GetMapping("/api/v1/transfer-cases/{id}")
	@Operation(summary = "One case: state, steward, due date and deadline status, urgency, amounts, attempts, the"
			+ " checks of its next step, the category's checklist, the actions the caller may take, the history (who,"
			+ " when, why) and the messages exchanged")
	TransferCaseView view(CurrentUser user, @PathVariable long id, Locale locale) {
		return this.cases.view(user, id, locale);
	}

	@PostMapping("/api/v1/transfer-cases/{id}/actions/{action}")
	@Operation(summary = "Take an action: send-contact-letter, resend-contact-letter (reason), reconcile,"
			+ " continue-records, complete, reject (reason) on a transfer-in; issue-info, terminate-relation, complete,"
			+ " reject (reason) on a transfer-out; reassign (steward; supervisors). An action that does not fit the"
			+ " case's state is refused with the reason (409)")
	TransferCaseView act(CurrentUser user, @PathVariable long id, @PathVariable String action,
			@RequestBody(required = false) @Nullable CaseActionRequest request, Locale locale) {
		return this.cases.act(user, id, action, request == null ? CaseActionRequest.none() : request, locale);
	}

	@GetMapping("/api/v1/transfer-cases")
	@Operation(summary = "The agency's cases (or the person's own), at most 500: filter by state, side (IN, OUT),"
			+ " overdue (true, false) and steward; sort by due (the nearest due date first, the default), opened (the"
			+ " newest first), state (in the order of the workflow), steward or person (by name)")
	List<TransferCaseSummary> list(CurrentUser user, @Parameter(example = "APPLIED") @RequestParam(required = false)
	@Nullable String state, @Parameter(example = "IN") @RequestParam(required = false) @Nullable String side,
			@RequestParam(required = false) @Nullable Boolean overdue,
			@RequestParam(required = false) @Nullable String steward,
			@Parameter(example = "due") @RequestParam(required = false) @Nullable String sort, Locale locale) {
		CaseSelection selection = CaseSelection.of(state, side, overdue, steward, sort);
		return this.cases.list(user, selection.filter(), selection.sort(), locale);
	}

}
