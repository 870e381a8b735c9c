package org.jiexu.policy;

import java.time.LocalDate;

/**
 * How many working days lie in {@code (from, to]} ({@link WorkingDayCalendar#workingDaysBetween}).
 *
 * @param from the start date, not counted
 * @param to the end date, counted
 * @param workingDays the number of working days after {@code from} up to and including {@code to}
 * @param provisional whether a day counted lies in a year without a published holiday notice, so that the count
 * may still change
 * @param explanation the notices used and the counting rule
 */
public record WorkingDayCount(LocalDate from, LocalDate to, int workingDays, boolean provisional,
		Explanation explanation) {

}
