package org.jiexu.registry.web;


import org.jiexu.identity.CurrentUser;
import org.jiexu.registry.InsuranceRelationState;
import org.jiexu.registry.InsuredPersonView;
import org.jiexu.registry.RegistryManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff pages: person search (the result table is swapped in by htmx) and the person page. */
@Controller
class PersonController {

	private final RegistryManagement registry;

	PersonController(RegistryManagement registry) {
		this.registry = registry;
	}

	@GetMapping("/registry/persons")
	String search(CurrentUser user, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("result", this.registry.searchPersons(user, q, page, 20));
		return htmx != null ? "registry/person-search :: results" : "registry/person-search";
	}

	@GetMapping("/registry/persons/{id}")
	String person(CurrentUser user, @PathVariable long id, Model model) {
		InsuredPersonView person = this.registry.person(user, id);
		model.addAttribute("person", person);
		model.addAttribute("pensionStartable", pensionStartable(user, person));
		return "registry/person-detail";
	}

	/**
	 * Whether the page offers the registrar to record a pension start: the person holds a live relation at the
	 * registrar's agency and draws no pension anywhere (the service checks it again).
	 */
	private static boolean pensionStartable(CurrentUser user, InsuredPersonView person) {
		return user.isRegistrar()
				&& person.relations().stream().noneMatch(r -> r.state() == InsuranceRelationState.DRAWING_PENSION)
				&& person.relations().stream().anyMatch(r -> r.agency().code().equals(user.agencyCode())
						&& r.state().isLive());
	}

	/** An insured person's own page. */
	@GetMapping("/me")
	String me(CurrentUser user) {
		if (user.personId() != null) {
			return "redirect:/registry/persons/" + user.personId();
		}
		if (user.employerId() != null) {
			return "redirect:/registry/employers/" + user.employerId();
		}
		return "redirect:/";
	}

}
