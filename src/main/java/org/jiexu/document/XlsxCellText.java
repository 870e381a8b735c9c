package org.jiexu.document;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import org.dhatim.fastexcel.reader.Cell;
import org.jspecify.annotations.Nullable;

/**
 * The text of a spreadsheet cell as Excel shows it, in the plain forms an import parses: numbers in plain decimal
 * notation ({@code 5000}, {@code 5000.5}, never {@code 5E+3}) to Excel's 15 significant digits, dates as
 * {@code yyyy-MM-dd}, months as {@code yyyy-MM}, times as {@code yyyy-MM-dd HH:mm:ss}, booleans as
 * {@code TRUE}/{@code FALSE}; formulas by their last computed value.
 */
final class XlsxCellText {

	/** Excel keeps 15 significant digits; beyond them a double's binary noise (0.30000000000000004) shows. */
	private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final long SECONDS_PER_DAY = 86_400;

	private final boolean date1904;

	XlsxCellText(boolean date1904) {
		this.date1904 = date1904;
	}

	String of(@Nullable Cell cell, boolean month) {
		if (cell == null) {
			return "";
		}
		Object value = cell.getValue();
		if (value instanceof BigDecimal number) {
			ExcelDateFormat format = ExcelDateFormat.of(cell.getDataFormatId(), cell.getDataFormatString());
			if (format == ExcelDateFormat.NUMBER) {
				return plain(number);
			}
			return date(number, month ? ExcelDateFormat.MONTH : format);
		}
		if (value instanceof Boolean bool) {
			return bool ? "TRUE" : "FALSE";
		}
		return value == null ? "" : CellText.clean(value.toString());
	}

	static String plain(BigDecimal number) {
		BigDecimal rounded = number.round(EXCEL_DIGITS).stripTrailingZeros();
		return rounded.signum() == 0 ? "0" : rounded.toPlainString();
	}

	private String date(BigDecimal serial, ExcelDateFormat format) {
		LocalDateTime dateTime = dateTime(serial);
		return switch (format) {
			case MONTH -> YearMonth.from(dateTime).toString();
			case DATE -> dateTime.toLocalDate().toString();
			case DATE_TIME, NUMBER -> dateTime.format(DATE_TIME);
		};
	}

	/** The day number of Excel's 1900 system (with its fictitious 1900-02-29) or of the 1904 system. */
	private LocalDateTime dateTime(BigDecimal serial) {
		long seconds = serial.multiply(BigDecimal.valueOf(SECONDS_PER_DAY))
			.setScale(0, RoundingMode.HALF_UP)
			.longValueExact();
		long days = Math.floorDiv(seconds, SECONDS_PER_DAY);
		LocalDate epoch = this.date1904 ? LocalDate.of(1904, 1, 1)
				: days < 61 ? LocalDate.of(1899, 12, 31) : LocalDate.of(1899, 12, 30);
		return epoch.plusDays(days).atStartOfDay().plusSeconds(Math.floorMod(seconds, SECONDS_PER_DAY));
	}

}
