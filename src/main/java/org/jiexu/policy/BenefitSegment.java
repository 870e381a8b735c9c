package org.jiexu.policy;

import java.time.YearMonth;

/**
 * A stint of contributions in one province, input of {@link BenefitPlace}.
 *
 * @param province the 2-digit GB/T 2260 province code
 * @param months the months contributed, including the deemed months attributed to this province (66号 第十二条,
 * 5号规 一)
 * @param temporary whether they were paid into a temporary account
 * @param end the last month of the stint
 */
public record BenefitSegment(String province, int months, boolean temporary, YearMonth end) {

}
