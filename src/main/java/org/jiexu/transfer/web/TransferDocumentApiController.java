package org.jiexu.transfer.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiexu.identity.CurrentUser;
import org.jiexu.transfer.TransferDocuments;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The documents of a transfer case as PDFs (联系函, 信息表, 参保缴费凭证), downloaded from the case by its agency's
 * staff or by the person.
 */
@RestController
@Tag(name = "Transfer cases (转移接续)")
class TransferDocumentApiController {

	private final TransferDocuments documents;

	TransferDocumentApiController(TransferDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/api/v1/transfer-cases/{id}/documents/{kind}.pdf")
	@Operation(summary = "A document of the case as an A4 PDF with the embedded CJK font, in the caller's language:"
			+ " contact-letter (联系函, once sent: a transfer-in that sent one, every transfer-out), info-table (信息表,"
			+ " once the transfer-out issued it or the transfer-in received it), contribution-certificate (参保缴费凭证,"
			+ " the person's contributions at the sending agency by year: on the transfer-out, and on the transfer-in"
			+ " once the info table arrived). A document not there yet is refused with the reason (409); scoped as the"
			+ " case (its agency's staff, the person)")
	ResponseEntity<byte[]> document(CurrentUser user, @PathVariable long id,
			@Parameter(example = "contact-letter") @PathVariable String kind, Locale locale) {
		return Downloads.pdf(this.documents.render(user, id, kind, locale));
	}

}
