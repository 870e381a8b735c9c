package org.jiexu.policy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.jiexu.shared.UserInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Worked examples derived from rule text (66号 第四条, the 11% / 8% normalisation, the 1997 interest rule), each
 * computed by hand in the comments: no official numeric example exists (transfer.md §5). The 1997 rule credits
 * {@code opening × r + credits × r × 1.083 / 2}; 1.083 / 2 = 0.5415.
 */
class TransferAmountsTests {

	private static final TransferAmounts NATIONAL = new TransferAmounts(InterestRates.national(), InterestMethod.RULE_1997);

	@Test
	void movesTwelvePercentToThePoolAndEightPercentWithInterestForOneYear2016() {
		// derived from rule text: base 5000 × 12 = 60000; pooled 60000 × 0.12 = 7200.00; account 60000 × 0.08 = 4800.00
		// interest 2016 (8.31%): 4800 × 0.0831 × 0.5415 = 215.99352 → 215.99; account 5015.99; total 12215.99
		TransferAmountsResult result = NATIONAL
			.calculate(List.of(segment("2016-01", "2016-12", "5000", "0.08", "0.08")));
		assertThat(result.pooledFund()).isEqualByComparingTo("7200.00");
		assertThat(result.individualAccount()).isEqualByComparingTo("5015.99");
		assertThat(result.temporaryAccount()).isEqualByComparingTo("0.00");
		assertThat(result.total()).isEqualByComparingTo("12215.99");
		TransferYear year = result.years().get(0);
		assertThat(year.year()).isEqualTo(2016);
		assertThat(year.months()).isEqualTo(12);
		assertThat(year.bases()).isEqualByComparingTo("60000.00");
		assertThat(year.account().credits()).isEqualByComparingTo("4800.00");
		assertThat(year.account().interest()).isEqualByComparingTo("215.99");
		assertThat(year.account().normalisedRate()).isEqualByComparingTo("0.08");
		assertThat(year.interestRate().rate()).isEqualByComparingTo("0.0831");
		assertThat(year.interestRate().source().confidence()).isEqualTo(Confidence.HIGH);
	}

	@Test
	void doesNotMoveTheCreditAboveElevenPercentIn2003() {
		// derived from rule text: base 2000 × 12 = 24000; credited at 12% = 2880.00; moved at 11% = 2640.00;
		// excess 240.00 stays; pooled 24000 × 0.12 = 2880.00; interest (2% entered) 2640 × 0.02 × 0.5415 = 28.5912 → 28.59
		TransferAmountsResult result = withRates(Map.of(2003, "0.02"))
			.calculate(List.of(segment("2003-01", "2003-12", "2000", "0.12", "0.05")));
		TransferYear year = result.years().get(0);
		assertThat(year.account().normalisedRate()).isEqualByComparingTo("0.11");
		assertThat(year.account().recorded()).isEqualByComparingTo("2880.00");
		assertThat(year.account().credits()).isEqualByComparingTo("2640.00");
		assertThat(year.account().excessNotMoved()).isEqualByComparingTo("240.00");
		assertThat(year.account().topUp()).isEqualByComparingTo("0.00");
		assertThat(year.account().interest()).isEqualByComparingTo("28.59");
		assertThat(result.individualAccount()).isEqualByComparingTo("2668.59");
		assertThat(result.pooledFund()).isEqualByComparingTo("2880.00");
		assertThat(result.explanation().figures()).contains(new Figure("accountExcessNotMoved", "240.00"));
	}

	@Test
	void topsUpACreditBelowElevenPercentIn2003() {
		// derived from rule text: credited at 10% = 2400.00; moved at 11% = 2640.00; top-up 240.00; same interest 28.59
		TransferAmountsResult result = withRates(Map.of(2003, "0.02"))
			.calculate(List.of(segment("2003-01", "2003-12", "2000", "0.10", "0.05")));
		TransferYear year = result.years().get(0);
		assertThat(year.account().recorded()).isEqualByComparingTo("2400.00");
		assertThat(year.account().topUp()).isEqualByComparingTo("240.00");
		assertThat(year.account().excessNotMoved()).isEqualByComparingTo("0.00");
		assertThat(result.individualAccount()).isEqualByComparingTo("2668.59");
		assertThat(result.explanation().figures()).contains(new Figure("accountTopUp", "240.00"));
	}

	@Test
	void movesOnlyThePersonsOwnContributionsBefore1998AndNoPooledPart() {
		// derived from rule text, rates entered 1996 10%, 1997 8%, 1998 5%; base 1000 at 4% own rate, then 1200 at 11%:
		// 1996: 6 × 40 = 240.00; interest 240 × 0.10 × 0.5415 = 12.996 → 13.00; balance 253.00; pooled 0
		// 1997: 12 × 40 = 480.00; interest 253 × 0.08 + 480 × 0.08 × 0.5415 = 20.24 + 20.7936 → 41.03; balance 774.03
		// 1998: 1200 × 12 = 14400; pooled 1728.00; credits 1584.00;
		// interest 774.03 × 0.05 + 1584 × 0.05 × 0.5415 = 38.7015 + 42.8868 → 81.59; balance 2439.62
		TransferAmountsResult result = withRates(Map.of(1996, "0.10", 1997, "0.08", 1998, "0.05"))
			.calculate(List.of(segment("1996-07", "1997-12", "1000", "0.11", "0.04"),
					segment("1998-01", "1998-12", "1200", "0.11", "0.08")));
		assertThat(result.years()).extracting(TransferYear::year).containsExactly(1996, 1997, 1998);
		assertThat(result.years()).extracting(TransferYear::pooled)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("0"), new BigDecimal("0"), new BigDecimal("1728.00"));
		assertThat(result.years()).extracting(y -> y.account().balance())
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("253.00"), new BigDecimal("774.03"), new BigDecimal("2439.62"));
		assertThat(result.years().get(0).account().normalisedRate()).isNull();
		assertThat(result.years().get(0).account().recorded()).isEqualByComparingTo("240.00");
		assertThat(result.pooledFund()).isEqualByComparingTo("1728.00");
		assertThat(result.individualAccount()).isEqualByComparingTo("2439.62");
		assertThat(result.total()).isEqualByComparingTo("4167.62");
	}

	@Test
	void movesEveryContributionOfATemporaryAccountWithInterest() {
		// derived from rule text: 2020 base 6000, national employer rate 16% (from 2019-05), own 8%:
		// employer 6000 × 0.16 × 12 = 11520.00; interest 11520 × 0.0604 × 0.5415 = 376.780032 → 376.78
		// person 6000 × 0.08 × 12 = 5760.00; interest 5760 × 0.0604 × 0.5415 = 188.390016 → 188.39
		// temporary account 17845.17 = pooled part 11896.78 + account part 5948.39; no 12% / 8% rule
		TransferAmountsResult result = NATIONAL.calculate(List.of(temporary("2020-01", "2020-12", "6000", null)));
		assertThat(result.pooledFund()).isEqualByComparingTo("11896.78");
		assertThat(result.individualAccount()).isEqualByComparingTo("5948.39");
		assertThat(result.temporaryAccount()).isEqualByComparingTo("17845.17");
		assertThat(result.total()).isEqualByComparingTo("17845.17");
		TransferYear year = result.years().get(0);
		assertThat(year.months()).isZero();
		assertThat(year.pooled()).isEqualByComparingTo("0");
		assertThat(year.temporary().months()).isEqualTo(12);
		assertThat(year.temporary().employer()).isEqualByComparingTo("11520.00");
		assertThat(year.temporary().individual()).isEqualByComparingTo("5760.00");
		assertThat(year.temporary().interest()).isEqualByComparingTo("565.17");
		assertThat(year.temporary().balance()).isEqualByComparingTo("17845.17");
		assertThat(result.explanation().sources()).contains(TransferSources.ART_5_2, ContributionRates.RATE_CUT_2019);
	}

	@Test
	void usesTheEmployerRateOfEachMonthAcrossTheCutOfMay2019() {
		// derived from rule text: base 5000; employer 4 × 5000 × 0.20 + 8 × 5000 × 0.16 = 4000 + 6400 = 10400.00
		// interest 10400 × 0.0761 × 0.5415 = 428.56476 → 428.56; person 4800.00, interest 197.79912 → 197.80
		// temporary account 10400 + 428.56 + 4800 + 197.80 = 15826.36
		TransferAmountsResult result = NATIONAL.calculate(List.of(temporary("2019-01", "2019-12", "5000", null)));
		assertThat(result.years().get(0).temporary().employer()).isEqualByComparingTo("10400.00");
		assertThat(result.temporaryAccount()).isEqualByComparingTo("15826.36");
		assertThat(result.explanation().sources()).contains(ContributionRates.EMPLOYER_RATE_BEFORE_2019);
	}

	@Test
	void takesAnEnteredEmployerRateForATemporarySegment() {
		// derived from rule text: 2020 base 6000 × 0.14 × 12 = 10080.00; interest 10080 × 0.0604 × 0.5415 = 329.68 (329.682528)
		TransferAmountsResult result = NATIONAL.calculate(List.of(temporary("2020-01", "2020-12", "6000", "0.14")));
		assertThat(result.years().get(0).temporary().employer()).isEqualByComparingTo("10080.00");
		assertThat(result.pooledFund()).isEqualByComparingTo("10409.68");
	}

	@Test
	void creditsInterestOnTheOpeningBalanceOfASegmentSpanningTwoYears() {
		// derived from rule text: 2016-07..2017-06, base 8000, 6 months a year: bases 48000 a year, pooled 5760.00 a year
		// 2016: credits 3840.00; interest 3840 × 0.0831 × 0.5415 = 172.794816 → 172.79; balance 4012.79
		// 2017: credits 3840.00; interest 4012.79 × 0.0712 + 3840 × 0.0712 × 0.5415 = 285.710648 + 148.05312 → 433.76
		// balance 4012.79 + 3840 + 433.76 = 8286.55; pooled 11520.00; total 19806.55
		TransferAmountsResult result = NATIONAL
			.calculate(List.of(segment("2016-07", "2017-06", "8000", "0.08", "0.08")));
		assertThat(result.years()).extracting(TransferYear::months).containsExactly(6, 6);
		assertThat(result.years().get(0).account().interest()).isEqualByComparingTo("172.79");
		assertThat(result.years().get(1).account().interest()).isEqualByComparingTo("433.76");
		assertThat(result.pooledFund()).isEqualByComparingTo("11520.00");
		assertThat(result.individualAccount()).isEqualByComparingTo("8286.55");
		assertThat(result.total()).isEqualByComparingTo("19806.55");
	}

	@Test
	void creditsInterestInAYearWithoutContributions() {
		// derived from rule text: 2016 as above → 5015.99; 2017 no credits: 5015.99 × 0.0712 = 357.138488 → 357.14;
		// 2018: 5373.13 × 0.0829 + 4800 × 0.0829 × 0.5415 = 445.432477 + 215.47368 → 660.91; balance 10834.04
		TransferAmountsResult result = NATIONAL.calculate(List.of(segment("2016-01", "2016-12", "5000", "0.08", "0.08"),
				segment("2018-01", "2018-12", "5000", "0.08", "0.08")));
		assertThat(result.years()).extracting(TransferYear::year).containsExactly(2016, 2017, 2018);
		assertThat(result.years().get(1).months()).isZero();
		assertThat(result.years().get(1).account().interest()).isEqualByComparingTo("357.14");
		assertThat(result.individualAccount()).isEqualByComparingTo("10834.04");
		assertThat(result.pooledFund()).isEqualByComparingTo("14400.00");
	}

	@Test
	void creditsNoInterestInTheLastYearWhenItsRateIsNotPublished() {
		// derived from rule text: 2024-07..2025-06 base 10000: 2024 credits 4800.00, interest
		// 4800 × 0.0262 × 0.5415 = 68.09904 → 68.10; 2025 (no rate) credits 4800.00, no interest; 9668.10
		TransferAmountsResult result = NATIONAL
			.calculate(List.of(segment("2024-07", "2025-06", "10000", "0.08", "0.08")));
		TransferYear last = result.years().get(1);
		assertThat(last.interestCredited()).isFalse();
		assertThat(last.interestRate()).isNull();
		assertThat(last.account().interest()).isEqualByComparingTo("0");
		assertThat(result.individualAccount()).isEqualByComparingTo("9668.10");
		assertThat(result.pooledFund()).isEqualByComparingTo("14400.00");
		assertThat(result.explanation().figures()).contains(new Figure("interestNotCredited", "2025"));
	}

	@Test
	void creditsNoInterestAtAllWhenTheOnlyYearHasNoRate() {
		// derived from rule text: 2025-01..2025-06 base 5000: pooled 30000 × 0.12 = 3600.00, account 2400.00, no interest
		TransferAmountsResult result = NATIONAL.calculate(List.of(segment("2025-01", "2025-06", "5000", "0.08", "0.08")));
		assertThat(result.pooledFund()).isEqualByComparingTo("3600.00");
		assertThat(result.individualAccount()).isEqualByComparingTo("2400.00");
		assertThat(result.years().get(0).interestCredited()).isFalse();
	}

	@Test
	void creditsOnlyTheOpeningBalanceUnderTheOtherMethod() {
		// derived from rule text: 2016 credits 4800.00 earn nothing that year; 2017: 4800 × 0.0712 = 341.76 on the
		// opening balance, the 2017 credits 4800.00 nothing → 9941.76
		TransferAmountsResult result = new TransferAmounts(InterestRates.national(), InterestMethod.OPENING_BALANCE_ONLY)
			.calculate(List.of(segment("2016-01", "2017-12", "5000", "0.08", "0.08")));
		assertThat(result.years()).extracting(y -> y.account().interest())
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("0"), new BigDecimal("341.76"));
		assertThat(result.individualAccount()).isEqualByComparingTo("9941.76");
		assertThat(result.explanation().sources()).contains(InterestMethod.OPENING_BALANCE_ONLY.source());
	}

	@Test
	void refusesNamingEveryYearWithoutARateExceptTheLast() {
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> NATIONAL.calculate(List.of(segment("2013-01", "2025-03", "5000", "0.08", "0.08"))))
			.satisfies(refusal -> {
				assertThat(refusal.field()).isEqualTo("interestRates");
				assertThat(refusal.messageKey()).isEqualTo("policy.interest.rateMissing");
				assertThat(refusal.arguments()).containsExactly("2013、2014、2015");
			});
	}

	@Test
	void takesThePreviousYearsRatesOfTheChosenProvince() {
		// 湖北 (42) demo rates: 2015 1.50%; 2015 credits 4800.00, interest 4800 × 0.015 × 0.5415 = 38.988 → 38.99
		TransferAmountsResult result = new TransferAmounts(InterestRates.forProvince("42"), InterestMethod.RULE_1997)
			.calculate(List.of(segment("2015-01", "2015-12", "5000", "0.08", "0.08")));
		assertThat(result.years().get(0).account().interest()).isEqualByComparingTo("38.99");
		assertThat(result.years().get(0).interestRate().source().confidence()).isEqualTo(Confidence.DEMO);
		assertThat(result.explanation().sources()).anySatisfy(s -> assertThat(s.confidence()).isEqualTo(Confidence.DEMO));
	}

	@Test
	void saysTheMethodIsDerivedNotOfficial() {
		TransferAmountsResult result = NATIONAL.calculate(List.of(segment("2016-01", "2016-12", "5000", "0.08", "0.08")));
		assertThat(result.explanation().sources()).contains(TransferSources.ART_4, TransferSources.NORMALISATION,
				TransferAmounts.DERIVED, InterestMethod.RULE_1997.source());
		assertThat(TransferAmounts.DERIVED.document()).contains("非官方公式");
	}

	@Test
	void refusesOverlappingSegmentsNamingBoth() {
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> NATIONAL.calculate(List.of(segment("2016-01", "2016-12", "5000", "0.08", "0.08"),
					segment("2017-01", "2017-12", "5000", "0.08", "0.08"),
					temporary("2016-12", "2017-03", "5000", null))))
			.satisfies(refusal -> {
				assertThat(refusal.field()).isEqualTo("segments[2].from");
				assertThat(refusal.messageKey()).isEqualTo("policy.transfer.overlap");
				assertThat(refusal.arguments()).containsExactly("1", "2016-01—2016-12", "3", "2016-12—2017-03");
			});
	}

	@Test
	void refusesEveryBadValueOfASegmentAtOnce() {
		TransferSegment bad = new TransferSegment(YearMonth.of(2016, 5), YearMonth.of(2016, 1), new BigDecimal("0"),
				new BigDecimal("0.31"), new BigDecimal("-0.01"), false, new BigDecimal("0.16"));
		assertThatExceptionOfType(UserInputException.class).isThrownBy(() -> NATIONAL.calculate(List.of(bad)))
			.satisfies(refusal -> assertThat(refusal.violations()).extracting(UserInputException.Violation::field)
				.containsExactly("segments[0].to", "segments[0].monthlyBase", "segments[0].accountRate",
						"segments[0].personalRate", "segments[0].employerRate"));
	}

	@Test
	void refusesMonthsOutsideTheRangeBasesAboveTheLimitAndTemporaryAccountsBefore2010() {
		assertRefused(segment("1989-12", "1990-01", "5000", "0.08", "0.08"), "segments[0].from", "policy.transfer.monthRange");
		assertRefused(segment("2100-12", "2101-01", "5000", "0.08", "0.08"), "segments[0].to", "policy.transfer.monthRange");
		assertRefused(segment("2016-01", "2016-12", "1000000.01", "0.08", "0.08"), "segments[0].monthlyBase",
				"policy.transfer.baseRange");
		assertRefused(segment("2016-01", "2016-12", "5000.001", "0.08", "0.08"), "segments[0].monthlyBase",
				"policy.transfer.baseFen");
		assertRefused(temporary("2009-12", "2010-06", "5000", null), "segments[0].from",
				"policy.transfer.temporaryBeforeMeasures");
	}

	@Test
	void acceptsTheLimitsThemselves() {
		TransferAmountsResult result = withRates(Map.of(1990, "0.3"))
			.calculate(List.of(segment("1990-01", "1990-01", "1000000", "0.3", "0.3")));
		// derived from rule text: 1000000 × 0.3 = 300000.00; interest 300000 × 0.3 × 0.5415 = 48735.00
		assertThat(result.individualAccount()).isEqualByComparingTo("348735.00");
	}

	@Test
	void refusesNoSegmentsAndMoreThanAHundred() {
		assertThatExceptionOfType(UserInputException.class).isThrownBy(() -> NATIONAL.calculate(List.of()))
			.satisfies(refusal -> assertThat(refusal.messageKey()).isEqualTo("policy.transfer.segmentsRequired"));
		List<TransferSegment> many = java.util.stream.IntStream.range(0, 101)
			.mapToObj(i -> YearMonth.of(2016, 1).plusMonths(i))
			.map(month -> segment(month.toString(), month.toString(), "5000", "0.08", "0.08"))
			.toList();
		assertThatExceptionOfType(UserInputException.class).isThrownBy(() -> NATIONAL.calculate(many))
			.satisfies(refusal -> assertThat(refusal.arguments()).containsExactly("101", "100"));
		assertThat(NATIONAL.calculate(many.subList(0, 100)).years()).hasSize(9);
	}

	private static void assertRefused(TransferSegment segment, String field, String key) {
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> withRates(Map.of()).calculate(List.of(segment)))
			.satisfies(refusal -> {
				assertThat(refusal.field()).isEqualTo(field);
				assertThat(refusal.messageKey()).isEqualTo(key);
			});
	}

	static TransferAmounts withRates(Map<Integer, String> rates) {
		Map<Integer, BigDecimal> entered = new java.util.TreeMap<>();
		rates.forEach((year, rate) -> entered.put(year, new BigDecimal(rate)));
		return new TransferAmounts(InterestRates.national().withOverrides(entered), InterestMethod.RULE_1997);
	}

	static TransferSegment segment(String from, String to, String base, String accountRate, String personalRate) {
		return TransferSegment.of(YearMonth.parse(from), YearMonth.parse(to), new BigDecimal(base),
				new BigDecimal(accountRate), new BigDecimal(personalRate));
	}

	static TransferSegment temporary(String from, String to, String base, String employerRate) {
		return new TransferSegment(YearMonth.parse(from), YearMonth.parse(to), new BigDecimal(base),
				new BigDecimal("0.08"), new BigDecimal("0.08"), true,
				employerRate == null ? null : new BigDecimal(employerRate));
	}

}
