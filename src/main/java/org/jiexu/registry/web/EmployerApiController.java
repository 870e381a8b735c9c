package org.jiexu.registry.web;

import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.UserView;
import org.jiexu.registry.EmployerView;
import org.jiexu.registry.InsuredPersonSummary;
import org.jiexu.registry.OpenOnlineAccount;
import org.jiexu.registry.RegisterEmployer;
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

/** Employers in the caller's scope. */
@RestController
@RequestMapping("/api/v1/employers")
@Tag(name = "Employers (参保单位)")
class EmployerApiController {

	private final RegistryManagement registry;

	EmployerApiController(RegistryManagement registry) {
		this.registry = registry;
	}

	@GetMapping
	@Operation(summary = "Search employers by credit code or name")
	ResultPage<EmployerView> list(CurrentUser user, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return this.registry.searchEmployers(user, q, page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One employer; 404 outside the caller's scope")
	EmployerView get(CurrentUser user, @PathVariable long id) {
		return this.registry.employer(user, id);
	}

	@GetMapping("/{id}/staff")
	@Operation(summary = "The employer's current staff; identifiers masked")
	ResultPage<InsuredPersonSummary> staff(CurrentUser user, @PathVariable long id,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return this.registry.staffOf(user, id, page, size);
	}

	@PostMapping("/{id}/handlers")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open an online account for a handler (专管员) of the employer")
	UserView openHandlerAccount(CurrentUser user, @PathVariable long id, @RequestBody OpenOnlineAccount request) {
		return this.registry.openHandlerAccount(user, id, request);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register an employer at the caller's agency (staff: admin, supervisor, steward, teller)")
	EmployerView create(CurrentUser user, @RequestBody RegisterEmployer request) {
		return this.registry.register(user, request);
	}

}
