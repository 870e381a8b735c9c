package org.jiexu.reporting;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jiexu.shared.InputCheck;
import org.jiexu.shared.TextInput;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;

/**
 * The months a report covers, first and last included: by default the twelve months up to the current one; at most
 * {@value #MAX_MONTHS} months.
 */
public record ReportPeriod(YearMonth from, YearMonth to) {

	/** The most months one report covers. */
	public static final int MAX_MONTHS = 60;

	/** The months of a report when none are given. */
	public static final int DEFAULT_MONTHS = 12;

	/**
	 * The period the user asked for ({@code YYYY-MM}, either may be blank): {@code to} defaults to the current month,
	 * {@code from} to eleven months before {@code to}. Refuses bad months, a last month before the first and more than
	 * {@value #MAX_MONTHS} months, each with its own message.
	 */
	public static ReportPeriod of(@Nullable String from, @Nullable String to, YearMonth current) {
		InputCheck check = new InputCheck();
		YearMonth first = TextInput.present(from) ? check.value(() -> TextInput.yearMonth("from", from)) : null;
		YearMonth last = TextInput.present(to) ? check.value(() -> TextInput.yearMonth("to", to)) : current;
		check.throwIfRefused();
		if (last == null) {
			throw new IllegalStateException("Refused above");
		}
		if (first == null) {
			first = last.minusMonths(DEFAULT_MONTHS - 1);
		}
		if (last.isBefore(first)) {
			throw UserInputException.invalid("to", "reporting.period.toBeforeFrom", last.toString(), first.toString());
		}
		ReportPeriod period = new ReportPeriod(first, last);
		if (period.length() > MAX_MONTHS) {
			throw UserInputException.invalid("from", "reporting.period.tooLong", String.valueOf(MAX_MONTHS),
					first.toString(), last.toString(), String.valueOf(period.length()));
		}
		return period;
	}

	/** How many months the period covers. */
	public long length() {
		return ChronoUnit.MONTHS.between(this.from, this.to) + 1;
	}

	/** Every month of the period, the first first. */
	public List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (long i = 0; i < length(); i++) {
			months.add(this.from.plusMonths(i));
		}
		return months;
	}

}
