package org.jiexu.contribution.web;

import org.jiexu.contribution.ContributionRecords;
import org.jiexu.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The contributions panel of a person's page (loaded into it by htmx). */
@Controller
class ContributionPages {

	private final ContributionRecords records;

	ContributionPages(ContributionRecords records) {
		this.records = records;
	}

	@GetMapping("/registry/persons/{id}/contributions")
	String panel(CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("contributions", this.records.contributions(user, id));
		return "contribution/panel :: panel";
	}

}
