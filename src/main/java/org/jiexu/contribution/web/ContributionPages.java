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

	private final RightsStatementPdf pdf;

	ContributionPages(ContributionRecords records, RightsStatements statements, RightsStatementPdf pdf) {
		this.records = records;
		this.statements = statements;
		this.pdf = pdf;
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

	/** The statement as a PDF, for the page's download link and for the API. */
	@GetMapping({ "/registry/persons/{id}/rights-statement.pdf", "/api/v1/persons/{id}/rights-statement.pdf" })
	@io.swagger.v3.oas.annotations.Operation(summary = "The person's rights statement (个人权益记录) as a PDF with the"
			+ " embedded CJK font, in the caller's language; scoped as the person's page")
	org.springframework.http.ResponseEntity<byte[]> statementPdf(CurrentUser user, @PathVariable long id,
			java.util.Locale locale) {
		byte[] body = this.pdf.render(this.statements.statement(user, id), locale);
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.inline()
						.filename("rights-statement-" + id + ".pdf")
						.build()
						.toString())
			.body(body);
	}

}
