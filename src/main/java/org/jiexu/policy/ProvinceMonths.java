package org.jiexu.policy;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * The months a person has in one province, as {@link BenefitPlace} counts them.
 *
 * @param months cumulative months outside temporary accounts (deemed months included): what the 10 years are
 * counted on
 * @param temporaryMonths months in temporary accounts: they never count toward a province's 10 years
 * @param lastEnd the end of the last stint outside a temporary account; {@code null} if there is none
 */
public record ProvinceMonths(String province, int months, int temporaryMonths, @Nullable YearMonth lastEnd) {

	/** Whether the province has 10 years (120 months) outside temporary accounts. */
	public boolean tenYears() {
		return this.months >= BenefitPlace.TEN_YEARS_MONTHS;
	}

}
