package org.jiexu.registry;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * One employment of a person with a given employer, for bulk checks such as imports: the person and the first and
 * last month ({@code lastMonth} empty while it goes on).
 */
public record StaffEmployment(long personId, YearMonth firstMonth, @Nullable YearMonth lastMonth) {

	/** Whether the person worked for the employer in the month. */
	public boolean covers(YearMonth month) {
		return !month.isBefore(this.firstMonth) && (this.lastMonth == null || !month.isAfter(this.lastMonth));
	}

}
