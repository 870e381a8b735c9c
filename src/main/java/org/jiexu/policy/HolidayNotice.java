package org.jiexu.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One year's State Council holiday arrangement (国务院办公厅关于YYYY年部分节假日安排的通知, with any later notice that
 * changed it, such as the 2020 extension of the Spring Festival): the days off and the make-up working days on a
 * weekend (调休上班). Both may lie in the previous December: the 2023 notice makes 2022-12-31 a day off.
 *
 * @param year the year the notice arranges
 * @param sources the notices, with their document numbers where known, else their gov.cn addresses
 * @param offDays every day off of every holiday span, weekend days inside a span included
 * @param makeUpWorkingDays the Saturdays and Sundays that are working days
 */
public record HolidayNotice(int year, List<Source> sources, SortedSet<LocalDate> offDays,
		SortedSet<LocalDate> makeUpWorkingDays) {

	public HolidayNotice {
		sources = List.copyOf(sources);
		offDays = Collections.unmodifiableSortedSet(new TreeSet<>(offDays));
		makeUpWorkingDays = Collections.unmodifiableSortedSet(new TreeSet<>(makeUpWorkingDays));
	}

	static boolean isWeekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

}
