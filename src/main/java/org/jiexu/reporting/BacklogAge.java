package org.jiexu.reporting;

import java.time.LocalDate;

/**
 * How long an open case has been open, in calendar days since it was opened (accepted, or the contact letter
 * received); labels in {@code reporting.age.*}.
 */
public enum BacklogAge {

	UP_TO_30_DAYS(30), UP_TO_90_DAYS(90), UP_TO_180_DAYS(180), OVER_180_DAYS(Integer.MAX_VALUE);

	private final int maxDays;

	BacklogAge(int maxDays) {
		this.maxDays = maxDays;
	}

	/** The earliest opening day of this bucket (exclusive) as of today; none for the last bucket. */
	LocalDate openedAfter(LocalDate today) {
		return this.maxDays == Integer.MAX_VALUE ? LocalDate.MIN : today.minusDays(this.maxDays + 1L);
	}

}
