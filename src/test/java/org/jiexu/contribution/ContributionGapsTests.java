package org.jiexu.contribution;

import java.time.YearMonth;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContributionGapsTests {

	private static TreeSet<YearMonth> months(String... months) {
		TreeSet<YearMonth> set = new TreeSet<>();
		for (String month : months) {
			set.add(YearMonth.parse(month));
		}
		return set;
	}

	@Test
	void someoneWhoNeverContributedHasNoGaps() {
		assertThat(ContributionGaps.of(new TreeSet<>(), YearMonth.of(2026, 10))).isEmpty();
	}

	@Test
	void monthsMissingBetweenContributionsAreOneGapAcrossTheYearEnd() {
		List<ContributionGap> gaps = ContributionGaps.of(months("2024-10", "2025-03"), YearMonth.of(2025, 3));
		assertThat(gaps).containsExactly(new ContributionGap(YearMonth.of(2024, 11), YearMonth.of(2025, 2)));
		assertThat(gaps.get(0).months()).isEqualTo(4);
	}

	@Test
	void stoppingBeforeTheLastDueMonthIsAGapUpToIt() {
		List<ContributionGap> gaps = ContributionGaps.of(months("2025-01", "2025-02", "2025-04"), YearMonth.of(2025, 6));
		assertThat(gaps).containsExactly(new ContributionGap(YearMonth.of(2025, 3), YearMonth.of(2025, 3)),
				new ContributionGap(YearMonth.of(2025, 5), YearMonth.of(2025, 6)));
	}

	@Test
	void monthsWithContributionsAtTwoAgenciesCountOnce() {
		assertThat(ContributionGaps.of(months("2025-01", "2025-02"), YearMonth.of(2025, 2))).isEmpty();
	}

}
