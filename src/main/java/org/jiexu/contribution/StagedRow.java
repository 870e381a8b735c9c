package org.jiexu.contribution;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.jiexu.policy.ContributionRate.ContributionSplit;
import org.jspecify.annotations.Nullable;

/**
 * A checked row as it is staged: good, bad (with its problems) or already recorded, with the person and the
 * amounts for a row that is not bad.
 */
record StagedRow(long number, State state, @Nullable String idNumber, @Nullable YearMonth month,
		@Nullable Long personId, @Nullable ContributionSplit split, @Nullable BigDecimal lateFee,
		List<RowProblem> problems) {

	enum State {

		GOOD, BAD,
		/** The month is already recorded for the person at the agency: importing it again adds nothing. */
		RECORDED

	}

	StagedRow {
		problems = List.copyOf(problems);
	}

}
