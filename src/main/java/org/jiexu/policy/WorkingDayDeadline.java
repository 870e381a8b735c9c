package org.jiexu.policy;

import java.time.LocalDate;

/**
 * The end of a time limit counted in working days ({@link WorkingDayCalendar#addWorkingDays}).
 *
 * @param from the start date, not counted
 * @param workingDays how many working days were added
 * @param date the last day of the limit: the {@code workingDays}-th working day after {@code from}, or {@code from}
 * for zero
 * @param provisional whether a day counted lies in a year without a published holiday notice, so that the date may
 * still move
 * @param explanation the notices used and the counting rule
 */
public record WorkingDayDeadline(LocalDate from, int workingDays, LocalDate date, boolean provisional,
		Explanation explanation) {

}
