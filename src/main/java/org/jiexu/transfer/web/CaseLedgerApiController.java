package org.jiexu.transfer.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiexu.identity.CurrentUser;
import org.jiexu.transfer.CaseLedger;
import org.jiexu.transfer.CaseSelection;
import org.jiexu.transfer.NewSavedView;
import org.jiexu.transfer.SavedView;
import org.jiexu.transfer.SavedViews;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case ledger (台账) of the caller's agency as an .xlsx workbook, and the caller's saved views (保存的视图) of the
 * case list and ledger. Staff only.
 */
@RestController
@Tag(name = "Transfer cases (转移接续)")
class CaseLedgerApiController {

	private static final String VIEW_EXAMPLE = """
			{"name": "超期的转入", "side": "IN", "overdue": true, "sort": "due"}""";

	private final CaseLedger ledger;

	private final SavedViews views;

	CaseLedgerApiController(CaseLedger ledger, SavedViews views) {
		this.ledger = ledger;
		this.views = views;
	}

	@GetMapping("/api/v1/transfer-cases/ledger.xlsx")
	@Operation(summary = "The case ledger of the caller's agency as an .xlsx workbook: one row per case with more"
			+ " than 30 columns (person, insurance type and category, both agencies, steward, letter, info table,"
			+ " funds and amounts, reconciliation, refund, attempts, state, due date and deadline, urgency,"
			+ " completion, rejection, last action, messages), headers in the caller's language, ID numbers masked."
			+ " Filters and sort as the case list; at most 10,000 cases (more is refused: narrow the filter)")
	void xlsx(CurrentUser user, @Parameter(example = "APPLIED") @RequestParam(required = false) @Nullable String state,
			@Parameter(example = "IN") @RequestParam(required = false) @Nullable String side,
			@RequestParam(required = false) @Nullable Boolean overdue,
			@RequestParam(required = false) @Nullable String steward,
			@Parameter(example = "due") @RequestParam(required = false) @Nullable String sort, Locale locale,
			HttpServletResponse response) throws IOException {
		CaseSelection selection = CaseSelection.of(state, side, overdue, steward, sort);
		Downloads.xlsx(this.ledger.export(user, selection.filter(), selection.sort(), locale), response);
	}

	@GetMapping("/api/v1/transfer-cases/views")
	@Operation(summary = "The caller's saved views of the case list and ledger, by name")
	List<SavedView> views(CurrentUser user) {
		return this.views.list(user);
	}

	@PostMapping(path = "/api/v1/transfer-cases/views", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Save a view for the caller: a name (1–50 characters, unique among the caller's views, 409"
			+ " otherwise) and the list's filter and sort (state, side, overdue, steward, sort), each optional",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					mediaType = MediaType.APPLICATION_JSON_VALUE,
					examples = @ExampleObject(name = "overdue transfer-ins", value = VIEW_EXAMPLE))))
	SavedView save(CurrentUser user, @RequestBody NewSavedView request) {
		return this.views.save(user, request);
	}

	@DeleteMapping("/api/v1/transfer-cases/views/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete one of the caller's saved views (another user's view is not found)")
	void delete(CurrentUser user, @PathVariable long id) {
		this.views.delete(user, id);
	}

}
