package org.jiexu.registry.web;

import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.UserView;
import org.jiexu.registry.InsuredPersonSummary;
import org.jiexu.registry.InsuredPersonView;
import org.jiexu.registry.OpenOnlineAccount;
import org.jiexu.registry.RecordPensionStart;
import org.jiexu.registry.RegisterInsuredPerson;
import org.jiexu.registry.RegistryManagement;
import org.jiexu.registry.ResultPage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Insured persons in the caller's scope. */
@RestController
@RequestMapping("/api/v1/persons")
@Tag(name = "Insured persons (参保人)")
class PersonApiController {

	private final RegistryManagement registry;

	PersonApiController(RegistryManagement registry) {
		this.registry = registry;
	}

	@GetMapping
	@Operation(summary = "Search persons by ID number (full or prefix) or name prefix; identifiers masked")
	ResultPage<InsuredPersonSummary> list(CurrentUser user, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return this.registry.searchPersons(user, q, page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One person with relations and employments; 404 outside the caller's scope")
	InsuredPersonView get(CurrentUser user, @PathVariable long id) {
		return this.registry.person(user, id);
	}

	@PostMapping("/{id}/online-account")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open the person's online account (username defaults to the ID number)")
	UserView openOnlineAccount(CurrentUser user, @PathVariable long id, @RequestBody OpenOnlineAccount request) {
		return this.registry.openOnlineAccount(user, id, request);
	}

	@PostMapping("/{id}/pension-start")
	@Operation(summary = "Record that the person draws the pension at the caller's agency from a month"
			+ " ({\"fromMonth\": \"2026-07\"}, not after this month; registrars): the live relation there becomes"
			+ " DRAWING_PENSION and the person no longer transfers (国办发〔2009〕66号 第二条); 409 if the person draws a"
			+ " pension already or holds no live relation here, 404 outside the caller's scope")
	InsuredPersonView recordPensionStart(CurrentUser user, @PathVariable long id,
			@RequestBody RecordPensionStart request) {
		return this.registry.recordPensionStart(user, id, request);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a person at the caller's agency (staff: admin, supervisor, steward, teller)")
	InsuredPersonView create(CurrentUser user, @RequestBody RegisterInsuredPerson request) {
		return this.registry.register(user, request);
	}

}
