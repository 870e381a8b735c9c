package org.jiexu.contribution;

import java.time.YearMonth;

/** A run of months without any contribution (断缴), from the first to the last month inclusive. */
public record ContributionGap(YearMonth from, YearMonth to) {

	public long months() {
		return this.from.until(this.to, java.time.temporal.ChronoUnit.MONTHS) + 1;
	}

}
