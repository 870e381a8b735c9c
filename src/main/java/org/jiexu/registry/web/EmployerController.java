package org.jiexu.registry.web;

import org.jiexu.identity.CurrentUser;
import org.jiexu.registry.RegistryManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Employer list and employer page with its current staff. */
@Controller
class EmployerController {

	private final RegistryManagement registry;

	EmployerController(RegistryManagement registry) {
		this.registry = registry;
	}

	@GetMapping("/registry/employers")
	String list(CurrentUser user, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("result", this.registry.searchEmployers(user, q, page, 20));
		return htmx != null ? "registry/employer-list :: results" : "registry/employer-list";
	}

	@GetMapping("/registry/employers/{id}")
	String employer(CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("employer", this.registry.employer(user, id));
		model.addAttribute("staff", this.registry.staffOf(user, id, page, 20));
		return "registry/employer-detail";
	}

}
