package org.jiexu.policy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiexu.shared.UserInputException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

class AccountInterestTests {

	private static final BigDecimal YUAN_2400 = new BigDecimal("2400.00");

	@Test
	void creditsTwoYearsByThe1997Rule() {
		List<AccountYear> years = AccountInterest.standard()
			.roll(new BigDecimal("1000.00"), Map.of(2016, YUAN_2400, 2017, YUAN_2400));
		// 2016: 1000 × 0.0831 = 83.10; 2400 × 0.0831 × 1.083 / 2 = 107.99676; sum 191.09676 → 191.10
		// closing 1000 + 2400 + 191.10 = 3591.10
		// 2017: 3591.10 × 0.0712 = 255.68632; 2400 × 0.0712 × 1.083 / 2 = 92.53152; sum 348.21784 → 348.22
		// closing 3591.10 + 2400 + 348.22 = 6339.32
		assertThat(years).extracting(AccountYear::year).containsExactly(2016, 2017);
		assertYear(years.get(0), "0.0831", "2400.00", "191.10", "3591.10");
		assertYear(years.get(1), "0.0712", "2400.00", "348.22", "6339.32");
	}

	@Test
	void creditsOnlyTheOpeningBalanceByTheProvincialVariant() {
		List<AccountYear> years = new AccountInterest(InterestRates.national(), InterestMethod.OPENING_BALANCE_ONLY)
			.roll(new BigDecimal("1000"), Map.of(2016, YUAN_2400, 2017, YUAN_2400));
		// 2016: 1000 × 0.0831 = 83.10; closing 1000 + 2400 + 83.10 = 3483.10
		// 2017: 3483.10 × 0.0712 = 247.99672 → 248.00; closing 3483.10 + 2400 + 248.00 = 6131.10
		assertYear(years.get(0), "0.0831", "2400.00", "83.10", "3483.10");
		assertYear(years.get(1), "0.0712", "2400.00", "248.00", "6131.10");
	}

	@Test
	void showsAYearWithoutCreditsBetweenTwoCreditedYears() {
		List<AccountYear> years = AccountInterest.standard()
			.roll(BigDecimal.ZERO, Map.of(2016, YUAN_2400, 2018, new BigDecimal("1200")));
		// 2016: 2400 × 0.0831 × 1.083 / 2 = 107.99676 → 108.00; closing 2508.00
		// 2017: 2508.00 × 0.0712 = 178.5696 → 178.57; closing 2686.57
		// 2018: 2686.57 × 0.0829 = 222.716653; 1200 × 0.0829 × 1.083 / 2 = 53.86842; 276.585073 → 276.59
		// closing 2686.57 + 1200 + 276.59 = 4163.16
		assertThat(years).extracting(AccountYear::year).containsExactly(2016, 2017, 2018);
		assertYear(years.get(0), "0.0831", "2400.00", "108.00", "2508.00");
		assertYear(years.get(1), "0.0712", "0.00", "178.57", "2686.57");
		assertYear(years.get(2), "0.0829", "1200.00", "276.59", "4163.16");
	}

	@Test
	void roundsTheYearsInterestHalfUpToTheFen() {
		AccountInterest account = new AccountInterest(
				InterestRates.national().withOverrides(Map.of(2030, new BigDecimal("0.1"))), InterestMethod.RULE_1997);
		// 100.05 × 0.1 = 10.005 → 10.01 (half-even would give 10.00); closing 100.05 + 0 + 10.01 = 110.06
		assertYear(account.roll(new BigDecimal("100.05"), Map.of(2030, BigDecimal.ZERO)).get(0), "0.1", "0.00",
				"10.01", "110.06");
	}

	@Test
	void letsAnEnteredRateWin() {
		AccountInterest account = new AccountInterest(
				InterestRates.national().withOverrides(Map.of(2016, new BigDecimal("0.05"))), InterestMethod.RULE_1997);
		AccountYear year = account.roll(new BigDecimal("1000"), Map.of(2016, YUAN_2400)).get(0);
		// 1000 × 0.05 = 50; 2400 × 0.05 × 1.083 / 2 = 64.98; interest 114.98; closing 3514.98
		assertYear(year, "0.05", "2400.00", "114.98", "3514.98");
		assertThat(year.rate().source().confidence()).isEqualTo(Confidence.ENTERED);
	}

	@Test
	void usesAProvincesDemoRateBefore2016() {
		AccountInterest account = new AccountInterest(InterestRates.forProvince("42"), InterestMethod.RULE_1997);
		AccountYear year = account.roll(new BigDecimal("1000"), Map.of(2015, new BigDecimal("1200"))).get(0);
		// 1000 × 0.015 = 15; 1200 × 0.015 × 1.083 / 2 = 9.747; 24.747 → 24.75; closing 1000 + 1200 + 24.75 = 2224.75
		assertYear(year, "0.015", "1200.00", "24.75", "2224.75");
		assertThat(year.rate().source().confidence()).isEqualTo(Confidence.DEMO);
		assertThat(year.rate().source().document()).startsWith("演示数据");
	}

	@Test
	void namesEveryYearWithoutARate() {
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> AccountInterest.standard().roll(BigDecimal.ZERO, Map.of(2013, YUAN_2400, 2016, YUAN_2400)))
			.satisfies(refusal -> {
				assertThat(refusal.field()).isEqualTo("interestRates");
				assertThat(refusal.messageKey()).isEqualTo("policy.interest.rateMissing");
				assertThat(refusal.arguments()).containsExactly("2013、2014、2015");
			});
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> AccountInterest.standard().roll(BigDecimal.ZERO, Map.of(2024, YUAN_2400, 2026, YUAN_2400)))
			.satisfies(refusal -> assertThat(refusal.arguments()).containsExactly("2025、2026"));
	}

	@Test
	void refusesNoCreditsAndNegativeAmounts() {
		AccountInterest account = AccountInterest.standard();
		assertThatExceptionOfType(UserInputException.class).isThrownBy(() -> account.roll(BigDecimal.ZERO, Map.of()))
			.satisfies(refusal -> assertThat(refusal.messageKey()).isEqualTo("policy.interest.creditsRequired"));
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> account.roll(new BigDecimal("-1"), Map.of(2016, YUAN_2400)))
			.satisfies(refusal -> {
				assertThat(refusal.field()).isEqualTo("openingBalance");
				assertThat(refusal.arguments()).containsExactly("-1");
			});
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> account.roll(BigDecimal.ZERO, Map.of(2016, new BigDecimal("-5.00"), 2030, YUAN_2400)))
			.as("a negative amount is named before the missing rates")
			.satisfies(refusal -> {
				assertThat(refusal.field()).isEqualTo("credits");
				assertThat(refusal.messageKey()).isEqualTo("policy.interest.negative");
			});
	}

	@Test
	void closingBalanceIsAtLeastOpeningPlusCreditsForNonNegativeRates() {
		Gen<Integer> fen = integers().between(0, 100_000_000);
		Gen<Integer> rateInTenThousandths = integers().between(0, 2000);
		Gen<List<Integer>> yearCredits = lists().of(fen).ofSizeBetween(1, 9);
		qt().withExamples(500)
			.forAll(fen, yearCredits, lists().of(rateInTenThousandths).ofSize(9),
					Generate.enumValues(InterestMethod.class))
			.check((opening, credits, rates, method) -> {
				Map<Integer, BigDecimal> overrides = new HashMap<>();
				Map<Integer, BigDecimal> byYear = new HashMap<>();
				for (int i = 0; i < credits.size(); i++) {
					byYear.put(2016 + i, BigDecimal.valueOf(credits.get(i), 2));
				}
				for (int i = 0; i < rates.size(); i++) {
					overrides.put(2016 + i, BigDecimal.valueOf(rates.get(i), 4));
				}
				BigDecimal balance = BigDecimal.valueOf(opening, 2);
				for (AccountYear year : new AccountInterest(InterestRates.national().withOverrides(overrides), method)
					.roll(balance, byYear)) {
					BigDecimal floor = balance.add(year.credits());
					if (year.closingBalance().compareTo(floor) < 0
							|| year.closingBalance().compareTo(floor.add(year.interest())) != 0) {
						return false;
					}
					balance = year.closingBalance();
				}
				return true;
			});
	}

	private static void assertYear(AccountYear year, String rate, String credits, String interest, String closing) {
		assertThat(year.rate().rate()).isEqualByComparingTo(rate);
		assertThat(year.credits()).isEqualTo(new BigDecimal(credits));
		assertThat(year.interest()).isEqualTo(new BigDecimal(interest));
		assertThat(year.closingBalance()).isEqualTo(new BigDecimal(closing));
	}

}
