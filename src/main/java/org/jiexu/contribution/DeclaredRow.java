package org.jiexu.contribution;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jiexu.document.TabularRow;
import org.jiexu.policy.IdNumber;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;

/**
 * One data row of a declaration file with its values read and the problems a row shows on its own: a valid ID
 * number, a name, a month (yyyy-MM; also 2026/1, 202601, 2026年1月, a date or an Excel date cell, the month of
 * which counts) not in the future and not before 1992, and a base that is a positive amount with at most two decimals. The checks
 * against the registry, the limits and the other rows come later ({@link ImportValidation}). A value that is
 * refused is null.
 */
record DeclaredRow(long number, @Nullable String idNumber, @Nullable String name, @Nullable YearMonth month,
		@Nullable BigDecimal base, List<RowProblem> problems) {

	/** Individual contributions and accounts started with the 1991–1992 reform; earlier months are refused. */
	static final YearMonth FIRST_MONTH = YearMonth.of(1992, 1);

	private static final List<Pattern> MONTHS = List.of(Pattern.compile("(\\d{4})[-/.](\\d{1,2})"),
			Pattern.compile("(\\d{4})年(\\d{1,2})月?"), Pattern.compile("(\\d{4})(\\d{2})"));

	private static final Pattern DAY = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})日?");

	private static final Pattern AMOUNT = Pattern.compile("-?(\\d{1,12}|\\d{1,3}(,\\d{3}){1,3})(\\.\\d{1,12})?");

	/** How Excel writes a long number: rounded to 15 digits, in a CSV often as {@code 1.10105E+17}. */
	private static final Pattern EXCEL_NUMBER = Pattern.compile("\\d{15}000|\\d(\\.\\d+)?[Ee]\\+?\\d+");

	DeclaredRow {
		problems = List.copyOf(problems);
	}

	boolean refused() {
		return !this.problems.isEmpty();
	}

	static DeclaredRow parse(TabularRow row, YearMonth thisMonth) {
		List<RowProblem> problems = new ArrayList<>();
		String idNumber = idNumber(row.get(DeclarationColumn.ID_NUMBER.field), problems);
		String name = row.get(DeclarationColumn.NAME.field).strip();
		if (name.isEmpty()) {
			problems.add(RowProblem.of(DeclarationColumn.NAME, "contribution.import.name.required"));
		}
		YearMonth month = month(row.get(DeclarationColumn.MONTH.field), thisMonth, problems);
		BigDecimal base = base(row.get(DeclarationColumn.BASE.field), problems);
		return new DeclaredRow(row.rowNumber(), idNumber, name.isEmpty() ? null : name, month, base, problems);
	}

	private static @Nullable String idNumber(String text, List<RowProblem> problems) {
		Optional<UserInputException> problem = IdNumber.problem(text);
		if (problem.isEmpty()) {
			return IdNumber.of(text).value();
		}
		if (EXCEL_NUMBER.matcher(text.strip()).matches()) {
			// Excel keeps 15 significant digits: an 18-digit number typed into a number cell has lost its last ones
			problems.add(RowProblem.of(DeclarationColumn.ID_NUMBER, "contribution.import.idNumber.number"));
		}
		else {
			problems.add(RowProblem.of(DeclarationColumn.ID_NUMBER, problem.get()));
		}
		return null;
	}

	private static @Nullable YearMonth month(String cell, YearMonth thisMonth, List<RowProblem> problems) {
		String text = cell.strip();
		if (text.isEmpty()) {
			problems.add(RowProblem.of(DeclarationColumn.MONTH, "contribution.import.month.required"));
			return null;
		}
		YearMonth month = parseMonth(text);
		if (month == null) {
			problems.add(RowProblem.of(DeclarationColumn.MONTH, "contribution.import.month.format", abbreviated(text)));
			return null;
		}
		if (month.isAfter(thisMonth)) {
			problems.add(RowProblem.of(DeclarationColumn.MONTH, "contribution.import.month.future", month, thisMonth));
			return null;
		}
		if (month.isBefore(FIRST_MONTH)) {
			problems.add(RowProblem.of(DeclarationColumn.MONTH, "contribution.import.month.tooEarly", month,
					FIRST_MONTH));
			return null;
		}
		return month;
	}

	static @Nullable YearMonth parseMonth(String text) {
		for (Pattern pattern : MONTHS) {
			Matcher matcher = pattern.matcher(text);
			if (matcher.matches()) {
				return yearMonth(matcher.group(1), matcher.group(2));
			}
		}
		Matcher day = DAY.matcher(text);
		if (day.matches()) {
			YearMonth month = yearMonth(day.group(1), day.group(2));
			int dayOfMonth = Integer.parseInt(day.group(3));
			return month != null && dayOfMonth >= 1 && month.isValidDay(dayOfMonth) ? month : null;
		}
		return null;
	}

	private static @Nullable YearMonth yearMonth(String year, String month) {
		int m = Integer.parseInt(month);
		return m >= 1 && m <= 12 ? YearMonth.of(Integer.parseInt(year), m) : null;
	}

	private static @Nullable BigDecimal base(String cell, List<RowProblem> problems) {
		String text = cell.strip();
		if (text.isEmpty()) {
			problems.add(RowProblem.of(DeclarationColumn.BASE, "contribution.import.base.required"));
			return null;
		}
		if (!AMOUNT.matcher(text).matches()) {
			problems.add(RowProblem.of(DeclarationColumn.BASE, "contribution.import.base.format", abbreviated(text)));
			return null;
		}
		BigDecimal base = new BigDecimal(text.replace(",", ""));
		if (base.signum() <= 0) {
			problems.add(RowProblem.of(DeclarationColumn.BASE, "contribution.import.base.notPositive", text));
			return null;
		}
		if (base.stripTrailingZeros().scale() > 2) {
			problems.add(RowProblem.of(DeclarationColumn.BASE, "contribution.import.base.decimals", text));
			return null;
		}
		return base.setScale(2);
	}

	/** A value as the message quotes it: at most 40 characters. */
	static String abbreviated(String text) {
		return text.length() <= 40 ? text : text.substring(0, 39) + "…";
	}

}
