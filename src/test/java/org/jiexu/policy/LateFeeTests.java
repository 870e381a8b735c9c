package org.jiexu.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LateFeeTests {

	@Test
	void paidOnTheDueDateOwesNothing() {
		LateFee.Result result = LateFee.of(YearMonth.of(2024, 1), new BigDecimal("1000.00"), LocalDate.of(2024, 1, 31));
		assertThat(result.lateDays()).isZero();
		assertThat(result.fee()).isEqualByComparingTo("0.00");
	}

	@Test
	void oneDayLateOwesFiveTenThousandthsOfTheAmount() {
		LateFee.Result result = LateFee.of(YearMonth.of(2024, 1), new BigDecimal("1000.00"), LocalDate.of(2024, 2, 1));
		assertThat(result.lateDays()).isEqualTo(1);
		assertThat(result.fee()).isEqualByComparingTo("0.50");
		assertThat(result.explanation().sources()).contains(LateFee.SOCIAL_INSURANCE_LAW_86);
	}

	@Test
	void aYearLateIsCountedInCalendarDaysAndRoundedHalfUpToTheFen() {
		// 2024-02-29 (leap year) to 2025-02-28: 365 days; 1234.57 × 0.0005 × 365 = 225.309025
		LateFee.Result result = LateFee.of(YearMonth.of(2024, 2), new BigDecimal("1234.57"), LocalDate.of(2025, 2, 28));
		assertThat(result.lateDays()).isEqualTo(365);
		assertThat(result.fee()).isEqualByComparingTo("225.31");
	}

	@Test
	void daysBeforeTheSocialInsuranceLawCountAtTheRateOf1999() {
		// due 2011-06-30 is the last day before the law; paid 2011-07-02: day 2011-07-01 and 07-02 at 0.05%
		LateFee.Result after = LateFee.of(YearMonth.of(2011, 6), new BigDecimal("1000.00"), LocalDate.of(2011, 7, 2));
		assertThat(after.fee()).isEqualByComparingTo("1.00");
		// due 2011-05-31, paid 2011-07-01: 30 days of June at 0.2% (60.00) + 1 day at 0.05% (0.50)
		LateFee.Result across = LateFee.of(YearMonth.of(2011, 5), new BigDecimal("1000.00"), LocalDate.of(2011, 7, 1));
		assertThat(across.lateDays()).isEqualTo(31);
		assertThat(across.fee()).isEqualByComparingTo("60.50");
		assertThat(across.explanation().sources()).contains(LateFee.COLLECTION_REGULATION_13);
	}

}
