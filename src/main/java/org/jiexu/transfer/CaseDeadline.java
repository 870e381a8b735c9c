package org.jiexu.transfer;

import java.time.LocalDate;

import org.jiexu.policy.Source;
import org.jiexu.policy.Confidence;
import org.jiexu.policy.WorkingDayCalendar;
import org.jiexu.policy.WorkingDayDeadline;
import org.jspecify.annotations.Nullable;

/**
 * The time limits of a case in working days of the policy calendar: 15 from acceptance to the contact letter, 15
 * from the letter's receipt for the sending agency, 15 from the receipt of the info table and funds to completion
 * (国办发〔2009〕66号 第八条). A case is due soon within 3 working days of its last day and overdue after it.
 */
public final class CaseDeadline {

	/** Working days of each leg. */
	public static final int LIMIT = 15;

	/** Working days before the last day from which a case counts as due soon. */
	public static final int DUE_SOON = 3;

	public static final Source SOURCE = new Source(
			"国办发〔2009〕66号《城镇企业职工基本养老保险关系转移接续暂行办法》", "第八条（各15个工作日）", Confidence.HIGH);

	/** How a case stands against its limit. Labels in {@code transfer.deadline.*}. */
	public enum Status {

		ON_TIME, DUE_SOON, OVERDUE, NONE

	}

	private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.standard();

	private CaseDeadline() {
	}

	/** The last day of a leg that starts on the day (the day itself not counted). */
	public static WorkingDayDeadline dueFrom(LocalDate start) {
		return CALENDAR.addWorkingDays(start, LIMIT);
	}

	public static Status status(@Nullable LocalDate dueOn, LocalDate today) {
		if (dueOn == null) {
			return Status.NONE;
		}
		if (today.isAfter(dueOn)) {
			return Status.OVERDUE;
		}
		return CALENDAR.workingDaysBetween(today, dueOn).workingDays() <= DUE_SOON ? Status.DUE_SOON : Status.ON_TIME;
	}

}
