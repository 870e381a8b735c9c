package org.jiexu.transfer.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.jiexu.identity.CurrentUser;
import org.jiexu.transfer.CaseLedger;
import org.jiexu.transfer.CaseSelection;
import org.jiexu.transfer.TransferDocuments;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads from the transfer pages (signed in with the page session; the API's are for HTTP Basic clients): a
 * case's documents as PDFs and the agency's case ledger as .xlsx, with the same scope and refusals as the API.
 */
@Controller
class TransferDownloads {

	private final TransferDocuments documents;

	private final CaseLedger ledger;

	TransferDownloads(TransferDocuments documents, CaseLedger ledger) {
		this.documents = documents;
		this.ledger = ledger;
	}

	@GetMapping("/transfers/{id}/documents/{kind}.pdf")
	ResponseEntity<byte[]> document(CurrentUser user, @PathVariable long id, @PathVariable String kind,
			Locale locale) {
		return Downloads.pdf(this.documents.render(user, id, kind, locale));
	}

	@GetMapping("/transfers/ledger.xlsx")
	void ledger(CurrentUser user, @RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String side,
			@RequestParam(required = false) @Nullable Boolean overdue,
			@RequestParam(required = false) @Nullable String steward,
			@RequestParam(required = false) @Nullable String sort, Locale locale, HttpServletResponse response)
			throws IOException {
		CaseSelection selection = CaseSelection.of(state, side, overdue, steward, sort);
		Downloads.xlsx(this.ledger.export(user, selection.filter(), selection.sort(), locale), response);
	}

}
