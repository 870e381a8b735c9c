package org.jiexu.policy;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * A run of months contributed on one monthly base, as the sending agency's record shows it: the input of
 * {@link TransferAmounts}.
 *
 * @param from the first month
 * @param to the last month (inclusive)
 * @param monthlyBase the contribution base of each month, in yuan
 * @param accountRate the rate actually credited to the individual account (used from 1998; the transfer
 * normalises it to 11% / 8%)
 * @param personalRate the person's own contribution rate: what moves for months before 1998, and the
 * individual part of a temporary account
 * @param temporary whether the months were paid into a temporary account (临时基本养老保险缴费账户)
 * @param employerRate the employer's rate of a temporary segment; {@code null} for the national default of
 * the month ({@link ContributionRates#employee}); must be {@code null} for other segments
 */
public record TransferSegment(YearMonth from, YearMonth to, BigDecimal monthlyBase, BigDecimal accountRate,
		BigDecimal personalRate, boolean temporary, @Nullable BigDecimal employerRate) {

	/** An ordinary (not temporary) segment. */
	public static TransferSegment of(YearMonth from, YearMonth to, BigDecimal monthlyBase, BigDecimal accountRate,
			BigDecimal personalRate) {
		return new TransferSegment(from, to, monthlyBase, accountRate, personalRate, false, null);
	}

	/** The number of months from {@code from} to {@code to}, both included. */
	public int months() {
		return (int) (this.to.getYear() * 12L + this.to.getMonthValue() - this.from.getYear() * 12L
				- this.from.getMonthValue() + 1);
	}

	/** Whether the two segments share a month. */
	public boolean overlaps(TransferSegment other) {
		return !this.from.isAfter(other.to) && !other.from.isAfter(this.to);
	}

}
