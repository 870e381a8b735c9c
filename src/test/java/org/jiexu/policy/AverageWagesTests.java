package org.jiexu.policy;

import java.util.stream.IntStream;

import org.jiexu.shared.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AverageWagesTests {

	@ParameterizedTest
	@ValueSource(strings = { "11", "37", "42", "53", "61" })
	void hasAFigureForEverySeedProvinceFrom2010To2026(String province) {
		assertThat(IntStream.rangeClosed(2010, 2026)).allSatisfy(year -> {
			AverageWage wage = AverageWages.of(province, year).orElseThrow();
			assertThat(wage.province()).isEqualTo(province);
			assertThat(wage.year()).isEqualTo(year);
			assertThat(wage.monthly()).isPositive();
		});
	}

	@Test
	void marksEveryShippedFigureAsDemoSayingSoInItsSource() {
		assertThat(AverageWages.standard().all()).hasSize(5 * 17).allSatisfy(wage -> {
			assertThat(wage.demo()).isTrue();
			assertThat(wage.source().confidence()).isEqualTo(Confidence.DEMO);
			assertThat(wage.source().document()).startsWith("演示数据（非公布数字）：")
				.contains(wage.year() + "年度")
				.contains("全口径城镇单位就业人员月平均工资");
		});
	}

	@Test
	void growsEveryYearInEachProvince() {
		assertThat(AverageWages.standard().all()).allSatisfy(wage -> AverageWages.of(wage.province(), wage.year() + 1)
			.ifPresent(next -> assertThat(next.monthly()).isGreaterThan(wage.monthly())));
	}

	@Test
	void findsHubei2026() {
		assertThat(AverageWages.of("42", 2026)).map(AverageWage::monthly)
			.hasValueSatisfying(monthly -> assertThat(monthly).isEqualByComparingTo("7720.00"));
		assertThat(AverageWages.of("42", 2026).orElseThrow().source().document()).contains("湖北省");
	}

	@Test
	void findsNothingForAnotherProvinceOrYear() {
		assertThat(AverageWages.of("44", 2026)).isEmpty();
		assertThat(AverageWages.of("42", 2009)).isEmpty();
		assertThat(AverageWages.of("42", 2027)).isEmpty();
	}

	@Test
	void refusesAMissingYearOnTheYearNamingProvinceAndYear() {
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> AverageWages.standard().require("42", 2009))
			.satisfies(refusal -> {
				assertThat(refusal.field()).isEqualTo("year");
				assertThat(refusal.messageKey()).isEqualTo("policy.wage.missing");
				assertThat(refusal.arguments()).containsExactly("42", "2009", "湖北省");
			});
	}

	@Test
	void refusesAProvinceWithoutFiguresOnTheProvince() {
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> AverageWages.standard().require("44", 2026))
			.satisfies(refusal -> {
				assertThat(refusal.field()).isEqualTo("province");
				assertThat(refusal.arguments()).containsExactly("44", "2026", "广东省");
			});
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> AverageWages.standard().require("99", 2026))
			.satisfies(refusal -> assertThat(refusal.arguments()).containsExactly("99", "2026", "99"));
	}

}
