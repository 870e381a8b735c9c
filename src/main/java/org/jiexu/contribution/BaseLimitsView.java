package org.jiexu.contribution;

import java.math.BigDecimal;

import org.jiexu.policy.BaseLimits;
import org.jiexu.policy.Explanation;
import org.jspecify.annotations.Nullable;

/**
 * The floor and ceiling of the contribution base in a province and year, the average wage they come from
 * ({@code demo} when it is not a published figure; {@code provisionalFrom} the earlier year whose figure applies while
 * the year's is not published, else null) and the sources: what a declarant sees before typing a base and a
 * reviewer beside the declared one.
 */
public record BaseLimitsView(String province, int year, BigDecimal averageWage, BigDecimal floor,
		BigDecimal ceiling, boolean demo, @Nullable Integer provisionalFrom, Explanation explanation) {

	static BaseLimitsView of(BaseLimits limits) {
		return new BaseLimitsView(limits.averageWage().province(), limits.averageWage().year(),
				limits.averageWage().monthly(), limits.floor(), limits.ceiling(), limits.averageWage().demo(),
				limits.averageWage().provisional() ? limits.averageWage().figureYear() : null, limits.explanation());
	}

}
