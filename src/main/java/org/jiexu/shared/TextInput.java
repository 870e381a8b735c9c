package org.jiexu.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Turns what a user typed into values, or refuses it with a message naming the field and the form expected
 * ({@code policy.input.*}). Request fields are taken as text so that every bad value gets this specific message
 * instead of a generic parse error.
 */
public final class TextInput {

	private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

	private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d{1,10})?");

	private TextInput() {
	}

	public static YearMonth yearMonth(String field, @Nullable String text) {
		String value = required(field, text);
		if (YEAR_MONTH.matcher(value).matches()) {
			try {
				YearMonth month = YearMonth.parse(value);
				if (month.getYear() >= 1900 && month.getYear() <= 2200) {
					return month;
				}
			}
			catch (DateTimeParseException ex) {
				// refused below
			}
		}
		throw UserInputException.invalid(field, "policy.input.yearMonth", value);
	}

	public static LocalDate date(String field, @Nullable String text) {
		String value = required(field, text);
		if (DATE.matcher(value).matches()) {
			try {
				LocalDate date = LocalDate.parse(value);
				if (date.getYear() >= 1900 && date.getYear() <= 2200) {
					return date;
				}
			}
			catch (DateTimeParseException ex) {
				// refused below
			}
		}
		throw UserInputException.invalid(field, "policy.input.date", value);
	}

	public static int integer(String field, @Nullable String text, int min, int max) {
		String value = required(field, text);
		if (INTEGER.matcher(value).matches()) {
			int number = Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		// as text: a number argument would be shown with a thousands separator (2,000)
		throw UserInputException.invalid(field, "policy.input.integer", value, String.valueOf(min), String.valueOf(max));
	}

	/** A decimal between min and max inclusive (money in yuan, rates as decimals). */
	public static BigDecimal decimal(String field, @Nullable String text, BigDecimal min, BigDecimal max) {
		String value = required(field, text);
		if (DECIMAL.matcher(value).matches()) {
			BigDecimal number = new BigDecimal(value);
			if (number.compareTo(min) >= 0 && number.compareTo(max) <= 0) {
				return number;
			}
		}
		throw UserInputException.invalid(field, "policy.input.decimal", value, min.toPlainString(),
				max.toPlainString());
	}

	/** {@code true} or {@code false} (any case); blank is {@code absent}. */
	public static boolean bool(String field, @Nullable String text, boolean absent) {
		if (text == null || text.isBlank()) {
			return absent;
		}
		String value = text.strip().toLowerCase(Locale.ROOT);
		if (value.equals("true") || value.equals("false")) {
			return Boolean.parseBoolean(value);
		}
		throw UserInputException.invalid(field, "policy.input.boolean", text.strip());
	}

	/** One of the constants of an enum, by name (any case), or a refusal listing them. */
	public static <E extends Enum<E>> E choice(String field, @Nullable String text, Class<E> type) {
		String value = required(field, text);
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value)) {
				return constant;
			}
		}
		throw UserInputException.invalid(field, "policy.input.choice", value,
				String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
	}

	public static boolean present(@Nullable String text) {
		return text != null && !text.isBlank();
	}

	/** A decimal of any size the form allows; the rule it goes to checks its range with its own message. */
	public static BigDecimal number(String field, @Nullable String text) {
		String value = required(field, text);
		if (DECIMAL.matcher(value).matches()) {
			return new BigDecimal(value);
		}
		throw UserInputException.invalid(field, "policy.input.number", value);
	}


	public static String required(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			throw UserInputException.invalid(field, "policy.input.required");
		}
		return text.strip();
	}

}
