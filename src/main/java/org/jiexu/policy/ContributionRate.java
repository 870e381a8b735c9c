package org.jiexu.policy;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.jiexu.shared.Money;

/**
 * The pension contribution rates of one month for one type of contributor, as decimals of the contribution
 * base: the part to the pooled fund, the part the person pays, and the part credited to the individual
 * account.
 *
 * @param pooledRate to the pooled fund (the employer's rate; for a flexible worker, the part not credited)
 * @param individualRate paid by the person (for a flexible worker, the whole rate)
 * @param accountRate credited to the individual account
 */
public record ContributionRate(ContributorType type, YearMonth month, BigDecimal pooledRate,
		BigDecimal individualRate, BigDecimal accountRate, Explanation explanation) {

	/** The whole contribution rate: employer and person together. */
	public BigDecimal totalRate() {
		return this.type == ContributorType.EMPLOYEE ? this.pooledRate.add(this.individualRate) : this.individualRate;
	}

	/** The month's amounts on a base, each rounded half-up to the fen. */
	public ContributionSplit split(BigDecimal base) {
		BigDecimal employer = this.type == ContributorType.EMPLOYEE ? Money.fen(base.multiply(this.pooledRate))
				: Money.ZERO;
		BigDecimal individual = Money.fen(base.multiply(this.individualRate));
		BigDecimal account = Money.fen(base.multiply(this.accountRate));
		return new ContributionSplit(Money.fen(base), employer, individual, account,
				employer.add(individual).subtract(account));
	}

	/**
	 * One month's contribution on a base.
	 *
	 * @param employerPart paid by the employer (zero for a flexible worker)
	 * @param individualPart paid by the person
	 * @param accountCredit credited to the individual account
	 * @param pooledPart to the pooled fund: everything paid that is not credited to the account
	 */
	public record ContributionSplit(BigDecimal base, BigDecimal employerPart, BigDecimal individualPart,
			BigDecimal accountCredit, BigDecimal pooledPart) {
	}

}
