package org.jiexu.contribution.web;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;

import org.jiexu.contribution.ContributionImportView;
import org.jiexu.contribution.ContributionImports;
import org.jiexu.contribution.DeclarationUpload;
import org.jiexu.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Monthly contribution declaration imports (月度缴费申报导入): upload a file and get its validation report, read
 * it, download its problems, import its good rows. Messages follow {@code Accept-Language} (Chinese by default).
 */
@RestController
@RequestMapping("/api/v1/contribution-imports")
@Tag(name = "Contribution imports (月度缴费申报导入)")
class ContributionImportApiController {

	/** How long a request waits for a step before answering 202 with the progress. */
	static final Duration WAIT = Duration.ofSeconds(10);

	private final ContributionImports imports;

	ContributionImportApiController(ContributionImports imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a monthly declaration (.xlsx or UTF-8 .csv; columns 身份证号/id_number, 姓名/name,"
			+ " 缴费月份/month, 缴费基数/base) and validate every row",
			description = "201 with the report (every bad row: row as in Excel, column, message; up to "
					+ ContributionImports.MAX_PAGE_SIZE + " problems, the rest by page or as CSV) when the check ends"
					+ " within 10 s, else 202 with the progress (follow the Location or GET /api/v1/jobs/{jobId})."
					+ " A file wrong as a whole (format, encoding, columns, empty, header only) is a 400."
					+ " employerId: any employer of a registrar's agency; an employer's handler may omit it.")
	ResponseEntity<ContributionImportView> upload(CurrentUser user,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable Long employerId) {
		ContributionImportView report = this.imports.upload(user, employerId, upload(file), WAIT,
				LocaleContextHolder.getLocale());
		return ResponseEntity.status(report.state().isRunning() ? HttpStatus.ACCEPTED : HttpStatus.CREATED)
			.location(URI.create("/api/v1/contribution-imports/" + report.id()))
			.body(report);
	}

	static @Nullable DeclarationUpload upload(@Nullable MultipartFile file) {
		if (file == null) {
			return null;
		}
		String name = file.getOriginalFilename();
		return new DeclarationUpload(name == null ? "" : name, file.getSize(), file);
	}

	@GetMapping("/{id}")
	@Operation(summary = "The report of an import with a page of its problems; 404 outside the caller's scope")
	ContributionImportView get(CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.imports.find(user, id, page, size, LocaleContextHolder.getLocale());
	}

	@PostMapping("/{id}/import")
	@Operation(summary = "Import the good rows as contribution records with their account credits",
			description = "200 when done within 10 s, else 202 with the progress. Asking again adds nothing."
					+ " Months before the current one are back-payments with the late fee of Social Insurance Law"
					+ " Art. 86 up to today. 409 when there is no good row.")
	ResponseEntity<ContributionImportView> importGoodRows(CurrentUser user, @PathVariable long id) {
		ContributionImportView report = this.imports.importGoodRows(user, id, WAIT, LocaleContextHolder.getLocale());
		return ResponseEntity.status(report.state().isRunning() ? HttpStatus.ACCEPTED : HttpStatus.OK).body(report);
	}

	@GetMapping(value = "/{id}/problems.csv", produces = "text/csv")
	@Operation(summary = "Every problem of the bad rows as CSV (UTF-8): row, column, message")
	void problems(CurrentUser user, @PathVariable long id, HttpServletResponse response) throws IOException {
		ImportDownloads.problems(this.imports, user, id, response);
	}

	@GetMapping(value = "/template.csv", produces = "text/csv")
	@Operation(summary = "The empty declaration template (header row) as CSV")
	void csvTemplate(HttpServletResponse response) throws IOException {
		ImportDownloads.csvTemplate(response);
	}

	@GetMapping("/template.xlsx")
	@Operation(summary = "The empty declaration template (header row) as an xlsx workbook")
	void xlsxTemplate(HttpServletResponse response) throws IOException {
		ImportDownloads.xlsxTemplate(this.imports, response);
	}

}
