package org.jiexu.transfer.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiexu.identity.CurrentUser;
import org.jiexu.transfer.CaseLedger;
import org.jiexu.transfer.CaseSelection;
import org.jiexu.transfer.LedgerExport;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case ledger (台账) of the caller's agency as an .xlsx workbook. Staff only.
 */
@RestController
@Tag(name = "Transfer cases (转移接续)")
class CaseLedgerApiController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final CaseLedger ledger;

	CaseLedgerApiController(CaseLedger ledger) {
		this.ledger = ledger;
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
		LedgerExport export = this.ledger.export(user, selection.filter(), selection.sort(), locale);
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("transfer-case-ledger.xlsx", StandardCharsets.UTF_8)
			.build()
			.toString());
		export.writeXlsx(response.getOutputStream());
	}

}
