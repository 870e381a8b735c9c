package org.jiexu.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Streams rows into an .xlsx workbook with a bold, frozen header row: exports and bad-row reports. Rows are
 * written as they come (flushed every {@value #FLUSH_EVERY} rows, texts inline, not in a shared table), so a
 * million rows take no more memory than a thousand; past Excel's 1,048,576 rows a sheet continues on the next
 * ("name (2)", with the header again).
 * <p>
 * Cells: {@code null} stays empty; numbers are numbers ({@link BigDecimal}s keep their decimals on display, 5000.00
 * shows as 5000.00); {@link LocalDate} and {@link LocalDateTime} are dates; booleans are booleans; anything else
 * (texts, months, enums) is text, never a formula.
 */
public final class XlsxWriter {

	static final int FLUSH_EVERY = 1000;

	private static final int MAX_SHEET_NAME = 31;

	private final Workbook workbook;

	private final String sheetName;

	private final List<String> headers;

	private final int rowsPerSheet;

	private int sheets;

	private Worksheet sheet;

	private int row;

	private XlsxWriter(OutputStream out, String sheetName, List<String> headers, int rowsPerSheet) {
		this.workbook = new Workbook(out, OfficialDocument.CREATOR, "1.0");
		this.sheetName = sheetName;
		this.headers = List.copyOf(headers);
		this.rowsPerSheet = rowsPerSheet;
		this.sheet = newSheet();
	}

	/** Writes one sheet (more past Excel's row limit); the stream is left open. */
	public static void write(OutputStream out, String sheetName, List<String> headers,
			Iterable<? extends List<?>> rows) {
		write(out, sheetName, headers, rows, Worksheet.MAX_ROWS);
	}

	/** @param rowsPerSheet the rows of a sheet, its header included */
	static void write(OutputStream out, String sheetName, List<String> headers, Iterable<? extends List<?>> rows,
			int rowsPerSheet) {
		try {
			XlsxWriter writer = new XlsxWriter(out, sheetName, headers, rowsPerSheet);
			for (List<?> values : rows) {
				writer.append(values);
			}
			writer.workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void append(List<?> values) throws IOException {
		if (this.row == this.rowsPerSheet) {
			this.sheet.finish();
			this.sheet = newSheet();
		}
		for (int column = 0; column < values.size(); column++) {
			cell(column, values.get(column));
		}
		this.row++;
		if (this.row % FLUSH_EVERY == 0) {
			this.sheet.flush();
		}
	}

	private void cell(int column, @Nullable Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof BigDecimal decimal && decimal.scale() > 0) {
			this.sheet.value(this.row, column, decimal);
			this.sheet.style(this.row, column).format("0." + "0".repeat(decimal.scale())).set();
		}
		else if (value instanceof Number number) {
			this.sheet.value(this.row, column, number);
		}
		else if (value instanceof LocalDate date) {
			this.sheet.value(this.row, column, date);
			this.sheet.style(this.row, column).format("yyyy-mm-dd").set();
		}
		else if (value instanceof LocalDateTime dateTime) {
			this.sheet.value(this.row, column, dateTime);
			this.sheet.style(this.row, column).format("yyyy-mm-dd hh:mm:ss").set();
		}
		else if (value instanceof Boolean bool) {
			this.sheet.value(this.row, column, bool);
		}
		else {
			this.sheet.inlineString(this.row, column, value.toString());
		}
	}

	private Worksheet newSheet() {
		this.sheets++;
		Worksheet worksheet = this.workbook.newWorksheet(sheetName(this.sheets));
		for (int column = 0; column < this.headers.size(); column++) {
			String header = this.headers.get(column);
			worksheet.inlineString(0, column, header);
			worksheet.width(column, Math.min(Worksheet.MAX_COL_WIDTH, Math.max(10, displayWidth(header) + 4)));
		}
		worksheet.range(0, 0, 0, Math.max(this.headers.size() - 1, 0))
			.style()
			.bold()
			.fillColor("EEEEEE")
			.set();
		worksheet.freezePane(0, 1);
		this.row = 1;
		return worksheet;
	}

	/** Excel refuses []:*?/\ in sheet names and more than 31 characters. */
	private String sheetName(int number) {
		String suffix = number == 1 ? "" : " (" + number + ")";
		String name = this.sheetName.replaceAll("[\\[\\]:*?/\\\\]", "_");
		if (name.isBlank()) {
			name = "Sheet";
		}
		return name.substring(0, Math.min(name.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
	}

	/** Column width in Excel's units: a Chinese character is as wide as two Latin ones. */
	private static int displayWidth(String text) {
		return text.codePoints().map(c -> c < 0x1100 ? 1 : 2).sum();
	}

}
