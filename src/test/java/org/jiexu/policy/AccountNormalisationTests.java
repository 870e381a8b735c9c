package org.jiexu.policy;

import java.math.BigDecimal;
import java.util.Map;

import org.jiexu.policy.AccountNormalisation.PostedYear;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountNormalisationTests {

	private static BigDecimal yuan(String amount) {
		return new BigDecimal(amount);
	}

	private static PostedYear posted(int year, String rate) {
		return new PostedYear(year, new BigDecimal(rate), InterestMethod.RULE_1997);
	}

	@Test
	void anAccountBookedAtTheNormalisedRatesChangesNothing() {
		AccountNormalisation.Result result = AccountNormalisation.of(Map.of(2004, yuan("3960.00"), 2010, yuan("3840.00")),
				Map.of(2004, yuan("3960.00"), 2010, yuan("3840.00")), Map.of(2010, posted(2010, "0.0250")));

		assertThat(result.changesNothing()).isTrue();
		assertThat(result.years()).isEmpty();
		assertThat(result.explanation().sources()).contains(TransferSources.NORMALISATION);
	}

	@Test
	void lessBookedThanTheTransferCountsIsToppedUpAndMoreIsKeptBackWithoutInterestWhileNoYearIsPosted() {
		AccountNormalisation.Result result = AccountNormalisation.of(
				Map.of(2003, yuan("990.00"), 2010, yuan("1920.00")),
				Map.of(2003, yuan("1080.00"), 2010, yuan("1440.00")), Map.of());

		assertThat(result.topUp()).isEqualByComparingTo("480.00");
		assertThat(result.retained()).isEqualByComparingTo("90.00");
		assertThat(result.net()).isEqualByComparingTo("390.00");
		assertThat(result.years()).extracting(AccountNormalisation.Year::year).containsExactly(2003, 2010);
		assertThat(result.explanation().figures()).extracting(Figure::name)
			.contains("accountTopUp", "accountRetained", "yearsWithDifference");
	}

	@Test
	void eachDifferenceEarnsTheInterestOfEveryPostedYearAtThatPostingsRateByThe1997Rule() {
		// 2010: the year's top-up 480 earns 480 × 0.025 × 1.083 / 2 = 6.498 → 6.50; the retained 90 (from 2003, no
		// year posted until 2010) earns 90 × 0.025 = 2.25. 2011: 486.50 × 0.03 = 14.595 → 14.60 and
		// 92.25 × 0.03 = 2.7675 → 2.77.
		AccountNormalisation.Result result = AccountNormalisation.of(
				Map.of(2003, yuan("990.00"), 2010, yuan("1920.00")),
				Map.of(2003, yuan("1080.00"), 2010, yuan("1440.00")),
				Map.of(2010, posted(2010, "0.025"), 2011, posted(2011, "0.03")));

		assertThat(result.topUp()).isEqualByComparingTo("501.10");
		assertThat(result.retained()).isEqualByComparingTo("95.02");
		assertThat(result.years()).extracting(AccountNormalisation.Year::year).containsExactly(2003, 2010, 2011);
		AccountNormalisation.Year last = result.years().get(2);
		assertThat(last.topUpInterest()).isEqualByComparingTo("14.60");
		assertThat(last.retainedInterest()).isEqualByComparingTo("2.77");
		assertThat(result.explanation().sources()).contains(InterestMethod.RULE_1997.source());
	}

	@Test
	void beforeNineteenNinetyEightOnlyTheOwnContributionsMoveAndNothingIsToppedUp() {
		AccountNormalisation.Result result = AccountNormalisation.of(Map.of(1996, yuan("960.00"), 1997, yuan("1000.00")),
				Map.of(1996, yuan("1320.00"), 1997, yuan("800.00")), Map.of());

		assertThat(result.retained()).as("the employer's part credited before 1998 stays").isEqualByComparingTo("360.00");
		assertThat(result.topUp()).as("before 1998 both places keep the original record").isZero();
	}

	@Test
	void interestOfALaterYearIsTheDifferenceOfTheResultsWithAndWithoutIt() {
		Map<Integer, BigDecimal> counted = Map.of(2025, yuan("2400.00"));
		Map<Integer, BigDecimal> booked = Map.of(2025, yuan("1800.00"));
		AccountNormalisation.Result before = AccountNormalisation.of(counted, booked, Map.of());
		AccountNormalisation.Result after = AccountNormalisation.of(counted, booked, Map.of(2025, posted(2025, "0.015")));

		assertThat(before.topUp()).isEqualByComparingTo("600.00");
		// 600 × 0.015 × 0.5415 = 4.8735 → 4.87
		assertThat(after.topUp().subtract(before.topUp())).isEqualByComparingTo("4.87");
	}

}
