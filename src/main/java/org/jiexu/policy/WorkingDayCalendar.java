package org.jiexu.policy;

import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jiexu.shared.UserInputException;

/**
 * The national working-day calendar (工作日) that every time limit counts in.
 * <p>
 * <b>The rule.</b> A date is a working day if it is Monday to Friday and not a day off of a State Council holiday
 * notice, or if it is a Saturday or Sunday that a notice makes a make-up working day (调休上班). The notices
 * arrange the holidays of 《全国年节及纪念日放假办法》 (its 第六条: a holiday on a weekend is made up on a working
 * day); the days come from {@code policy/holidays/YYYY.json} (2010 onwards, NateScarlet/holiday-cn, each day parsed
 * from the gov.cn notice). A notice may reach into the previous December: 2022-12-31 is off by the 2023 notice,
 * 2018-12-29 a make-up day and 2018-12-31 off by the 2019 notice. The 2020 Spring Festival extension
 * (国办发明电〔2020〕1号) made Saturday 2020-02-01 a day off instead of a make-up day.
 * <p>
 * <b>No half days.</b> Half-day holidays exist only for part of the population (3月8日 women, 5月4日 youth, 8月1日
 * soldiers); the data has none and they do not make a date a non-working day for a social insurance agency.
 * <p>
 * <b>Counting.</b> As 《民法典》第二百零一条 says for periods counted in days, the start day is not counted: the
 * N-th working day after a date is found by counting from the next day ({@link #addWorkingDays}); the working days
 * between two dates are those in {@code (from, to]} ({@link #workingDaysBetween}). Adding zero working days gives
 * the start date itself, whether or not it is a working day: no period has run.
 * <p>
 * <b>Provisional.</b> A year without a published notice (before 2010, or after the last file: 2027 at the time of
 * writing) is counted with weekends only, and every answer that depends on such a date says it is
 * {@code provisional}: it may change once the notice is out. Because a notice can move New Year days into the
 * previous December, 25 to 31 December of the last published year are provisional too until the next year's notice
 * is in the data. Even the fixed-date holidays of the law (元旦, 劳动节, 国庆节) are not assumed for such a year:
 * the notices move them with make-up days, so a guess would be as wrong as none, and {@code provisional} says so.
 * <p>
 * <b>Bounds.</b> At most {@value #MAX_DAYS} working days are added and spans are at most {@value #MAX_SPAN_YEARS}
 * years, dates in the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}, so that no request keeps the server
 * counting; beyond that the answer is a refusal.
 */
public final class WorkingDayCalendar {

	public static final int MAX_DAYS = 2000;

	public static final int MAX_SPAN_YEARS = 50;

	public static final int FIRST_YEAR = 1900;

	public static final int LAST_YEAR = 2200;

	public static final Source HOLIDAY_RULES = new Source("《全国年节及纪念日放假办法》", "第二条、第六条", Confidence.HIGH);

	public static final Source CIVIL_CODE_COUNTING = new Source("《中华人民共和国民法典》", "第二百零一条（开始的当日不计入，自下一日开始计算）",
			Confidence.HIGH);

	public static final Source UNPUBLISHED_YEARS = new Source("尚未公布放假安排的年份按周六、周日休息推算（暂定，以国务院办公厅通知为准）", "",
			Confidence.LOW);

	private static final WorkingDayCalendar STANDARD = new WorkingDayCalendar(HolidayNotices.load());

	private final SortedMap<Integer, HolidayNotice> notices;

	private final Map<LocalDate, HolidayNotice> listedIn = new HashMap<>();

	private final Set<LocalDate> offDays = new HashSet<>();

	private final Set<LocalDate> makeUpWorkingDays = new HashSet<>();

	private WorkingDayCalendar(SortedMap<Integer, HolidayNotice> notices) {
		this.notices = notices;
		for (HolidayNotice notice : notices.values()) {
			notice.offDays().forEach(day -> this.listedIn.put(day, notice));
			notice.makeUpWorkingDays().forEach(day -> this.listedIn.put(day, notice));
			this.offDays.addAll(notice.offDays());
			this.makeUpWorkingDays.addAll(notice.makeUpWorkingDays());
		}
	}

	/** The calendar of the published notices, loaded once from the classpath. */
	public static WorkingDayCalendar standard() {
		return STANDARD;
	}

	public boolean isWorkingDay(LocalDate date) {
		if (this.makeUpWorkingDays.contains(date)) {
			return true;
		}
		return !this.offDays.contains(date) && !HolidayNotice.isWeekend(date);
	}

	/** Whether the holiday notice of the year is in the data. */
	public boolean isPublished(int year) {
		return this.notices.containsKey(year);
	}

	/**
	 * Whether the answer for this date may still change: its year has no published notice, or it is one of the
	 * last days of December (from the 25th) and the next year's notice, which may reach back into it, is not out.
	 */
	public boolean isProvisional(LocalDate date) {
		boolean lateDecember = date.getMonth() == Month.DECEMBER && date.getDayOfMonth() >= 25;
		return !isPublished(date.getYear()) || (lateDecember && !isPublished(date.getYear() + 1));
	}

	public Optional<HolidayNotice> notice(int year) {
		return Optional.ofNullable(this.notices.get(year));
	}

	/** The last year with a published notice in the data. */
	public int lastPublishedYear() {
		return this.notices.lastKey();
	}

	/**
	 * The {@code days}-th working day after {@code from} (the start day not counted); {@code from} itself for
	 * zero days. Refused if {@code days} is negative or above {@value #MAX_DAYS}.
	 */
	public WorkingDayDeadline addWorkingDays(LocalDate from, int days) {
		checkYear("from", from);
		if (days < 0 || days > MAX_DAYS) {
			throw UserInputException.invalid("days", "policy.workingDays.days", String.valueOf(days),
					String.valueOf(MAX_DAYS));
		}
		Walk walk = new Walk();
		LocalDate date = from;
		while (walk.workingDays < days) {
			date = date.plusDays(1);
			walk.step(date);
		}
		Explanation explanation = walk.explain(Explanation.citing()
			.figure("fromDate", from)
			.figure("workingDays", days)
			.figure("deadlineDate", date)
			.figure("provisional", walk.provisional));
		return new WorkingDayDeadline(from, days, date, walk.provisional, explanation);
	}

	/**
	 * The number of working days in {@code (from, to]}: zero when both are the same date. Refused if {@code to} is
	 * before {@code from} or more than {@value #MAX_SPAN_YEARS} years after it.
	 */
	public WorkingDayCount workingDaysBetween(LocalDate from, LocalDate to) {
		checkYear("from", from);
		checkYear("to", to);
		if (to.isBefore(from)) {
			throw UserInputException.invalid("to", "policy.workingDays.order", from, to);
		}
		if (to.isAfter(from.plusYears(MAX_SPAN_YEARS))) {
			throw UserInputException.invalid("to", "policy.workingDays.span", from, to,
					String.valueOf(MAX_SPAN_YEARS));
		}
		Walk walk = new Walk();
		for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
			walk.step(date);
		}
		Explanation explanation = walk.explain(Explanation.citing()
			.figure("fromDate", from)
			.figure("toDate", to)
			.figure("workingDays", walk.workingDays)
			.figure("provisional", walk.provisional));
		return new WorkingDayCount(from, to, walk.workingDays, walk.provisional, explanation);
	}

	private static void checkYear(String field, LocalDate date) {
		if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
			throw UserInputException.invalid(field, "policy.workingDays.dateRange", date, String.valueOf(FIRST_YEAR),
					String.valueOf(LAST_YEAR));
		}
	}

	/**
	 * A walk over dates, one day at a time: the working days passed, the notices used, the unpublished years, and
	 * whether the answer is provisional.
	 */
	private final class Walk {

		private int workingDays;

		private final SortedSet<Integer> noticeYears = new TreeSet<>();

		private final SortedSet<Integer> unpublishedYears = new TreeSet<>();

		private boolean provisional;

		void step(LocalDate date) {
			if (isWorkingDay(date)) {
				this.workingDays++;
			}
			if (isPublished(date.getYear())) {
				this.noticeYears.add(date.getYear());
			}
			HolidayNotice listing = WorkingDayCalendar.this.listedIn.get(date);
			if (listing != null) {
				this.noticeYears.add(listing.year());
			}
			if (isProvisional(date)) {
				this.provisional = true;
				this.unpublishedYears.add(isPublished(date.getYear()) ? date.getYear() + 1 : date.getYear());
			}
		}

		/** The figures given, then the years without a notice; the notices used and the rules as sources. */
		Explanation explain(Explanation.Builder builder) {
			this.noticeYears.forEach(year -> WorkingDayCalendar.this.notices.get(year).sources().forEach(builder::source));
			builder.source(HOLIDAY_RULES).source(CIVIL_CODE_COUNTING);
			if (this.provisional) {
				builder.source(UNPUBLISHED_YEARS);
			}
			if (!this.unpublishedYears.isEmpty()) {
				builder.figure("unpublishedYears",
						this.unpublishedYears.stream().map(String::valueOf).collect(Collectors.joining(", ")));
			}
			return builder.build();
		}

	}

}
