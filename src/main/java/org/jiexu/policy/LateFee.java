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
		LateDays late = LateDays.of(month, paidOn);
		BigDecimal fee = fee(amount, late.factor());
		Explanation.Builder explanation = Explanation.citing(SOCIAL_INSURANCE_LAW_86, DUE_DATE)
			.figure("contributionMonth", month)
			.figure("dueDate", dueDate(month))
			.figure("paidOn", paidOn)
			.figure("amountDue", Money.text(amount))
			.figure("lateDays", late.total());
		if (late.beforeLaw() > 0) {
			explanation.source(COLLECTION_REGULATION_13).figure("lateDaysBefore2011", late.beforeLaw());
		}
		return new Result(fee, late.total(), explanation.figure("lateFee", Money.text(fee)).build());
	}

	/**
	 * What the amount owed for the month is multiplied by to give the fee paid on {@code paidOn} (before rounding
	 * to the fen): the daily rates times the late days under each. For computing many fees with the same rule as
	 * {@link #of} without explaining each: {@link #fee(BigDecimal, BigDecimal)}, or set-wise in SQL.
	 */
	public static BigDecimal factor(YearMonth month, LocalDate paidOn) {
		return LateDays.of(month, paidOn).factor();
	}

	/** The fee on {@code amount} with a {@link #factor}: half-up to the fen. */
	public static BigDecimal fee(BigDecimal amount, BigDecimal factor) {
		return Money.fen(amount.multiply(factor));
	}

	/** The late days d with due < d <= paidOn: before the law (at the 1999 rate) and from it (at the law's). */
	private record LateDays(long beforeLaw, long sinceLaw) {

		static LateDays of(YearMonth month, LocalDate paidOn) {
			LocalDate due = dueDate(month);
			LocalDate lastDayOfOldRule = LAW_IN_FORCE.minusDays(1);
			return new LateDays(Math.max(0, ChronoUnit.DAYS.between(due, min(paidOn, lastDayOfOldRule))),
					Math.max(0, ChronoUnit.DAYS.between(max(due, lastDayOfOldRule), paidOn)));
		}

		long total() {
			return this.beforeLaw + this.sinceLaw;
		}

		BigDecimal factor() {
			return DAILY_RATE_1999.multiply(BigDecimal.valueOf(this.beforeLaw))
				.add(DAILY_RATE.multiply(BigDecimal.valueOf(this.sinceLaw)));
		}

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
