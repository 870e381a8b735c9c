package org.jiexu.registry;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * One employment of a person: the employer (none for a flexible worker), the agency it was insured at and
 * the first and last month ({@code lastMonth} empty while it goes on).
 */
public record EmploymentView(@Nullable Long employerId, @Nullable String employerName, AgencyView agency,
		YearMonth firstMonth, @Nullable YearMonth lastMonth) {

	public boolean flexibleWorker() {
		return this.employerId == null;
	}

}
