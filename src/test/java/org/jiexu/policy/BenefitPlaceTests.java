package org.jiexu.policy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.jiexu.shared.UserInputException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Concrete histories for each clause of 66号 第六条, oracles derived from rule text. Hukou is 42 (湖北) throughout;
 * 11 北京, 31 上海, 44 广东, 21 辽宁.
 */
class BenefitPlaceTests {

	@Test
	void paysInTheHukouProvinceWhenTheRelationIsThereHoweverShortTheStay() {
		// (一): 12.5 years in Beijing, then 2 years back home in Hubei with the relation: Hubei
		BenefitPlaceDecision decision = BenefitPlace.decide("42", "42",
				List.of(stint("11", 150, "2017-06"), stint("42", 24, "2019-06")));
		assertThat(decision.province()).isEqualTo("42");
		assertThat(decision.clause()).isEqualTo(BenefitPlaceClause.ART6_1);
		assertThat(decision.explanation().sources().get(0)).isEqualTo(BenefitPlaceClause.ART6_1.source());
	}

	@Test
	void paysInTheRelationProvinceWithTenYears() {
		// (二): 8 years in Guangdong, then 130 months in Beijing holding the relation: Beijing
		BenefitPlaceDecision decision = BenefitPlace.decide("42", "11",
				List.of(stint("44", 96, "2012-12"), stint("11", 130, "2026-10")));
		assertThat(decision.province()).isEqualTo("11");
		assertThat(decision.clause()).isEqualTo(BenefitPlaceClause.ART6_2);
		assertThat(decision.explanation().figures()).contains(new Figure("provinceMonths", "11 北京市: 130"),
				new Figure("provinceMonths", "44 广东省: 96"), new Figure("benefitProvince", "11 北京市"));
	}

	@Test
	void countsExactlyOneHundredTwentyMonthsAsTenYears() {
		assertThat(BenefitPlace.decide("42", "11", List.of(stint("11", 120, "2026-10"))).clause())
			.isEqualTo(BenefitPlaceClause.ART6_2);
		assertThat(BenefitPlace.decide("42", "11", List.of(stint("11", 119, "2026-10"))).clause())
			.isEqualTo(BenefitPlaceClause.ART6_4);
	}

	@Test
	void goesBackToTheMostRecentEarlierProvinceWithTenYears() {
		// (三): Shanghai 125 months to 2008-06, Guangdong exactly 120 to 2018-12, Beijing 60 now: Guangdong
		BenefitPlaceDecision decision = BenefitPlace.decide("42", "11",
				List.of(stint("31", 125, "2008-06"), stint("44", 120, "2018-12"), stint("11", 60, "2023-12")));
		assertThat(decision.province()).isEqualTo("44");
		assertThat(decision.clause()).isEqualTo(BenefitPlaceClause.ART6_3);
		// with 119 months in Guangdong, Shanghai is the last with ten years
		assertThat(BenefitPlace.decide("42", "11",
				List.of(stint("31", 125, "2008-06"), stint("44", 119, "2018-12"), stint("11", 60, "2023-12")))
			.province()).isEqualTo("31");
	}

	@Test
	void addsUpSeparateStintsAndDeemedMonthsInAProvince() {
		// Shanghai 70 + 50 = 120 across two stints; Liaoning 60 paid + 72 deemed (第十二条, 5号规 一) = 132
		BenefitPlaceDecision decision = BenefitPlace.decide("42", "11", List.of(stint("31", 70, "2000-12"),
				stint("44", 30, "2003-06"), stint("31", 50, "2007-12"), stint("11", 40, "2011-04")));
		assertThat(decision.province()).isEqualTo("31");
		assertThat(decision.provinces()).contains(new ProvinceMonths("31", 120, 0, YearMonth.of(2007, 12)));
		assertThat(BenefitPlace.decide("42", "21", List.of(stint("21", 72, "1995-12"), stint("21", 60, "2000-12")))
			.clause()).isEqualTo(BenefitPlaceClause.ART6_2);
	}

	@Test
	void collectsEverythingInTheHukouProvinceWhenNoProvinceHasTenYears() {
		// (四): Beijing 60, Shanghai 100, Guangdong 119 (relation): Hubei
		BenefitPlaceDecision decision = BenefitPlace.decide("42", "44",
				List.of(stint("11", 60, "2005-12"), stint("31", 100, "2014-04"), stint("44", 119, "2024-03")));
		assertThat(decision.province()).isEqualTo("42");
		assertThat(decision.clause()).isEqualTo(BenefitPlaceClause.ART6_4);
	}

	@Test
	void neverChoosesAProvinceForItsTemporaryAccountMonths2025() {
		// 2025 clarification: 12 years in a Shanghai temporary account (moved there at 52) do not make Shanghai the
		// benefit place; the relation stayed in Guangdong (100 months): no province has ten ordinary years → Hubei
		BenefitPlaceDecision decision = BenefitPlace.decide("42", "44",
				List.of(stint("44", 100, "2012-12"), temporary("31", 144, "2024-12")));
		assertThat(decision.province()).isEqualTo("42");
		assertThat(decision.clause()).isEqualTo(BenefitPlaceClause.ART6_4);
		assertThat(decision.explanation().sources()).contains(TransferSources.CLARIFICATION_2025);
		assertThat(decision.explanation().figures()).contains(new Figure("provinceTemporaryMonths", "31 上海市: 144"));
	}

	@Test
	void doesNotCountTemporaryMonthsTowardAProvincesTenYears() {
		// Shanghai: 96 ordinary months, later 48 in a temporary account (144 in all): not ten years of relation
		BenefitPlaceDecision decision = BenefitPlace.decide("42", "31",
				List.of(stint("31", 96, "2010-12"), stint("44", 130, "2016-12"), temporary("31", 48, "2020-12")));
		assertThat(decision.clause()).isEqualTo(BenefitPlaceClause.ART6_3);
		assertThat(decision.province()).isEqualTo("44");
		assertThat(decision.provinces()).contains(new ProvinceMonths("31", 96, 48, YearMonth.of(2010, 12)));
	}

	@Test
	void breaksATieOfEndMonthsByMoreMonthsThenTheLowerCode() {
		assertThat(BenefitPlace.decide("42", "11",
				List.of(stint("31", 125, "2010-12"), stint("44", 130, "2010-12"), stint("11", 10, "2012-12")))
			.province()).isEqualTo("44");
		assertThat(BenefitPlace.decide("42", "11",
				List.of(stint("44", 125, "2010-12"), stint("31", 125, "2010-12"), stint("11", 10, "2012-12")))
			.province()).isEqualTo("31");
	}

	@Test
	void refusesHistoriesThatCannotBeReal() {
		assertRefused(() -> BenefitPlace.decide("42", "11", List.of(temporary("42", 24, "2020-12"), stint("11", 5, "2022-01"))),
				"segments[0].temporary", "policy.benefitPlace.temporaryInHukou");
		assertRefused(() -> BenefitPlace.decide("42", "31", List.of(stint("44", 100, "2012-12"), temporary("31", 144, "2024-12"))),
				"relationProvince", "policy.benefitPlace.relationWithoutMonths");
		assertRefused(() -> BenefitPlace.decide("42", "11", List.of()), "relationProvince",
				"policy.benefitPlace.relationWithoutMonths");
	}

	@Test
	void refusesUnknownProvincesAndMonthsOutOfRange() {
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> BenefitPlace.decide("4", "1100",
					List.of(new BenefitSegment("99", 0, false, YearMonth.of(1949, 12)), stint("11", 1201, "2101-01"))))
			.satisfies(refusal -> assertThat(refusal.violations()).extracting(UserInputException.Violation::field)
				.containsExactly("hukouProvince", "relationProvince", "segments[0].province", "segments[0].months",
						"segments[0].end", "segments[1].months", "segments[1].end"));
	}

	@Test
	void acceptsAHistoryThatIsAllInTheHukouProvinceOrEmpty() {
		assertThat(BenefitPlace.decide("42", "42", List.of()).province()).isEqualTo("42");
	}

	@Test
	void alwaysChoosesTheHukouProvinceOrOneWithTenOrdinaryYears() {
		List<String> provinces = List.of("11", "31", "42", "44", "51");
		Gen<BenefitSegment> stints = pick(provinces).zip(integers().between(1, 200), booleans().all(),
				integers().between(0, 400), (province, months, temporary, end) -> new BenefitSegment(province, months,
						temporary, YearMonth.of(1992, 1).plusMonths(end)));
		qt().withExamples(500)
			.forAll(pick(provinces), pick(provinces), lists().of(stints).ofSizeBetween(0, 8), integers().between(1, 200))
			.checkAssert((hukou, relation, generated, relationMonths) -> {
				// no temporary account in the hukou province; the relation province holds ordinary months
				List<BenefitSegment> segments = new ArrayList<>();
				generated.forEach(s -> segments.add(s.province().equals(hukou)
						? new BenefitSegment(s.province(), s.months(), false, s.end()) : s));
				segments.add(new BenefitSegment(relation, relationMonths, false, YearMonth.of(2025, 6)));
				BenefitPlaceDecision decision = BenefitPlace.decide(hukou, relation, segments);
				int ordinaryMonths = segments.stream()
					.filter(s -> s.province().equals(decision.province()) && !s.temporary())
					.mapToInt(BenefitSegment::months)
					.sum();
				assertThat(decision.province().equals(hukou) || ordinaryMonths >= 120)
					.as("%s from %s", decision.province(), segments)
					.isTrue();
				String expected = switch (decision.clause()) {
					case ART6_1, ART6_4 -> hukou;
					case ART6_2 -> relation;
					case ART6_3 -> decision.province().equals(relation) ? "not the relation province" : decision.province();
				};
				assertThat(decision.province()).isEqualTo(expected);
			});
	}

	private static void assertRefused(Runnable call, String field, String key) {
		assertThatExceptionOfType(UserInputException.class).isThrownBy(call::run).satisfies(refusal -> {
			assertThat(refusal.field()).isEqualTo(field);
			assertThat(refusal.messageKey()).isEqualTo(key);
		});
	}

	private static BenefitSegment stint(String province, int months, String end) {
		return new BenefitSegment(province, months, false, YearMonth.parse(end));
	}

	private static BenefitSegment temporary(String province, int months, String end) {
		return new BenefitSegment(province, months, true, YearMonth.parse(end));
	}

}
