package org.jiexu.exchange.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiexu.exchange.AgencyConnectionView;
import org.jiexu.exchange.AgencyConnections;
import org.jiexu.exchange.PostalFailure;
import org.jiexu.exchange.PostalLetterDocument;
import org.jiexu.exchange.PostalLetterView;
import org.jiexu.exchange.PostalLetters;
import org.jiexu.exchange.PostalStatus;
import org.jiexu.identity.CurrentUser;
import org.jiexu.shared.TextInput;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Postal letters (挂号信 / EMS) to agencies not connected to the exchange: the mail list of the agency's letters, each
 * printed, posted with a tracking number, delivered or returned and posted again (decision 30); and which agencies
 * are connected, set by administrators. As pages and in the API.
 */
@Controller
@Tag(name = "Postal letters (挂号信)")
class PostalLetterController {

	private final PostalLetters letters;

	private final AgencyConnections connections;

	private final ObjectProvider<PostalLetterDocument> documents;

	private final MessageSource messages;

	PostalLetterController(PostalLetters letters, AgencyConnections connections,
			ObjectProvider<PostalLetterDocument> documents, MessageSource messages) {
		this.letters = letters;
		this.connections = connections;
		this.documents = documents;
		this.messages = messages;
	}

	/** What a clerk records of a posting; fields as text so that each bad value gets its own message. */
	record Posted(@Nullable String trackingNumber) {
	}

	record Delivered(@Nullable String deliveredOn, @Nullable String signedBy) {
	}

	record Failed(@Nullable String reason, @Nullable String note) {
	}

	record Connection(@Nullable String connected) {
	}

	@GetMapping("/api/v1/postal-letters")
	@ResponseBody
	@Operation(summary = "The postal letters the caller's agency sends to agencies not connected to the exchange,"
			+ " the latest first, optionally of one status (TO_PRINT, POSTED, DELIVERED, FAILED), each with its"
			+ " postings; staff of the agency only")
	List<PostalLetterView> list(CurrentUser user, @RequestParam(required = false) @Nullable String status) {
		return this.letters.list(user, status(status));
	}

	@GetMapping("/api/v1/postal-letters/{id}")
	@ResponseBody
	@Operation(summary = "One postal letter of the caller's agency with every posting (attempt, tracking number, dates,"
			+ " who); 404 for another agency's")
	PostalLetterView get(CurrentUser user, @PathVariable long id) {
		return this.letters.get(user, id);
	}

	@PostMapping("/api/v1/postal-letters/{id}/posted")
	@ResponseBody
	@Operation(summary = "Record the letter posted (again) with its EMS tracking number (EA123456785CN with a valid"
			+ " check digit, or 13 digits): a new attempt; only a letter to print or one returned (STEWARD, SUPERVISOR)")
	PostalLetterView posted(CurrentUser user, @PathVariable long id, @RequestBody Posted request) {
		return this.letters.posted(user, id, request.trackingNumber());
	}

	@PostMapping("/api/v1/postal-letters/{id}/delivered")
	@ResponseBody
	@Operation(summary = "Record the receipt (回执) of a posted letter: the day it was delivered and who signed for it")
	PostalLetterView delivered(CurrentUser user, @PathVariable long id, @RequestBody Delivered request) {
		return this.letters.delivered(user, id, date(request.deliveredOn()), request.signedBy());
	}

	@PostMapping("/api/v1/postal-letters/{id}/failed")
	@ResponseBody
	@Operation(summary = "Record a posted letter returned undelivered (退回) with the reason (ADDRESS_UNKNOWN,"
			+ " NO_SUCH_ADDRESSEE, MOVED, REFUSED, UNCLAIMED, OTHER) and a note (required for OTHER); it is then"
			+ " posted again")
	PostalLetterView failed(CurrentUser user, @PathVariable long id, @RequestBody Failed request) {
		return this.letters.failed(user, id, request.reason(), request.note());
	}

	@GetMapping("/api/v1/postal-letters/{id}/document.pdf")
	@Operation(summary = "The letter's document to print (the contact letter, the info table) as a PDF in the"
			+ " caller's language; 409 for a kind of message that has no printed document")
	ResponseEntity<byte[]> document(CurrentUser user, @PathVariable long id, Locale locale) {
		PostalLetterView letter = this.letters.get(user, id);
		byte[] pdf = this.documents.orderedStream()
			.map(d -> d.pdf(user, letter, locale))
			.flatMap(java.util.Optional::stream)
			.findFirst()
			.orElseThrow(() -> UserInputException.conflict(null, "exchange.postal.noDocument", letter.kind().name()));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("postal-letter-" + letter.id() + ".pdf")
				.build()
				.toString())
			.body(pdf);
	}

	@GetMapping("/api/v1/exchange/agency-connections")
	@ResponseBody
	@Operation(summary = "The agencies whose connection to the exchange was set, not connected first (every other"
			+ " agency is connected)")
	List<AgencyConnectionView> connections(CurrentUser user) {
		if (!user.isStaff()) {
			throw new org.springframework.security.access.AccessDeniedException("For agency staff");
		}
		return this.connections.marked();
	}

	@PutMapping("/api/v1/exchange/agency-connections/{agencyCode}")
	@ResponseBody
	@Operation(summary = "Mark an agency connected or not connected to the exchange (ADMIN, audited): messages to an"
			+ " agency not connected become postal letters, its replies are entered by hand")
	AgencyConnectionView mark(CurrentUser user, @PathVariable String agencyCode, @RequestBody Connection request) {
		return this.connections.mark(user, agencyCode, TextInput.bool("connected", request.connected(), true));
	}

	@GetMapping("/postal-letters")
	String page(CurrentUser user, @RequestParam(required = false) @Nullable String status, Model model) {
		model.addAttribute("letters", this.letters.list(user, status(status)));
		model.addAttribute("status", status == null ? "" : status);
		model.addAttribute("statuses", PostalStatus.values());
		model.addAttribute("failures", PostalFailure.values());
		return "exchange/postal-letters";
	}

	@PostMapping("/postal-letters/{id}/posted")
	String postedFromPage(CurrentUser user, @PathVariable long id, @RequestParam(required = false) @Nullable String trackingNumber,
			@RequestParam(required = false) @Nullable String back, Locale locale, RedirectAttributes redirect) {
		return refusable(() -> this.letters.posted(user, id, trackingNumber), back, locale, redirect);
	}

	@PostMapping("/postal-letters/{id}/delivered")
	String deliveredFromPage(CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String deliveredOn,
			@RequestParam(required = false) @Nullable String signedBy,
			@RequestParam(required = false) @Nullable String back, Locale locale, RedirectAttributes redirect) {
		return refusable(() -> this.letters.delivered(user, id, date(deliveredOn), signedBy), back, locale, redirect);
	}

	@PostMapping("/postal-letters/{id}/failed")
	String failedFromPage(CurrentUser user, @PathVariable long id, @RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable String back, Locale locale, RedirectAttributes redirect) {
		return refusable(() -> this.letters.failed(user, id, reason, note), back, locale, redirect);
	}

	@PostMapping("/admin/exchange/connections")
	String markFromPage(CurrentUser user, @RequestParam(required = false) @Nullable String agencyCode,
			@RequestParam(required = false) @Nullable String connected, Locale locale, RedirectAttributes redirect) {
		try {
			this.connections.mark(user, agencyCode == null ? "" : agencyCode,
					TextInput.bool("connected", connected, true));
		}
		catch (UserInputException refusal) {
			redirect.addFlashAttribute("refusal", messages(refusal, locale));
		}
		return "redirect:/admin/exchange";
	}

	private String refusable(Runnable step, @Nullable String back, Locale locale, RedirectAttributes redirect) {
		try {
			step.run();
		}
		catch (UserInputException refusal) {
			if (refusal.kind() == UserInputException.Kind.NOT_FOUND) {
				throw refusal;
			}
			redirect.addFlashAttribute("refusal", messages(refusal, locale));
		}
		// only back to a page of this application
		return "redirect:" + (back != null && back.matches("/transfers/\\d+") ? back : "/postal-letters");
	}

	private List<String> messages(UserInputException refusal, Locale locale) {
		return refusal.messagesByField(this.messages, locale).values().stream().flatMap(List::stream).toList();
	}

	private static @Nullable PostalStatus status(@Nullable String status) {
		return TextInput.present(status) ? TextInput.choice("status", status, PostalStatus.class) : null;
	}

	private static @Nullable LocalDate date(@Nullable String text) {
		return TextInput.present(text) ? TextInput.date("deliveredOn", text) : null;
	}

}
