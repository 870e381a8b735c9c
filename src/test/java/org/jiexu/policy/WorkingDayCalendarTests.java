package org.jiexu.policy;

import java.time.LocalDate;

import org.jiexu.shared.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

class WorkingDayCalendarTests {

	private final WorkingDayCalendar calendar = WorkingDayCalendar.standard();

	@Test
	void loadsTheCalendarOnce() {
		assertThat(WorkingDayCalendar.standard()).isSameAs(this.calendar);
	}

	@Test
	void knowsTheNoticesFrom2010To2026AndNoOthers() {
		for (int year = 2010; year <= 2026; year++) {
			assertThat(this.calendar.isPublished(year)).as("year %d", year).isTrue();
		}
		assertThat(this.calendar.isPublished(2009)).isFalse();
		assertThat(this.calendar.isPublished(2027)).isFalse();
		assertThat(this.calendar.lastPublishedYear()).isEqualTo(2026);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-10-01", "2025-10-02", "2025-10-03", "2025-10-04", "2025-10-05", "2025-10-06",
			"2025-10-07", "2025-10-08" })
	void givesNationalDay2025EightDaysOff(LocalDate date) {
		assertThat(this.calendar.isWorkingDay(date)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
			"2026-02-21", "2026-02-22", "2026-02-23" })
	void givesSpringFestival2026NineDaysOff(LocalDate date) {
		assertThat(this.calendar.isWorkingDay(date)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-09-28", "2025-10-11", "2026-02-14", "2026-02-28", "2018-12-29", "2011-12-31" })
	void worksOnMakeUpWeekendDays(LocalDate date) {
		assertThat(date.getDayOfWeek().getValue()).isGreaterThanOrEqualTo(6);
		assertThat(this.calendar.isWorkingDay(date)).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "2025-09-29, true", "2025-09-30, true", "2025-10-09, true", "2025-10-10, true", "2025-10-12, false",
			"2026-02-13, true", "2026-02-24, true", "2026-03-01, false", "2024-02-09, true" })
	void treatsOrdinaryDaysByTheirWeekday(LocalDate date, boolean working) {
		assertThat(this.calendar.isWorkingDay(date)).isEqualTo(working);
	}

	@Test
	void takesTheSpringFestivalExtensionOf2020IntoAccount() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2020, 2, 1))).as("Saturday, off by the extension").isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2020, 2, 2))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2020, 2, 3))).as("an ordinary Monday").isTrue();
		assertThat(this.calendar.notice(2020).orElseThrow().sources()).extracting(Source::document)
			.anySatisfy(document -> assertThat(document).startsWith("国办发明电〔2019〕16号"))
			.anySatisfy(document -> assertThat(document).startsWith("国办发明电〔2020〕1号"));
	}

	@Test
	void takesDecemberDaysFromTheNextYearsNotice() {
		assertThat(this.calendar.notice(2023).orElseThrow().offDays()).contains(LocalDate.of(2022, 12, 31));
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2022, 12, 31))).isFalse();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2018, 12, 31))).as("a Monday off by the 2019 notice").isFalse();
		assertThat(this.calendar.workingDaysBetween(LocalDate.of(2022, 12, 30), LocalDate.of(2022, 12, 31))
			.explanation()
			.sources()).extracting(Source::document)
			.anySatisfy(document -> assertThat(document).startsWith("国办发明电〔2022〕16号"));
	}

	@ParameterizedTest(name = "{0}: {1} days off, {2} make-up days")
	@CsvSource({ "2020, 30, 6", "2021, 31, 7", "2022, 31, 7", "2023, 27, 7", "2024, 28, 8", "2025, 28, 5",
			"2026, 33, 6" })
	void countsTheDaysOfEachNoticeAsTheResearchDoes(int year, int offDays, int makeUpDays) {
		HolidayNotice notice = this.calendar.notice(year).orElseThrow();
		assertThat(notice.offDays()).hasSize(offDays);
		assertThat(notice.makeUpWorkingDays()).hasSize(makeUpDays);
	}

	@ParameterizedTest
	@CsvSource({ "2020, 国办发明电〔2019〕16号", "2021, 国办发明电〔2020〕27号", "2022, 国办发明电〔2021〕11号",
			"2023, 国办发明电〔2022〕16号", "2024, 国办发明电〔2023〕7号", "2025, 国办发明电〔2024〕12号", "2026, 国办发明电〔2025〕7号" })
	void citesTheNoticesByDocumentNumberFrom2020(int year, String number) {
		Source first = this.calendar.notice(year).orElseThrow().sources().get(0);
		assertThat(first.document()).startsWith(number).contains(year + "年部分节假日安排的通知");
		assertThat(first.confidence()).isEqualTo(Confidence.HIGH);
	}

	@Test
	void citesEarlierNoticesByTitleAndAddress() {
		Source first = this.calendar.notice(2012).orElseThrow().sources().get(0);
		assertThat(first.document()).isEqualTo(
				"《国务院办公厅关于2012年部分节假日安排的通知》（http://www.gov.cn/zhengce/zhengceku/2011-12/06/content_1411.htm）");
		assertThat(this.calendar.notice(2015).orElseThrow().sources()).hasSize(2);
	}

	@Test
	void countsFifteenWorkingDaysAcrossNationalDay2025() {
		WorkingDayDeadline deadline = this.calendar.addWorkingDays(LocalDate.of(2025, 9, 26), 15);
		assertThat(deadline.date()).isEqualTo(LocalDate.of(2025, 10, 23));
		assertThat(deadline.provisional()).isFalse();
		assertThat(deadline.explanation().sources()).containsSubsequence(
				this.calendar.notice(2025).orElseThrow().sources().get(0), WorkingDayCalendar.HOLIDAY_RULES,
				WorkingDayCalendar.CIVIL_CODE_COUNTING);
		assertThat(deadline.explanation().figures()).contains(Figure.of("fromDate", "2025-09-26"),
				Figure.of("workingDays", 15), Figure.of("deadlineDate", "2025-10-23"), Figure.of("provisional", false));
	}

	@ParameterizedTest
	@CsvSource({ "2025-09-30, 1, 2025-10-09", "2025-09-27, 1, 2025-09-28", "2026-02-13, 1, 2026-02-14",
			"2026-02-14, 1, 2026-02-24", "2026-02-27, 1, 2026-02-28", "2020-01-23, 1, 2020-02-03",
			"2022-12-30, 1, 2023-01-03", "2025-10-01, 0, 2025-10-01", "2025-10-08, 1, 2025-10-09" })
	void addsWorkingDaysNotCountingTheStartDay(LocalDate from, int days, LocalDate expected) {
		assertThat(this.calendar.addWorkingDays(from, days).date()).isEqualTo(expected);
	}

	@Test
	void countsTheWorkingDaysAfterTheStartUpToAndIncludingTheEnd() {
		assertThat(this.calendar.workingDaysBetween(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 9)).workingDays())
			.isEqualTo(1);
		assertThat(this.calendar.workingDaysBetween(LocalDate.of(2025, 10, 9), LocalDate.of(2025, 10, 9)).workingDays())
			.isZero();
		// 2025: 365 days, 104 weekend days, 28 days off of which 10 on weekends, 5 make-up days
		assertThat(this.calendar.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31))
			.workingDays()).isEqualTo(365 - 104 - 18 + 5);
	}

	@Test
	void addingAndCountingAgreeOnAnyStartAndNumberOfDays() {
		qt().withExamples(500)
			.forAll(integers().between(0, 365 * 20), integers().between(0, 600))
			.checkAssert((offset, days) -> {
				LocalDate from = LocalDate.of(2009, 6, 1).plusDays(offset);
				LocalDate deadline = this.calendar.addWorkingDays(from, days).date();
				assertThat(this.calendar.workingDaysBetween(from, deadline).workingDays()).isEqualTo(days);
				if (days > 0) {
					assertThat(this.calendar.isWorkingDay(deadline)).isTrue();
				}
			});
	}

	@Test
	void countsUnpublishedYearsWithWeekendsOnlyAndSaysSo() {
		LocalDate nationalDay2027 = LocalDate.of(2027, 10, 1);
		assertThat(this.calendar.isWorkingDay(nationalDay2027)).as("a Friday, no notice yet").isTrue();
		assertThat(this.calendar.isProvisional(nationalDay2027)).isTrue();
		WorkingDayDeadline deadline = this.calendar.addWorkingDays(LocalDate.of(2027, 9, 30), 1);
		assertThat(deadline.date()).isEqualTo(nationalDay2027);
		assertThat(deadline.provisional()).isTrue();
		assertThat(deadline.explanation().sources()).contains(WorkingDayCalendar.UNPUBLISHED_YEARS);
		assertThat(deadline.explanation().figures()).contains(Figure.of("unpublishedYears", "2027"));
		assertThat(this.calendar.workingDaysBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 8)).provisional())
			.isTrue();
		assertThat(this.calendar.addWorkingDays(LocalDate.of(2009, 12, 30), 1).provisional()).isTrue();
	}

	@Test
	void treatsTheLastDaysOfDecemberBeforeAnUnpublishedYearAsProvisional() {
		assertThat(this.calendar.isProvisional(LocalDate.of(2026, 12, 24))).isFalse();
		assertThat(this.calendar.isProvisional(LocalDate.of(2026, 12, 25))).isTrue();
		assertThat(this.calendar.isProvisional(LocalDate.of(2025, 12, 31))).isFalse();
		assertThat(this.calendar.workingDaysBetween(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 12, 24)).provisional())
			.isFalse();
		assertThat(this.calendar.workingDaysBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 28))
			.explanation()
			.figures()).contains(Figure.of("unpublishedYears", "2027"));
	}

	@Test
	void isNotProvisionalForAZeroDayPeriod() {
		WorkingDayDeadline deadline = this.calendar.addWorkingDays(LocalDate.of(2030, 10, 1), 0);
		assertThat(deadline.date()).isEqualTo(LocalDate.of(2030, 10, 1));
		assertThat(deadline.provisional()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(ints = { -1, WorkingDayCalendar.MAX_DAYS + 1, Integer.MAX_VALUE, Integer.MIN_VALUE })
	void refusesANumberOfDaysOutOfBounds(int days) {
		assertThatThrownBy(() -> this.calendar.addWorkingDays(LocalDate.of(2025, 1, 1), days))
			.isInstanceOfSatisfying(UserInputException.class, refusal -> {
				assertThat(refusal.field()).isEqualTo("days");
				assertThat(refusal.messageKey()).isEqualTo("policy.workingDays.days");
			});
	}

	@Test
	void addsTheMostDaysAllowed() {
		WorkingDayDeadline deadline = this.calendar.addWorkingDays(LocalDate.of(2200, 12, 31), WorkingDayCalendar.MAX_DAYS);
		assertThat(deadline.provisional()).isTrue();
		assertThat(deadline.date()).isAfter(LocalDate.of(2208, 1, 1));
	}

	@Test
	void refusesAnEndBeforeTheStart() {
		assertThatThrownBy(() -> this.calendar.workingDaysBetween(LocalDate.of(2025, 10, 9), LocalDate.of(2025, 10, 8)))
			.isInstanceOfSatisfying(UserInputException.class, refusal -> {
				assertThat(refusal.field()).isEqualTo("to");
				assertThat(refusal.messageKey()).isEqualTo("policy.workingDays.order");
			});
	}

	@Test
	void refusesSpansOfMoreThanFiftyYears() {
		LocalDate from = LocalDate.of(2000, 1, 1);
		assertThat(this.calendar.workingDaysBetween(from, from.plusYears(50)).workingDays()).isPositive();
		assertThatThrownBy(() -> this.calendar.workingDaysBetween(from, from.plusYears(50).plusDays(1)))
			.isInstanceOfSatisfying(UserInputException.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("policy.workingDays.span"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1899-12-31", "2201-01-01", "+999999999-12-31", "-999999999-01-01" })
	void refusesDatesOutsideTheCountableYears(LocalDate date) {
		assertThatThrownBy(() -> this.calendar.addWorkingDays(date, 1))
			.isInstanceOfSatisfying(UserInputException.class, refusal -> {
				assertThat(refusal.field()).isEqualTo("from");
				assertThat(refusal.messageKey()).isEqualTo("policy.workingDays.dateRange");
			});
	}

}
