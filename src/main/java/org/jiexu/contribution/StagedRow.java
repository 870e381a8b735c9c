package org.jiexu.contribution;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.jiexu.policy.ContributionRate.ContributionSplit;
import org.jspecify.annotations.Nullable;

/**
 * A row as it is staged after the checks of the row on its own: good or bad (with its problems), with the
 * declared name (checked against the registry later) and the amounts of a good row. The registry checks may still
 * make a good row bad, or mark it recorded.
 */
record StagedRow(long number, State state, @Nullable String idNumber, @Nullable String name,
		@Nullable YearMonth month, @Nullable ContributionSplit split, @Nullable BigDecimal lateFee,
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
