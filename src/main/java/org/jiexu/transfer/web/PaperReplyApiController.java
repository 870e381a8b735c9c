package org.jiexu.transfer.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiexu.exchange.PostalLetterView;
import org.jiexu.identity.CurrentUser;
import org.jiexu.transfer.PaperReplies;
import org.jiexu.transfer.TransferCases;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replies that came on paper from an agency not connected to the exchange, entered by hand on a case, and the postal
 * letters of a case (decision 30). An entered reply is handled like a received message, right after the request
 * (202 Accepted): the case moves as it would for an electronic one.
 */
@RestController
@Tag(name = "Transfer cases (转移接续)")
class PaperReplyApiController {

	private final PaperReplies replies;

	private final TransferCases cases;

	PaperReplyApiController(PaperReplies replies, TransferCases cases) {
		this.replies = replies;
		this.cases = cases;
	}

	record Reason(@Nullable String reason) {
	}

	record Receipt(@Nullable String completedOn) {
	}

	@PostMapping("/api/v1/transfer-cases/{id}/paper/info-table")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Enter the info table received on paper on a transfer-in waiting for a sending agency not"
			+ " connected to the exchange (the case's steward or a supervisor): pooledFund and individualAccount in yuan"
			+ " (2 decimals), months, firstMonth and lastMonth (yyyy-MM) or history (the months, as in an electronic"
			+ " info table); 409 for a connected agency or a case not waiting")
	void infoTable(CurrentUser user, @PathVariable long id, @RequestBody PaperReplies.InfoTable request) {
		this.replies.infoTable(user, id, request);
	}

	@PostMapping("/api/v1/transfer-cases/{id}/paper/funds")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Enter the funds received from a sending agency not connected to the exchange: pooledFund,"
			+ " individualAccount (yuan, 2 decimals) and remittedOn (yyyy-MM-dd)")
	void funds(CurrentUser user, @PathVariable long id, @RequestBody PaperReplies.Funds request) {
		this.replies.funds(user, id, request);
	}

	@PostMapping("/api/v1/transfer-cases/{id}/paper/rejection")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Enter the refusal (退回) of the contact letter received on paper, with its reason")
	void rejection(CurrentUser user, @PathVariable long id, @RequestBody Reason request) {
		this.replies.rejection(user, id, request.reason());
	}

	@PostMapping("/api/v1/transfer-cases/{id}/paper/receipt")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Enter the receipt (办结回执) received on paper on a transfer-out: completedOn (yyyy-MM-dd)")
	void receipt(CurrentUser user, @PathVariable long id, @RequestBody Receipt request) {
		this.replies.receipt(user, id, request.completedOn());
	}

	@PostMapping("/api/v1/transfer-cases/paper/contact-letter")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Enter a contact letter received on paper from an agency not connected to the exchange:"
			+ " senderAgencyCode, idNumber, personName, insuranceType, category, acceptedOn, attempt; it opens a"
			+ " transfer-out (the transfer id is returned)")
	Map<String, String> contactLetter(CurrentUser user, @RequestBody PaperReplies.Letter request, Locale locale) {
		return Map.of("transferId", this.replies.contactLetter(user, request, locale));
	}

	@GetMapping("/api/v1/transfer-cases/{id}/postal-letters")
	@Operation(summary = "The postal letters of the case's transfer that its agency sent, with every posting")
	List<PostalLetterView> letters(CurrentUser user, @PathVariable long id) {
		return this.cases.postalLetters(user, id);
	}

}
