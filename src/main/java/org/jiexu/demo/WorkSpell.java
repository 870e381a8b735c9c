package org.jiexu.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One continuous stretch of insured work at one agency: with one employer, or as a flexible worker
 * (灵活就业人员) who contributes on their own.
 * <p>
 * The contribution base is {@code startingBase} in the first year of the spell and grows by
 * {@code yearlyGrowth} every whole year after {@code from}: in month {@code m} it is
 * {@code startingBase × (1 + yearlyGrowth)^⌊months(from, m) / 12⌋}, rounded half-up to fen (scale 2).
 *
 * @param agencyCode the code of the {@link DemoAgency} that holds the spell
 * @param employerCreditCode the employer's credit code, {@code null} for a flexible worker
 * @param from the first month
 * @param to the last month (inclusive), {@code null} while the spell is ongoing
 * @param startingBase the monthly contribution base in {@code from}, yuan at scale 2
 * @param yearlyGrowth the yearly growth of the base, e.g. {@code 0.0600}
 */
public record WorkSpell(String agencyCode, @Nullable String employerCreditCode, YearMonth from, @Nullable YearMonth to,
		BigDecimal startingBase, BigDecimal yearlyGrowth) {

	public WorkSpell {
		if (to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("Spell ends (" + to + ") before it starts (" + from + ")");
		}
		if (startingBase.scale() != 2 || startingBase.signum() <= 0) {
			throw new IllegalArgumentException("Starting base must be positive yuan at scale 2: " + startingBase);
		}
		if (yearlyGrowth.signum() < 0) {
			throw new IllegalArgumentException("Yearly growth must not be negative: " + yearlyGrowth);
		}
	}

	/** Whether the person contributes on their own in this spell (灵活就业人员). */
	public boolean isFlexibleWorker() {
		return this.employerCreditCode == null;
	}

	public boolean isOngoing() {
		return this.to == null;
	}

	/** The last month of the spell as seen at {@code asOf}: {@code to}, or {@code asOf} if earlier or ongoing. */
	public YearMonth lastMonth(YearMonth asOf) {
		return (this.to == null || asOf.isBefore(this.to)) ? asOf : this.to;
	}

	/** The contribution base of a month of the spell (the month is not checked against the spell's end). */
	public BigDecimal baseIn(YearMonth month) {
		long months = this.from.until(month, ChronoUnit.MONTHS);
		if (months < 0) {
			throw new IllegalArgumentException(month + " is before the spell starts (" + this.from + ")");
		}
		return baseInYear((int) (months / 12));
	}

	/**
	 * The base of every month from {@code from} to {@link #lastMonth(YearMonth) lastMonth(asOf)}, in order;
	 * empty if {@code asOf} is before {@code from}.
	 */
	public List<MonthlyBase> monthlyBases(YearMonth asOf) {
		YearMonth last = lastMonth(asOf);
		List<MonthlyBase> bases = new ArrayList<>();
		BigDecimal base = this.startingBase;
		int yearOfSpell = 0;
		for (YearMonth month = this.from; !month.isAfter(last); month = month.plusMonths(1)) {
			int year = bases.size() / 12;
			if (year != yearOfSpell) {
				yearOfSpell = year;
				base = baseInYear(year);
			}
			bases.add(new MonthlyBase(month, base));
		}
		return bases;
	}

	private BigDecimal baseInYear(int wholeYears) {
		return this.startingBase.multiply(BigDecimal.ONE.add(this.yearlyGrowth).pow(wholeYears))
			.setScale(2, RoundingMode.HALF_UP);
	}

}
