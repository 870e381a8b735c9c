package org.jiexu.contribution;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The files around an import: the empty template (xlsx and CSV) and the CSV of the problems. */
final class ImportFiles {

	private ImportFiles() {
	}

	/** The header row in the reader's language, UTF-8 with a byte order mark so that Excel reads it as UTF-8. */
	static byte[] csvTemplate(Locale locale) {
		String header = Arrays.stream(DeclarationColumn.values())
			.map(column -> column.header(locale))
			.collect(Collectors.joining(","));
		return ("\uFEFF" + header + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The header row in a workbook whose ID number and month columns are text, so that Excel keeps an ID number
	 * as typed (not as a number that loses its last digits) and a month as {@code 2026-01}.
	 */
	static void xlsxTemplate(Locale locale, String sheetName, OutputStream out) {
		try {
			Workbook workbook = new Workbook(out, "Jiexu", "1.0");
			Worksheet sheet = workbook.newWorksheet(sheetName);
			DeclarationColumn[] columns = DeclarationColumn.values();
			for (int i = 0; i < columns.length; i++) {
				sheet.value(0, i, columns[i].header(locale));
				sheet.style(0, i).bold().set();
				sheet.width(i, i == 0 ? 24 : 14);
			}
			sheet.style(0).format("@").set();
			sheet.style(2).format("@").set();
			sheet.style(3).format("0.00").set();
			sheet.freezePane(0, 1);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One CSV field, quoted when it holds a comma, a quote or a line break. */
	static String field(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}

	static void line(Writer out, String... fields) throws IOException {
		out.write(Arrays.stream(fields).map(ImportFiles::field).collect(Collectors.joining(",")));
		out.write("\r\n");
	}

}
