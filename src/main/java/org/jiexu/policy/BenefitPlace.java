package org.jiexu.policy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jiexu.shared.UserInputException;

/**
 * The benefit place (待遇领取地) of 66号 第六条, with 第十二条, 人社部规〔2016〕5号 一 and the 2025 MOHRSS clarification.
 * With hukou province H and current relation province C:
 * <ol>
 * <li>(一) C is H: H;</li>
 * <li>(二) C has 120 or more cumulative months: C;</li>
 * <li>(三) otherwise the most recent other province with 120 or more months: the one whose last stint ended
 * latest (ties: more months, then the lower code) — "上一个缴费年限满10年的原参保地", read as 2025's
 * "最后一个缴费满10年且非临时账户的省份";</li>
 * <li>(四) otherwise H.</li>
 * </ol>
 * Decisions where the texts are open:
 * <ul>
 * <li><b>Ten years = 120 months</b>, counted in months; the texts do not define partial years.</li>
 * <li><b>A province's months</b> are the sum of its stints, deemed months included (第十二条; 5号规 一 attributes
 * deemed years to the province where the person worked then).</li>
 * <li><b>Temporary accounts</b>: their months do not count toward any province's 10 years, so a province never
 * becomes the benefit place through them. Reason: a temporary account holds no relation (第五条（二）: the
 * relation stays at the old place) and 第六条 counts the years "在其基本养老保险关系所在地"; the 2025 text names
 * "最后一个缴费满10年且非临时账户的省份". A province with 8 ordinary years and 4 temporary ones therefore does not
 * have 10 years. The months still count toward the person's total contribution years (shown apart).</li>
 * <li><b>Input that cannot be a real history is refused</b>: a temporary stint in the hukou province (第五条（一）
 * never opens one there), and a relation province other than H without ordinary months (a temporary account
 * does not hold the relation).</li>
 * </ul>
 */
public final class BenefitPlace {

	public static final int TEN_YEARS_MONTHS = 120;

	/** The most stints a decision takes. */
	public static final int MAX_SEGMENTS = 100;

	/** The most months one stint can have. */
	public static final int MAX_MONTHS = 1200;

	static final YearMonth EARLIEST_END = YearMonth.of(1950, 1);

	static final YearMonth LATEST_END = YearMonth.of(2100, 12);

	private BenefitPlace() {
	}

	public static BenefitPlaceDecision decide(String hukouProvince, String relationProvince,
			List<BenefitSegment> segments) {
		check(hukouProvince, relationProvince, segments);
		Map<String, ProvinceMonths> byProvince = byProvince(segments);
		ProvinceMonths relation = byProvince.get(relationProvince);
		if (!relationProvince.equals(hukouProvince) && (relation == null || relation.months() == 0)) {
			throw UserInputException.invalid("relationProvince", "policy.benefitPlace.relationWithoutMonths",
					relationProvince);
		}
		BenefitPlaceClause clause;
		String province;
		Optional<ProvinceMonths> earlier = byProvince.values()
			.stream()
			.filter(p -> !p.province().equals(relationProvince) && p.tenYears())
			.max(Comparator.comparing((ProvinceMonths p) -> p.lastEnd())
				.thenComparing(ProvinceMonths::months)
				.thenComparing(ProvinceMonths::province, Comparator.reverseOrder()));
		if (relationProvince.equals(hukouProvince)) {
			clause = BenefitPlaceClause.ART6_1;
			province = hukouProvince;
		}
		else if (relation.tenYears()) {
			clause = BenefitPlaceClause.ART6_2;
			province = relationProvince;
		}
		else if (earlier.isPresent()) {
			clause = BenefitPlaceClause.ART6_3;
			province = earlier.get().province();
		}
		else {
			clause = BenefitPlaceClause.ART6_4;
			province = hukouProvince;
		}
		Explanation.Builder explanation = Explanation
			.citing(clause.source(), TransferSources.ART_12, TransferSources.CIRCULAR_2016_ITEM_1,
					TransferSources.CLARIFICATION_2025)
			.figure("hukouProvince", Regions.standard().labelOf(hukouProvince))
			.figure("relationProvince", Regions.standard().labelOf(relationProvince))
			.figure("tenYearsMonths", TEN_YEARS_MONTHS);
		byProvince.values().forEach(p -> explanation.figure("provinceMonths", Regions.standard().labelOf(p.province()) + ": " + p.months()));
		byProvince.values()
			.stream()
			.filter(p -> p.temporaryMonths() > 0)
			.forEach(p -> explanation.figure("provinceTemporaryMonths", Regions.standard().labelOf(p.province()) + ": " + p.temporaryMonths()));
		explanation.figure("benefitProvince", Regions.standard().labelOf(province));
		return new BenefitPlaceDecision(province, clause, List.copyOf(byProvince.values()), explanation.build());
	}

	private static Map<String, ProvinceMonths> byProvince(List<BenefitSegment> segments) {
		Map<String, ProvinceMonths> byProvince = new TreeMap<>();
		for (BenefitSegment segment : segments) {
			ProvinceMonths sum = byProvince.getOrDefault(segment.province(),
					new ProvinceMonths(segment.province(), 0, 0, null));
			if (segment.temporary()) {
				sum = new ProvinceMonths(sum.province(), sum.months(), sum.temporaryMonths() + segment.months(),
						sum.lastEnd());
			}
			else {
				YearMonth lastEnd = sum.lastEnd() == null || segment.end().isAfter(sum.lastEnd()) ? segment.end()
						: sum.lastEnd();
				sum = new ProvinceMonths(sum.province(), sum.months() + segment.months(), sum.temporaryMonths(), lastEnd);
			}
			byProvince.put(segment.province(), sum);
		}
		return byProvince;
	}

	private static void check(String hukouProvince, String relationProvince, List<BenefitSegment> segments) {
		List<UserInputException> refusals = new ArrayList<>();
		TemporaryAccountRule.province("hukouProvince", hukouProvince, refusals);
		TemporaryAccountRule.province("relationProvince", relationProvince, refusals);
		if (segments.size() > MAX_SEGMENTS) {
			refusals.add(UserInputException.invalid("segments", "policy.transfer.tooManySegments",
					String.valueOf(segments.size()), String.valueOf(MAX_SEGMENTS)));
		}
		for (int i = 0; i < segments.size() && i < MAX_SEGMENTS; i++) {
			String prefix = "segments[" + i + "].";
			BenefitSegment segment = segments.get(i);
			TemporaryAccountRule.province(prefix + "province", segment.province(), refusals);
			if (segment.months() < 1 || segment.months() > MAX_MONTHS) {
				refusals.add(UserInputException.invalid(prefix + "months", "policy.benefitPlace.months",
						String.valueOf(segment.months()), String.valueOf(MAX_MONTHS)));
			}
			if (segment.end().isBefore(EARLIEST_END) || segment.end().isAfter(LATEST_END)) {
				refusals.add(UserInputException.invalid(prefix + "end", "policy.transfer.monthRange",
						segment.end().toString(), EARLIEST_END.toString(), LATEST_END.toString()));
			}
			if (segment.temporary() && segment.province().equals(hukouProvince)) {
				refusals.add(UserInputException.invalid(prefix + "temporary", "policy.benefitPlace.temporaryInHukou",
						segment.province()));
			}
		}
		if (!refusals.isEmpty()) {
			throw UserInputException.combine(refusals);
		}
	}

}
