package org.jiexu.transfer;

import java.io.OutputStream;
import java.util.List;

import org.jiexu.document.XlsxWriter;
import org.jspecify.annotations.Nullable;

/**
 * A case ledger read and ready to be written: its sheet name and headers in the reader's language and a row per
 * case. Everything that could refuse the export has happened when this exists, so a response can start writing it.
 */
public record LedgerExport(String sheetName, List<String> headers, List<List<@Nullable Object>> rows) {

	/** Writes the ledger as an .xlsx workbook (a bold, frozen header row); the stream is left open. */
	public void writeXlsx(OutputStream out) {
		XlsxWriter.write(out, this.sheetName, this.headers, this.rows);
	}

}
