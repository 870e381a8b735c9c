package org.jiexu.contribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jiexu.contribution.upload.DeclarationCell;
import org.jiexu.contribution.upload.DeclarationRow;
import org.jiexu.policy.IdNumber;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;

/**
 * One data row of a declaration file with its values read and the problems a row shows on its own: a valid ID
 * number, a name, a month (yyyy-MM; also 2026/1, 202601, 2026年1月 or a date, the month of which counts) not in
 * the future and not before 1992, and a base that is a positive amount with at most two decimals. The checks
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

	DeclaredRow {
		problems = List.copyOf(problems);
	}

	boolean refused() {
		return !this.problems.isEmpty();
	}

	static DeclaredRow parse(DeclarationRow row, DeclarationColumns columns, YearMonth thisMonth) {
		List<RowProblem> problems = new ArrayList<>();
		String idNumber = idNumber(columns.cell(row, DeclarationColumn.ID_NUMBER), problems);
		DeclarationCell nameCell = columns.cell(row, DeclarationColumn.NAME);
		String name = nameCell.isBlank() ? null : nameCell.text().strip();
		if (name == null) {
			problems.add(RowProblem.of(DeclarationColumn.NAME, "contribution.import.name.required"));
		}
		YearMonth month = month(columns.cell(row, DeclarationColumn.MONTH), thisMonth, problems);
		BigDecimal base = base(columns.cell(row, DeclarationColumn.BASE), problems);
		return new DeclaredRow(row.number(), idNumber, name, month, base, problems);
	}

	private static @Nullable String idNumber(DeclarationCell cell, List<RowProblem> problems) {
		if (cell.kind() == DeclarationCell.Kind.NUMBER) {
			// Excel keeps 15 significant digits: the last digits of an 18-digit number typed into a number cell are gone
			problems.add(RowProblem.of(DeclarationColumn.ID_NUMBER, "contribution.import.idNumber.number"));
			return null;
		}
		Optional<UserInputException> problem = IdNumber.problem(cell.text());
		if (problem.isPresent()) {
			problems.add(RowProblem.of(DeclarationColumn.ID_NUMBER, problem.get()));
			return null;
		}
		return IdNumber.of(cell.text()).value();
	}

	private static @Nullable YearMonth month(DeclarationCell cell, YearMonth thisMonth, List<RowProblem> problems) {
		if (cell.isBlank()) {
			problems.add(RowProblem.of(DeclarationColumn.MONTH, "contribution.import.month.required"));
			return null;
		}
		String text = cell.text().strip();
		YearMonth month = cell.kind() == DeclarationCell.Kind.NUMBER ? null : parseMonth(text);
		if (month == null) {
			problems.add(RowProblem.of(DeclarationColumn.MONTH, "contribution.import.month.format", text));
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

	private static @Nullable BigDecimal base(DeclarationCell cell, List<RowProblem> problems) {
		if (cell.isBlank()) {
			problems.add(RowProblem.of(DeclarationColumn.BASE, "contribution.import.base.required"));
			return null;
		}
		String text = cell.text().strip();
		if (cell.kind() == DeclarationCell.Kind.DATE || !AMOUNT.matcher(text).matches()) {
			problems.add(RowProblem.of(DeclarationColumn.BASE, "contribution.import.base.format",
					cell.kind() == DeclarationCell.Kind.DATE ? LocalDate.parse(text) : abbreviated(text)));
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
