package org.jiexu.contribution.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;

/**
 * The first sheet of an xlsx workbook, streamed row by row from the file on disk (fastexcel-reader opens it as a
 * zip file, never as a byte array). Numbers come as plain decimals rounded to Excel's 15 significant digits;
 * numbers with a date format (built-in or custom, Chinese formats included) come as dates. Shared strings are
 * read as far as the rows need them.
 */
final class XlsxRows implements DeclarationRows {

	/** Excel's built-in date and time formats, with those of the Chinese, Japanese and Korean editions. */
	private static final Set<Integer> DATE_FORMATS = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31,
			32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58);

	private static final MathContext EXCEL_DIGITS = new MathContext(15);

	private final ReadableWorkbook workbook;

	private final Stream<Row> stream;

	private final Iterator<Row> rows;

	private XlsxRows(ReadableWorkbook workbook, Stream<Row> stream) {
		this.workbook = workbook;
		this.stream = stream;
		this.rows = stream.iterator();
	}

	static XlsxRows open(Path file) throws IOException {
		ReadableWorkbook workbook = null;
		try {
			workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
			Sheet sheet = workbook.getSheets()
				.filter(s -> s.getVisibility() == org.dhatim.fastexcel.reader.SheetVisibility.VISIBLE)
				.findFirst()
				.orElseGet(workbook::getFirstSheet);
			return new XlsxRows(workbook, sheet.openStream());
		}
		catch (ExcelReaderException | IOException | UncheckedIOException | IllegalStateException ex) {
			if (workbook != null) {
				workbook.close();
			}
			throw unreadable();
		}
	}

	@Override
	public @Nullable DeclarationRow next() {
		try {
			while (this.rows.hasNext()) {
				Row row = this.rows.next();
				List<DeclarationCell> cells = new ArrayList<>(row.getCellCount());
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(cell(row.getOptionalCell(i).orElse(null)));
				}
				DeclarationRow declared = new DeclarationRow(row.getRowNum(), cells);
				if (!declared.isBlank()) {
					return declared;
				}
			}
			return null;
		}
		catch (ExcelReaderException | UncheckedIOException | IllegalStateException | NumberFormatException ex) {
			throw unreadable();
		}
	}

	private static UserInputException unreadable() {
		return UserInputException.invalid("file", "contribution.import.file.unreadable");
	}

	private static DeclarationCell cell(@Nullable Cell cell) {
		if (cell == null) {
			return DeclarationCell.EMPTY;
		}
		CellType type = cell.getType();
		return switch (type) {
			case EMPTY -> DeclarationCell.EMPTY;
			case NUMBER -> number(cell, cell.asNumber());
			case FORMULA -> formulaResult(cell);
			case BOOLEAN, ERROR -> DeclarationCell.text(String.valueOf(cell.getRawValue()));
			case STRING -> DeclarationCell.text(cell.asString());
		};
	}

	/** The value a formula gave when the workbook was last saved. */
	private static DeclarationCell formulaResult(Cell cell) {
		String raw = cell.getRawValue();
		if (raw == null || raw.isBlank()) {
			return DeclarationCell.EMPTY;
		}
		try {
			return number(cell, new BigDecimal(raw));
		}
		catch (NumberFormatException notANumber) {
			return DeclarationCell.text(raw);
		}
	}

	private static DeclarationCell number(Cell cell, BigDecimal value) {
		if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
			LocalDate date = excelDate(value);
			if (date != null) {
				return new DeclarationCell(DeclarationCell.Kind.DATE, date.toString());
			}
		}
		return new DeclarationCell(DeclarationCell.Kind.NUMBER,
				value.round(EXCEL_DIGITS).stripTrailingZeros().toPlainString());
	}

	/** The day of an Excel serial date (1900 system, with Excel's phantom 1900-02-29), or null out of range. */
	static @Nullable LocalDate excelDate(BigDecimal serial) {
		if (serial.signum() <= 0 || serial.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
			return null;
		}
		long days = serial.longValue();
		return days < 61 ? LocalDate.of(1899, 12, 31).plusDays(days) : LocalDate.of(1899, 12, 30).plusDays(days);
	}

	/** Whether a number format shows a date: a built-in date format, or one with day, month or year codes. */
	static boolean isDateFormat(@Nullable Integer id, @Nullable String format) {
		if (id != null && DATE_FORMATS.contains(id)) {
			return true;
		}
		if (format == null || format.isBlank() || format.equalsIgnoreCase("General")) {
			return false;
		}
		// drop quoted text, escaped characters and bracketed parts ([Red], [$-804], [h]) before looking for codes
		String codes = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\\\.", "").replaceAll("\\[[^\\]]*\\]", "");
		return codes.matches("(?i).*[ymd].*");
	}

	@Override
	public void close() {
		this.stream.close();
		try {
			this.workbook.close();
		}
		catch (IOException ex) {
			// nothing left to do with a file we only read
		}
	}

}
