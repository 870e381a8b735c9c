package org.jiexu.contribution.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jiexu.contribution.BaseDeclarationRequest;
import org.jiexu.contribution.BaseDeclarationReview;
import org.jiexu.contribution.BaseDeclarationReviews;
import org.jiexu.contribution.BaseDeclarationView;
import org.jiexu.contribution.BaseDeclarations;
import org.jiexu.contribution.EmployerBaseDeclarationsView;
import org.jiexu.contribution.EvidenceContent;
import org.jiexu.contribution.OwnBaseDeclarationRequest;
import org.jiexu.contribution.PersonBaseDeclarationsView;
import org.jiexu.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Yearly contribution base declarations (缴费基数申报): employers for their staff, flexible workers for
 * themselves, and the agency's reviewers for changes. Outside the caller's scope everything is "not found".
 */
@RestController
@Tag(name = "Base declarations (缴费基数申报)")
class BaseDeclarationApiController {

	private static final String STAFF_EXAMPLE = """
			{"year": "2026", "reason": "2025年度工资总额调整",
			 "items": [{"idNumber": "110102198001010011", "base": "2000.00"},
			           {"personId": "42", "base": "2000.00", "applyLimit": "true"}]}""";

	private static final String OWN_EXAMPLE = """
			{"year": "2026", "base": "6000.00", "applyLimit": "false"}""";

	private final BaseDeclarations declarations;

	private final BaseDeclarationReviews reviews;

	BaseDeclarationApiController(BaseDeclarations declarations, BaseDeclarationReviews reviews) {
		this.declarations = declarations;
		this.reviews = reviews;
	}

	@PostMapping(path = "/api/v1/employers/{id}/base-declarations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Declare the year's contribution bases of staff (handler or registrar): a first base is in"
			+ " force at once; a base outside the limits is refused with the floor or ceiling, the average wage and"
			+ " the source unless applyLimit is true; a change of a base in force needs evidence (use the multipart"
			+ " form) and a reason and waits for a reviewer; every row is checked and nothing is saved while any is"
			+ " refused", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					mediaType = MediaType.APPLICATION_JSON_VALUE,
					examples = @ExampleObject(name = "two persons", value = STAFF_EXAMPLE))))
	List<BaseDeclarationView> declareForStaff(CurrentUser user, @PathVariable long id,
			@RequestBody BaseDeclarationRequest request) {
		return this.declarations.declareForStaff(user, id, request, List.of());
	}

	@PostMapping(path = "/api/v1/employers/{id}/base-declarations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Declare staff bases with evidence: part 'declaration' (the JSON declaration) and parts"
			+ " 'evidence' (contract, payroll: PDF, JPEG or PNG, at most 5 MB each)")
	List<BaseDeclarationView> declareForStaffWithEvidence(CurrentUser user, @PathVariable long id,
			@RequestPart("declaration") BaseDeclarationRequest request,
			@RequestPart(name = "evidence", required = false) @Nullable List<MultipartFile> evidence) {
		return this.declarations.declareForStaff(user, id, request, Uploads.evidence(evidence));
	}

	@GetMapping("/api/v1/employers/{id}/base-declarations")
	@Operation(summary = "The employer's base declarations of a year: the limits, the current staff with their"
			+ " bases in force and waiting, and every declaration with its outcome and the reviewer's reason")
	EmployerBaseDeclarationsView employerDeclarations(CurrentUser user, @PathVariable long id,
			@Parameter(example = "2026") @RequestParam(required = false) @Nullable String year) {
		return this.declarations.forEmployer(user, id, this.declarations.yearToRead(year));
	}

	@PostMapping(path = "/api/v1/persons/{id}/base-declarations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A flexible worker declares their own base for the year (or a registrar at the counter);"
			+ " the same limits, and a change needs evidence and a reason (multipart form)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							examples = @ExampleObject(name = "own base", value = OWN_EXAMPLE))))
	List<BaseDeclarationView> declareOwnBase(CurrentUser user, @PathVariable long id,
			@RequestBody OwnBaseDeclarationRequest request) {
		return this.declarations.declareOwnBase(user, id, request, List.of());
	}

	@PostMapping(path = "/api/v1/persons/{id}/base-declarations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A flexible worker's own base with evidence: part 'declaration' (JSON) and parts 'evidence'")
	List<BaseDeclarationView> declareOwnBaseWithEvidence(CurrentUser user, @PathVariable long id,
			@RequestPart("declaration") OwnBaseDeclarationRequest request,
			@RequestPart(name = "evidence", required = false) @Nullable List<MultipartFile> evidence) {
		return this.declarations.declareOwnBase(user, id, request, Uploads.evidence(evidence));
	}

	@GetMapping("/api/v1/persons/{id}/base-declarations")
	@Operation(summary = "A person's base declarations of a year as the caller may see them, and whether the person"
			+ " declares their own base")
	PersonBaseDeclarationsView personDeclarations(CurrentUser user, @PathVariable long id,
			@Parameter(example = "2026") @RequestParam(required = false) @Nullable String year) {
		return this.declarations.forPerson(user, id, this.declarations.yearToRead(year));
	}

	@GetMapping("/api/v1/base-declarations/reviews")
	@Operation(summary = "The reviewer's queue: changes waiting at the caller's agency, the oldest first, with the"
			+ " limits and their source and the evidence (reviewer or supervisor)")
	List<BaseDeclarationReview> reviews(CurrentUser user) {
		return this.reviews.queue(user);
	}

	@GetMapping("/api/v1/base-declarations/{id}")
	@Operation(summary = "One base declaration with its state and, once reviewed, the outcome and reason")
	BaseDeclarationView declaration(CurrentUser user, @PathVariable long id) {
		return this.declarations.declaration(user, id);
	}

	@PostMapping("/api/v1/base-declarations/{id}/approve")
	@Operation(summary = "Approve a change (a reviewer or supervisor of the agency who did not submit it): it is in"
			+ " force for payments from now on and the earlier base is superseded")
	BaseDeclarationView approve(CurrentUser user, @PathVariable long id) {
		return this.reviews.approve(user, id);
	}

	@PostMapping("/api/v1/base-declarations/{id}/reject")
	@Operation(summary = "Reject a change with a reason the submitter sees; the base in force stays",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					mediaType = MediaType.APPLICATION_JSON_VALUE,
					examples = @ExampleObject(name = "reason", value = "{\"reason\": \"工资表未盖单位公章，请重新上传\"}"))))
	BaseDeclarationView reject(CurrentUser user, @PathVariable long id, @RequestBody RejectRequest request) {
		return this.reviews.reject(user, id, request.reason());
	}

	@GetMapping("/api/v1/base-declarations/{id}/evidence/{evidenceId}")
	@Operation(summary = "Download an evidence file of a change (the agency's reviewers and registrars, the"
			+ " declaring employer's handler, the flexible worker)")
	ResponseEntity<byte[]> evidence(CurrentUser user, @PathVariable long id, @PathVariable long evidenceId) {
		return download(this.declarations.evidence(user, id, evidenceId));
	}

	static ResponseEntity<byte[]> download(EvidenceContent file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(file.content());
	}

	/** @param reason why the change is refused, shown to the submitter */
	record RejectRequest(@Nullable String reason) {
	}

}
