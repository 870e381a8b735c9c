package org.jiexu.policy;

import java.util.List;

/**
 * Where the pension is paid (待遇领取地), from {@link BenefitPlace}.
 *
 * @param province the 2-digit code of the benefit province
 * @param clause the clause of 第六条 that decided it
 * @param provinces the months counted per province, in code order
 */
public record BenefitPlaceDecision(String province, BenefitPlaceClause clause, List<ProvinceMonths> provinces,
		Explanation explanation) {

	public BenefitPlaceDecision {
		provinces = List.copyOf(provinces);
	}

}
