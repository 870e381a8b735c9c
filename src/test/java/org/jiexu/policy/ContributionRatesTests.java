package org.jiexu.policy;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.jiexu.policy.ContributionRate.ContributionSplit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ContributionRatesTests {

	@ParameterizedTest
	@CsvSource({ "1998-01, 0.20, 0.08, 0.11, 0.28", "2005-12, 0.20, 0.08, 0.11, 0.28", "2006-01, 0.20, 0.08, 0.08, 0.28",
			"2019-04, 0.20, 0.08, 0.08, 0.28", "2019-05, 0.16, 0.08, 0.08, 0.24", "2026-01, 0.16, 0.08, 0.08, 0.24" })
	void givesAnEmployeesRatesByMonth(String month, String employer, String individual, String account,
			String total) {
		ContributionRate rate = ContributionRates.of(ContributorType.EMPLOYEE, YearMonth.parse(month));
		assertThat(rate.type()).isEqualTo(ContributorType.EMPLOYEE);
		assertThat(rate.pooledRate()).isEqualByComparingTo(employer);
		assertThat(rate.individualRate()).isEqualByComparingTo(individual);
		assertThat(rate.accountRate()).isEqualByComparingTo(account);
		assertThat(rate.totalRate()).isEqualByComparingTo(total);
	}

	@ParameterizedTest
	@CsvSource({ "2005-12, 0.09, 0.11", "2006-01, 0.12, 0.08", "2026-01, 0.12, 0.08" })
	void givesAFlexibleWorkerTwentyPercentWithTheAccountShareOfTheMonth(String month, String pooled,
			String account) {
		ContributionRate rate = ContributionRates.of(ContributorType.FLEXIBLE_WORKER, YearMonth.parse(month));
		assertThat(rate.individualRate()).isEqualByComparingTo("0.20");
		assertThat(rate.totalRate()).isEqualByComparingTo("0.20");
		assertThat(rate.pooledRate()).isEqualByComparingTo(pooled);
		assertThat(rate.accountRate()).isEqualByComparingTo(account);
	}

	@Test
	void citesThe2019CutFromMay2019AndTheLowGradedDefaultBefore() {
		assertThat(ContributionRates.employee(YearMonth.of(2019, 5)).explanation().sources())
			.containsExactly(ContributionRates.DECISION_2005, ContributionRates.RATE_CUT_2019);
		assertThat(ContributionRates.employee(YearMonth.of(2019, 4)).explanation().sources())
			.containsExactly(ContributionRates.DECISION_2005, ContributionRates.EMPLOYER_RATE_BEFORE_2019);
		assertThat(ContributionRates.EMPLOYER_RATE_BEFORE_2019.confidence()).isEqualTo(Confidence.LOW);
		assertThat(ContributionRates.flexibleWorker(YearMonth.of(2005, 12)).explanation().sources())
			.contains(ContributionRates.FLEXIBLE_RATE_BEFORE_2006);
		assertThat(ContributionRates.flexibleWorker(YearMonth.of(2026, 1)).explanation().sources())
			.containsExactly(ContributionRates.DECISION_2005);
	}

	@Test
	void explainsTheRatesAsFigures() {
		assertThat(ContributionRates.employee(YearMonth.of(2026, 1)).explanation().figures()).containsExactly(
				new Figure("month", "2026-01"), new Figure("employerRate", "0.16"), new Figure("individualRate", "0.08"),
				new Figure("accountRate", "0.08"));
	}

	@Test
	void splitsAnEmployeesMonthRoundingEachPartToTheFen() {
		ContributionSplit split = ContributionRates.employee(YearMonth.of(2026, 1)).split(new BigDecimal("7720.33"));
		// employer 7720.33 × 0.16 = 1235.2528 → 1235.25; person 7720.33 × 0.08 = 617.6264 → 617.63
		// account 617.63; pool = 1235.25 + 617.63 − 617.63 = 1235.25
		assertThat(split.base()).isEqualTo(new BigDecimal("7720.33"));
		assertThat(split.employerPart()).isEqualTo(new BigDecimal("1235.25"));
		assertThat(split.individualPart()).isEqualTo(new BigDecimal("617.63"));
		assertThat(split.accountCredit()).isEqualTo(new BigDecimal("617.63"));
		assertThat(split.pooledPart()).isEqualTo(new BigDecimal("1235.25"));
	}

	@Test
	void splitsAFlexibleWorkersMonthWithNoEmployerPart() {
		ContributionSplit split = ContributionRates.flexibleWorker(YearMonth.of(2026, 1))
			.split(new BigDecimal("4632.45"));
		// person 4632.45 × 0.20 = 926.49; account 4632.45 × 0.08 = 370.596 → 370.60; pool 926.49 − 370.60 = 555.89
		assertThat(split.employerPart()).isEqualTo(new BigDecimal("0.00"));
		assertThat(split.individualPart()).isEqualTo(new BigDecimal("926.49"));
		assertThat(split.accountCredit()).isEqualTo(new BigDecimal("370.60"));
		assertThat(split.pooledPart()).isEqualTo(new BigDecimal("555.89"));
	}

	@Test
	void splitsAnEmployeesMonthBefore2006WithElevenPercentToTheAccount() {
		ContributionSplit split = ContributionRates.employee(YearMonth.of(2005, 6)).split(new BigDecimal("1000"));
		// employer 200.00, person 80.00, account 1000 × 0.11 = 110.00, pool 200 + 80 − 110 = 170.00
		assertThat(split.employerPart()).isEqualTo(new BigDecimal("200.00"));
		assertThat(split.individualPart()).isEqualTo(new BigDecimal("80.00"));
		assertThat(split.accountCredit()).isEqualTo(new BigDecimal("110.00"));
		assertThat(split.pooledPart()).isEqualTo(new BigDecimal("170.00"));
	}

}
