package org.jiexu.contribution.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;

import org.jiexu.contribution.ContributionImportView;
import org.jiexu.contribution.ContributionImports;
import org.jiexu.identity.CurrentUser;
import org.jiexu.registry.EmployerReference;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import pages for employer handlers and registrars: the upload form with the template, the report with
 * the bad rows, the button that imports the good rows, and a progress bar (htmx polling) while a step runs.
 */
@Controller
class ContributionImportController {

	/** Pages wait briefly, then show the progress bar. */
	private static final Duration WAIT = Duration.ofSeconds(2);

	private static final int PAGE_SIZE = 50;

	private final ContributionImports imports;

	private final MessageSource messages;

	private final Clock clock;

	ContributionImportController(ContributionImports imports, MessageSource messages, Clock clock) {
		this.imports = imports;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/contribution/imports")
	String uploadForm(CurrentUser user, @RequestParam(required = false) @Nullable Long employerId, Model model) {
		EmployerReference employer = this.imports.employerFor(user, employerId);
		return uploadPage(user, employer, model);
	}

	private String uploadPage(CurrentUser user, EmployerReference employer, Model model) {
		model.addAttribute("employer", employer);
		model.addAttribute("recent", this.imports.recent(user, employer.id(), LocaleContextHolder.getLocale()));
		model.addAttribute("maxMegabytes", this.imports.maxMegabytes());
		model.addAttribute("zone", this.clock.getZone());
		return "contribution/import-upload";
	}

	@PostMapping("/contribution/imports")
	String upload(CurrentUser user, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable Long employerId, Model model, HttpServletResponse response) {
		EmployerReference employer = this.imports.employerFor(user, employerId);
		try {
			ContributionImportView report = this.imports.upload(user, employer.id(),
					ContributionImportApiController.upload(file), WAIT, LocaleContextHolder.getLocale());
			return "redirect:/contribution/imports/" + report.id();
		}
		catch (UserInputException refusal) {
			response.setStatus(refusal.kind().httpStatus());
			model.addAttribute("errors", refusal.messagesByField(this.messages, LocaleContextHolder.getLocale()));
			return uploadPage(user, employer, model);
		}
	}

	@GetMapping("/contribution/imports/{id}")
	String report(CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("report", this.imports.find(user, id, page, PAGE_SIZE, LocaleContextHolder.getLocale()));
		model.addAttribute("mayImport", ContributionImports.mayImport(user));
		model.addAttribute("zone", this.clock.getZone());
		return "contribution/import-report";
	}

	/** The progress bar while a step runs; once it is over, htmx reloads the page to show the report. */
	@GetMapping("/contribution/imports/{id}/progress")
	String progress(CurrentUser user, @PathVariable long id, Model model, HttpServletResponse response) {
		ContributionImportView report = this.imports.find(user, id, 0, 0, LocaleContextHolder.getLocale());
		if (!report.state().isRunning()) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("report", report);
		return "contribution/import-report :: progress";
	}

	@PostMapping("/contribution/imports/{id}/import")
	String importGoodRows(CurrentUser user, @PathVariable long id) {
		this.imports.importGoodRows(user, id, WAIT, LocaleContextHolder.getLocale());
		return "redirect:/contribution/imports/" + id;
	}

	@GetMapping("/contribution/imports/{id}/problems.csv")
	void problems(CurrentUser user, @PathVariable long id, HttpServletResponse response) throws IOException {
		ImportDownloads.problems(this.imports, user, id, response);
	}

	@GetMapping("/contribution/imports/template.csv")
	void csvTemplate(HttpServletResponse response) throws IOException {
		ImportDownloads.csvTemplate(response);
	}

	@GetMapping("/contribution/imports/template.xlsx")
	void xlsxTemplate(HttpServletResponse response) throws IOException {
		ImportDownloads.xlsxTemplate(this.imports, response);
	}

}
