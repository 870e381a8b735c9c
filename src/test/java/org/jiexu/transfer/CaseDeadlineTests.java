package org.jiexu.transfer;

import java.time.LocalDate;

import org.jiexu.policy.Gender;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Deadlines in working days of the policy calendar, and who is urgent. */
class CaseDeadlineTests {

	@Test
	void fifteenWorkingDaysFromAcceptanceSkipTheNationalDayHolidays() {
		// 2025-09-30 (Tue): October 1-8 off, Saturday 2025-10-11 a make-up working day.
		assertThat(CaseDeadline.dueFrom(LocalDate.of(2025, 9, 30)).date()).isEqualTo(LocalDate.of(2025, 10, 28));
	}

	@Test
	void aCaseIsDueSoonWithinThreeWorkingDaysAndOverdueTheDayAfterItsLastDay() {
		LocalDate due = LocalDate.of(2026, 11, 20); // a Friday
		assertThat(CaseDeadline.status(due, LocalDate.of(2026, 11, 13))).isEqualTo(CaseDeadline.Status.ON_TIME);
		assertThat(CaseDeadline.status(due, LocalDate.of(2026, 11, 17))).isEqualTo(CaseDeadline.Status.DUE_SOON);
		assertThat(CaseDeadline.status(due, due)).isEqualTo(CaseDeadline.Status.DUE_SOON);
		assertThat(CaseDeadline.status(due, LocalDate.of(2026, 11, 21))).isEqualTo(CaseDeadline.Status.OVERDUE);
		assertThat(CaseDeadline.status(null, due)).isEqualTo(CaseDeadline.Status.NONE);
	}

	@Test
	void twelveMonthsBeforeTheStatutoryRetirementMonthACaseIsUrgent() {
		// A man born 1966-06 retires at 60 years 5 months: 2026-11 (NPC decision 2024, annex 1).
		LocalDate birth = LocalDate.of(1966, 6, 15);
		assertThat(CaseUrgency.of(Gender.MALE, birth, LocalDate.of(2025, 10, 31))).isEqualTo(CaseUrgency.WATCH_4050);
		assertThat(CaseUrgency.of(Gender.MALE, birth, LocalDate.of(2025, 11, 1))).isEqualTo(CaseUrgency.URGENT);
		assertThat(CaseUrgency.of(Gender.MALE, birth, LocalDate.of(2027, 3, 1))).isEqualTo(CaseUrgency.URGENT);
	}

	@Test
	void theFourFiftyGroupIsCountedAtTheEndOfThePreviousYear() {
		LocalDate woman = LocalDate.of(1985, 12, 31);
		assertThat(CaseUrgency.of(Gender.FEMALE, woman, LocalDate.of(2025, 12, 31))).isEqualTo(CaseUrgency.NORMAL);
		assertThat(CaseUrgency.of(Gender.FEMALE, woman, LocalDate.of(2026, 1, 1))).isEqualTo(CaseUrgency.WATCH_4050);
		assertThat(CaseUrgency.of(Gender.MALE, LocalDate.of(1980, 1, 1), LocalDate.of(2026, 6, 1)))
			.isEqualTo(CaseUrgency.NORMAL);
	}

}
