package org.jiexu.policy;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One calendar year of a {@link TransferAmounts} calculation, every amount rounded half-up to the fen.
 *
 * @param months months contributed in ordinary (not temporary) segments
 * @param bases the sum of their monthly bases
 * @param pooled 12% of {@code bases} for a year from 1998 (zero before): the pooled fund part moved
 * @param account the individual account as moved
 * @param temporary the temporary account
 * @param interestRate the account interest rate credited; {@code null} when the year has none (only allowed for
 * the last year of the calculation, e.g. a year whose rate is not yet published): no interest that year
 */
public record TransferYear(int year, int months, BigDecimal bases, BigDecimal pooled, AccountPart account,
		TemporaryPart temporary, @Nullable InterestRate interestRate) {

	public boolean interestCredited() {
		return this.interestRate != null;
	}

	/**
	 * The individual account in one year.
	 *
	 * @param normalisedRate the rate the transfer counts (0.11 for 1998–2005, 0.08 from 2006); {@code null}
	 * before 1998, when the person's own contributions move as recorded
	 * @param credits the credits moved (normalised)
	 * @param recorded the credits as the sending place recorded them ({@code accountRate × base})
	 * @param topUp what the sending place adds because it credited less than the normalised rate
	 * @param excessNotMoved what it credited above the normalised rate, which stays behind
	 * @param interest the year's interest on the moved account
	 * @param balance the moved account at the end of the year
	 */
	public record AccountPart(@Nullable BigDecimal normalisedRate, BigDecimal credits, BigDecimal recorded,
			BigDecimal topUp, BigDecimal excessNotMoved, BigDecimal interest, BigDecimal balance) {
	}

	/**
	 * The temporary account in one year: every contribution, employer's and person's, with interest.
	 *
	 * @param interest the interest of both parts
	 * @param balance both parts with interest at the end of the year
	 */
	public record TemporaryPart(int months, BigDecimal bases, BigDecimal employer, BigDecimal individual,
			BigDecimal interest, BigDecimal balance) {
	}

}
