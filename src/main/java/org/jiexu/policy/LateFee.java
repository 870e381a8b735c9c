package org.jiexu.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import org.jiexu.shared.Money;

/**
 * The late fee (滞纳金) an employer owes on one month's contributions paid after they were due: 0.05% of the
 * amount per day from the day after the due date (Social Insurance Law Art. 86); days before the law took effect
 * (2011-07-01) at the 0.2% of the 1999 collection regulation. Flexible workers are not employers and owe none.
 * <p>
 * The due date is the last day of the contribution month: local collection rules differ (some allow until the
 * 15th of the next month), so it is graded medium. The fee is rounded half-up to the fen per month.
 */
public final class LateFee {

	public static final Source SOCIAL_INSURANCE_LAW_86 = new Source("《中华人民共和国社会保险法》",
			"第八十六条：用人单位未按时足额缴纳社会保险费的……自欠缴之日起，按日加收万分之五的滞纳金", Confidence.HIGH);

	public static final Source COLLECTION_REGULATION_13 = new Source("《社会保险费征缴暂行条例》（国务院令第259号）",
			"第十三条：按日加收千分之二的滞纳金（社会保险法2011年7月1日施行前）", Confidence.MEDIUM_HIGH);

	public static final Source DUE_DATE = new Source("各地社会保险费征收规定",
			"本系统默认：当月费款于当月最后一日前缴纳，次日起为欠缴（各地规定不一）", Confidence.MEDIUM);

	/** The Social Insurance Law took effect on this day. */
	public static final LocalDate LAW_IN_FORCE = LocalDate.of(2011, 7, 1);

	public static final BigDecimal DAILY_RATE = new BigDecimal("0.0005");

	public static final BigDecimal DAILY_RATE_1999 = new BigDecimal("0.002");

	private LateFee() {
	}

	/** The last day to pay a month's contributions without a late fee. */
	public static LocalDate dueDate(YearMonth month) {
		return month.atEndOfMonth();
	}

	/**
	 * The late fee on {@code amount} (what the employer and the person owed for the month) paid on {@code paidOn}.
	 */
	public static Result of(YearMonth month, BigDecimal amount, LocalDate paidOn) {
		LocalDate due = dueDate(month);
		LocalDate lastDayOfOldRule = LAW_IN_FORCE.minusDays(1);
		// late days are the days d with due < d <= paidOn: before the law at the old rate, from it at the new
		long daysBeforeLaw = Math.max(0, ChronoUnit.DAYS.between(due, min(paidOn, lastDayOfOldRule)));
		long days = Math.max(0, ChronoUnit.DAYS.between(max(due, lastDayOfOldRule), paidOn));
		BigDecimal fee = Money.fen(amount.multiply(factor(daysBeforeLaw, days)));
		Explanation.Builder explanation = Explanation.citing(SOCIAL_INSURANCE_LAW_86, DUE_DATE)
			.figure("contributionMonth", month)
			.figure("dueDate", due)
			.figure("paidOn", paidOn)
			.figure("amountDue", Money.text(amount))
			.figure("lateDays", days + daysBeforeLaw);
		if (daysBeforeLaw > 0) {
			explanation.source(COLLECTION_REGULATION_13).figure("lateDaysBefore2011", daysBeforeLaw);
		}
		return new Result(fee, days + daysBeforeLaw, explanation.figure("lateFee", Money.text(fee)).build());
	}

	/**
	 * What the amount owed for the month is multiplied by to give the fee paid on {@code paidOn} (before rounding
	 * to the fen): the daily rates times the late days under each. For computing many fees set-wise with the same
	 * rule as {@link #of}.
	 */
	public static BigDecimal factor(YearMonth month, LocalDate paidOn) {
		LocalDate due = dueDate(month);
		LocalDate lastDayOfOldRule = LAW_IN_FORCE.minusDays(1);
		return factor(Math.max(0, ChronoUnit.DAYS.between(due, min(paidOn, lastDayOfOldRule))),
				Math.max(0, ChronoUnit.DAYS.between(max(due, lastDayOfOldRule), paidOn)));
	}

	private static BigDecimal factor(long daysBeforeLaw, long days) {
		return DAILY_RATE_1999.multiply(BigDecimal.valueOf(daysBeforeLaw))
			.add(DAILY_RATE.multiply(BigDecimal.valueOf(days)));
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	/**
	 * @param fee yuan, half-up to the fen
	 * @param lateDays the days after the due date up to and including the payment day
	 */
	public record Result(BigDecimal fee, long lateDays, Explanation explanation) {
	}

}
