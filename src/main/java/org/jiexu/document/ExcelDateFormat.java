package org.jiexu.document;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What an Excel number format says a number is: a plain number, a month, a date or a date with a time. Excel
 * stores dates as day numbers; only the format tells them apart.
 */
enum ExcelDateFormat {

	NUMBER, MONTH, DATE, DATE_TIME;

	/** Built-in formats (ECMA-376 §18.8.30, with the Simplified Chinese ones 27–36 and 50–58). */
	private static final Set<Integer> MONTHS = Set.of(17, 27, 36, 50, 52, 57);

	private static final Set<Integer> DATES = Set.of(14, 15, 16, 28, 29, 30, 31, 51, 53, 54, 58);

	private static final Set<Integer> DATE_TIMES = Set.of(18, 19, 20, 21, 22, 32, 33, 34, 35, 45, 46, 47, 55, 56);

	/** Custom formats start here; below it a number's format is known by its id alone. */
	private static final int FIRST_CUSTOM = 164;

	static ExcelDateFormat of(@Nullable Integer id, @Nullable String format) {
		if (id != null && id < FIRST_CUSTOM) {
			return builtIn(id);
		}
		return format == null ? NUMBER : custom(format);
	}

	private static ExcelDateFormat builtIn(int id) {
		if (MONTHS.contains(id)) {
			return MONTH;
		}
		if (DATES.contains(id)) {
			return DATE;
		}
		return DATE_TIMES.contains(id) ? DATE_TIME : NUMBER;
	}

	/** Reads the codes of the first section, leaving out quoted text, [colours/locales] and escaped
	 * characters; an elapsed time ([h]) counts as a time. */
	private static ExcelDateFormat custom(String format) {
		String codes = format.split(";", 2)[0]
			.replaceAll("\"[^\"]*\"", "")
			.replaceAll("\\[[hHmMsS]+\\]", "h")
			.replaceAll("\\[[^\\]]*\\]", "")
			.replaceAll("[\\\\_*].", "")
			.toLowerCase(Locale.ROOT);
		if (codes.contains("h") || codes.contains("s")) {
			return DATE_TIME;
		}
		if (codes.contains("d")) {
			return DATE;
		}
		return codes.contains("y") || codes.contains("m") ? MONTH : NUMBER;
	}

}
