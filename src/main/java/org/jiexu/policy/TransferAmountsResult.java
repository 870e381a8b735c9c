package org.jiexu.policy;

import java.math.BigDecimal;
import java.util.List;

/**
 * The funds a transfer moves, from {@link TransferAmounts}.
 *
 * @param pooledFund 12% of the bases from 1998 (ordinary segments), plus the employer part of temporary
 * accounts with its interest
 * @param individualAccount the normalised individual account with interest, plus the person's part of
 * temporary accounts with its interest
 * @param temporaryAccount of the two above, what comes from temporary accounts (employer and person, with
 * interest): shown on its own, already included in them
 * @param total {@code pooledFund + individualAccount}
 */
public record TransferAmountsResult(BigDecimal pooledFund, BigDecimal individualAccount, BigDecimal temporaryAccount,
		BigDecimal total, List<TransferYear> years, Explanation explanation) {

	public TransferAmountsResult {
		years = List.copyOf(years);
	}

}
