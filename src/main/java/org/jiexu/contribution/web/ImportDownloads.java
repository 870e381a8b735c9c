package org.jiexu.contribution.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.jiexu.contribution.ContributionImports;
import org.jiexu.identity.CurrentUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** The files the pages and the API hand out: the template and the problems of an import. */
final class ImportDownloads {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private ImportDownloads() {
	}

	static void problems(ContributionImports imports, CurrentUser user, long id, HttpServletResponse response)
			throws IOException {
		// checks the scope before anything is written
		imports.find(user, id, 0, 0, LocaleContextHolder.getLocale());
		attachment(response, "text/csv;charset=UTF-8", "import-" + id + "-problems.csv");
		imports.writeProblems(user, id, LocaleContextHolder.getLocale(), response.getOutputStream());
	}

	static void csvTemplate(HttpServletResponse response) throws IOException {
		attachment(response, "text/csv;charset=UTF-8", "contribution-declaration.csv");
		response.getOutputStream().write(ContributionImports.csvTemplate(LocaleContextHolder.getLocale()));
	}

	static void xlsxTemplate(ContributionImports imports, HttpServletResponse response) throws IOException {
		attachment(response, XLSX, "contribution-declaration.xlsx");
		imports.xlsxTemplate(LocaleContextHolder.getLocale(), response.getOutputStream());
	}

	private static void attachment(HttpServletResponse response, String contentType, String fileName) {
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
	}

}
