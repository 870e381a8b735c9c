package org.jiexu.contribution;

import java.math.BigDecimal;

import org.jiexu.policy.BaseLimits;
import org.jiexu.shared.Money;
import org.jiexu.shared.UserInputException;

/**
 * A declared base against the year's floor and ceiling: never a bare failure. A base outside the limits is
 * refused with the limit, the average wage it comes from and the source, and the offer to apply the limit;
 * when the declarant asked to apply it, the limit is the base.
 */
final class BaseLimitCheck {

	private BaseLimitCheck() {
	}

	static BigDecimal applied(String field, String province, int year, BigDecimal declared, boolean applyLimit) {
		BaseLimits limits = BaseLimits.of(province, year);
		BaseLimits.Check check = limits.check(declared);
		if (check.outcome() == BaseLimits.Outcome.WITHIN || applyLimit) {
			return check.applied();
		}
		String key = check.outcome() == BaseLimits.Outcome.BELOW_FLOOR ? "contribution.base.belowFloor"
				: "contribution.base.aboveCeiling";
		throw UserInputException.invalid(field, key, String.valueOf(year), Money.text(check.applied()),
				Money.text(check.declared()), Money.text(limits.averageWage().monthly()),
				limits.averageWage().source().citation() + "；" + BaseLimits.ALL_EMPLOYMENT_AVERAGE.citation());
	}

}
