package org.jiexu.transfer;

import java.time.LocalDate;
import java.time.YearMonth;

import org.jiexu.policy.Gender;
import org.jiexu.policy.RetirementAge;
import org.jiexu.policy.RetirementCategory;

/**
 * How urgent a person's transfer is: {@link #URGENT} within 12 months of the statutory retirement month or past
 * it (a late transfer delays the pension), {@link #WATCH_4050} for the "4050" group (women 40 and over, men 50 and
 * over at the end of the previous year), otherwise {@link #NORMAL}. A woman's retirement month is taken at the
 * worker-post age (originally 50), the earliest she may have, since the registry does not know her post. Labels in
 * {@code transfer.urgency.*}.
 */
public enum CaseUrgency {

	URGENT, WATCH_4050, NORMAL;

	static final int URGENT_MONTHS = 12;

	public static CaseUrgency of(Gender gender, LocalDate birthDate, LocalDate today) {
		RetirementCategory category = gender == Gender.MALE ? RetirementCategory.MALE : RetirementCategory.FEMALE_50;
		YearMonth retirement = RetirementAge.of(YearMonth.from(birthDate), category).retirementMonth();
		if (!YearMonth.from(today).isBefore(retirement.minusMonths(URGENT_MONTHS))) {
			return URGENT;
		}
		int ageAtYearEnd = today.getYear() - 1 - birthDate.getYear();
		return ageAtYearEnd >= (gender == Gender.MALE ? 50 : 40) ? WATCH_4050 : NORMAL;
	}

}
