package org.jiexu.transfer.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.jiexu.transfer.LedgerExport;
import org.jiexu.transfer.TransferDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The answers that download a case's document or the case ledger, alike for the API and the pages. */
final class Downloads {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private Downloads() {
	}

	static ResponseEntity<byte[]> pdf(TransferDocument document) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.fileName()).build().toString())
			.body(document.pdf());
	}

	/** Streams the ledger as an .xlsx workbook into the response. */
	static void xlsx(LedgerExport export, HttpServletResponse response) throws IOException {
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("transfer-case-ledger.xlsx", StandardCharsets.UTF_8)
			.build()
			.toString());
		export.writeXlsx(response.getOutputStream());
	}

}
