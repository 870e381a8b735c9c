package org.jiexu.contribution.web;

import org.jiexu.contribution.ContributionRecords;
import org.jiexu.contribution.RightsStatementView;
import org.jiexu.contribution.RightsStatements;
import org.jiexu.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The contributions panel of a person's page (loaded into it by htmx). */
@Controller
class ContributionPages {

	private final ContributionRecords records;

	private final RightsStatements statements;

	ContributionPages(ContributionRecords records, RightsStatements statements) {
		this.records = records;
		this.statements = statements;
	}

	@GetMapping("/registry/persons/{id}/contributions")
	String panel(CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("contributions", this.records.contributions(user, id));
		return "contribution/panel :: panel";
	}

	@GetMapping("/registry/persons/{id}/rights-statement")
	String statement(CurrentUser user, @PathVariable long id, Model model) {
		RightsStatementView statement = this.statements.statement(user, id);
		model.addAttribute("statement", statement);
		model.addAttribute("contributions", statement.contributions());
		model.addAttribute("accounts", statement.accounts());
		return "contribution/rights-statement";
	}

}
