package org.jiexu.policy;

import org.jiexu.shared.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MinimumContributionTests {

	/** Every row of Annex 4 as pension.md §1.4 gives it, and years on both sides. */
	@ParameterizedTest(name = "{0}: {1} months")
	@CsvSource({ "2025, 180", "2026, 180", "2027, 180", "2028, 180", "2029, 180", "2030, 186", "2031, 192",
			"2032, 198", "2033, 204", "2034, 210", "2035, 216", "2036, 222", "2037, 228", "2038, 234", "2039, 240",
			"2040, 240", "2100, 240", "2200, 240", "2011, 180", "1998, 180" })
	void followsAnnexFour(int year, int months) {
		assertThat(MinimumContribution.forYear(year).months()).isEqualTo(months);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "1998, 国发〔1997〕26号", "2010, 国发〔1997〕26号", "2011, 《中华人民共和国社会保险法》", "2029, 《中华人民共和国社会保险法》",
			"2030, 《国务院关于渐进式延迟法定退休年龄的办法》", "2045, 《国务院关于渐进式延迟法定退休年龄的办法》" })
	void citesTheRuleInForceThatYear(int year, String document) {
		MinimumContributionResult result = MinimumContribution.forYear(year);
		assertThat(result.source().document()).startsWith(document);
		assertThat(result.explanation().sources()).containsExactly(result.source());
	}

	@Test
	void citesArticleTwoAndAnnexFourFrom2030() {
		MinimumContributionResult result = MinimumContribution.forYear(2030);
		assertThat(result.source().citation())
			.isEqualTo("《国务院关于渐进式延迟法定退休年龄的办法》 第二条；附件4《提高最低缴费年限情况表》");
		assertThat(result.explanation().figures()).containsExactly(Figure.of("minimumContributionYear", 2030),
				Figure.of("minimumContributionMonths", 186));
		assertThat(MinimumContribution.forYear(2029).source().article()).startsWith("第十六条");
	}

	@ParameterizedTest
	@ValueSource(ints = { 1997, 2201, 0, -5, Integer.MAX_VALUE })
	void refusesYearsOutsideTheRules(int year) {
		assertThatThrownBy(() -> MinimumContribution.forYear(year))
			.isInstanceOfSatisfying(UserInputException.class, refusal -> {
				assertThat(refusal.field()).isEqualTo("year");
				assertThat(refusal.messageKey()).isEqualTo("policy.minimumContribution.year");
			});
	}

}
