package org.jiexu.policy;

import java.math.BigDecimal;
import java.util.Map;

import org.jiexu.shared.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class InterestRatesTests {

	@ParameterizedTest
	@CsvSource({ "2016, 0.0831, HIGH", "2017, 0.0712, MEDIUM_HIGH", "2018, 0.0829, MEDIUM_HIGH",
			"2019, 0.0761, MEDIUM_HIGH", "2020, 0.0604, MEDIUM_HIGH", "2021, 0.0669, MEDIUM", "2022, 0.0612, MEDIUM",
			"2023, 0.0397, MEDIUM_HIGH", "2024, 0.0262, MEDIUM_HIGH" })
	void carriesTheNationalRatesOfPensionMdWithTheirConfidence(int year, String rate, Confidence confidence) {
		InterestRate found = InterestRates.national().require(year);
		assertThat(found.year()).isEqualTo(year);
		assertThat(found.rate()).isEqualByComparingTo(rate);
		assertThat(found.source().confidence()).isEqualTo(confidence);
		assertThat(found.source().document()).contains(year + "年职工基本养老保险个人账户记账利率");
	}

	@Test
	void citesTheConfirmedNoticeNumberOnlyFor2016() {
		assertThat(InterestRates.national().require(2016).source().citation())
			.isEqualTo("人社厅发〔2017〕71号《关于公布2016年职工基本养老保险个人账户记账利率等参数的通知》");
		assertThat(InterestRates.national().require(2017).source().document()).contains("文号未核实");
	}

	@Test
	void holdsNoNationalRateBefore2016NorFor2025() {
		InterestRates national = InterestRates.national();
		assertThat(national.all()).extracting(InterestRate::year).containsExactly(2016, 2017, 2018, 2019, 2020, 2021,
				2022, 2023, 2024);
		assertThat(national.rate(2015)).isEmpty();
		assertThat(national.rate(2025)).isEmpty();
		assertThat(national.province()).isEmpty();
	}

	@Test
	void refusesAMissingYearNamingItWithoutDigitGrouping() {
		assertThatExceptionOfType(UserInputException.class).isThrownBy(() -> InterestRates.national().require(2025))
			.satisfies(refusal -> {
				assertThat(refusal.field()).isEqualTo("interestRates");
				assertThat(refusal.messageKey()).isEqualTo("policy.interest.rateMissing");
				assertThat(refusal.arguments()).containsExactly("2025");
			});
	}

	@Test
	void addsAProvincesPre2016RatesMarkedAsDemo() {
		InterestRates hubei = InterestRates.forProvince("42");
		assertThat(hubei.province()).isEqualTo("42");
		assertThat(hubei.all()).hasSize(23 + 9);
		assertThat(hubei.require(1993).rate()).isEqualByComparingTo("0.1098");
		InterestRate rate2015 = hubei.require(2015);
		assertThat(rate2015.rate()).isEqualByComparingTo("0.0150");
		assertThat(rate2015.source().confidence()).isEqualTo(Confidence.DEMO);
		assertThat(rate2015.source().document()).startsWith("演示数据（非公布数字）：").contains("2015年本省记账利率");
		assertThat(hubei.require(2016).source().confidence()).isEqualTo(Confidence.HIGH);
		assertThat(hubei.rate(1992)).isEmpty();
	}

	@Test
	void neverLetsAProvinceRowReplaceANationalYear() {
		assertThat(InterestRates.forProvince("11").all()).filteredOn(rate -> rate.year() >= 2016)
			.allSatisfy(rate -> assertThat(rate.source().confidence()).isNotEqualTo(Confidence.DEMO));
	}

	@Test
	void knowsTheSeedProvincesWithRegionalRates() {
		assertThat(InterestRates.provincesWithRegionalRates()).containsExactly("11", "37", "42", "53", "61");
		assertThat(InterestRates.forProvince("44").all()).hasSize(9);
	}

	@Test
	void letsEnteredRatesWinOverThePolicysAndFillMissingYears() {
		InterestRates rates = InterestRates.national()
			.withOverrides(Map.of(2016, new BigDecimal("0.05"), 2025, new BigDecimal("0.015")));
		assertThat(rates.require(2016).rate()).isEqualByComparingTo("0.05");
		assertThat(rates.require(2016).source().confidence()).isEqualTo(Confidence.ENTERED);
		assertThat(rates.require(2016).source().document()).contains("记账利率 2016");
		assertThat(rates.require(2025).rate()).isEqualByComparingTo("0.015");
		assertThat(rates.require(2017).source().confidence()).isEqualTo(Confidence.MEDIUM_HIGH);
		assertThat(InterestRates.national().rate(2025)).as("the policy itself is unchanged").isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "-0.01", "1", "1.5" })
	void refusesAnEnteredRateOutsideZeroToOne(String rate) {
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> InterestRates.national().withOverrides(Map.of(2019, new BigDecimal(rate))))
			.satisfies(refusal -> {
				assertThat(refusal.field()).isEqualTo("interestRates");
				assertThat(refusal.messageKey()).isEqualTo("policy.interest.rateRange");
				assertThat(refusal.arguments()).containsExactly("2019", rate);
			});
	}

	@Test
	void acceptsAZeroRate() {
		assertThat(InterestRates.national().withOverrides(Map.of(2019, BigDecimal.ZERO)).require(2019).rate())
			.isZero();
	}

}
