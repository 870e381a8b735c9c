package org.jiexu.policy;

import java.time.LocalDate;

import org.jiexu.shared.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Oracles derived from rule text: 66号 第五条, 5号规 三, 后联〔2011〕3号 三. Hukou 42 (湖北), new province 11 (北京). */
class TemporaryAccountRuleTests {

	@ParameterizedTest(name = "{0} born {1}, moving {2}: age {3}, temporary {4}")
	@CsvSource({ "MALE,   1975-03-15, 2025-03-14, 49, false, BELOW_AGE",
			"MALE,   1975-03-15, 2025-03-15, 50, true,  AGE_REACHED",
			"FEMALE, 1985-06-30, 2025-06-29, 39, false, BELOW_AGE",
			"FEMALE, 1985-06-30, 2025-06-30, 40, true,  AGE_REACHED",
			"MALE,   1976-02-29, 2026-02-28, 49, false, BELOW_AGE",
			"MALE,   1976-02-29, 2026-03-01, 50, true,  AGE_REACHED",
			"FEMALE, 1960-01-01, 2025-01-01, 65, true,  AGE_REACHED",
			"MALE,   1985-06-30, 2025-06-30, 40, false, BELOW_AGE" })
	void opensATemporaryAccountFromTheFiftiethOrFortiethBirthday(Gender gender, LocalDate birth, LocalDate move,
			int age, boolean temporary, TemporaryAccountReason reason) {
		TemporaryAccountDecision decision = TemporaryAccountRule.decide(gender, birth, move, "42", "11",
				TemporaryAccountExemption.NONE, false);
		assertThat(decision.ageAtMove()).isEqualTo(age);
		assertThat(decision.temporary()).isEqualTo(temporary);
		assertThat(decision.reason()).isEqualTo(reason);
		assertThat(decision.explanation().sources()).containsExactly(TransferSources.ART_5_2);
	}

	@Test
	void neverOpensOneOnAReturnToTheHukouProvince() {
		TemporaryAccountDecision decision = TemporaryAccountRule.decide(Gender.MALE, LocalDate.of(1965, 1, 1),
				LocalDate.of(2024, 5, 1), "42", "42", TemporaryAccountExemption.NONE, false);
		assertThat(decision.temporary()).isFalse();
		assertThat(decision.reason()).isEqualTo(TemporaryAccountReason.RETURN_TO_HUKOU);
		assertThat(decision.ageAtMove()).isEqualTo(59);
		assertThat(decision.explanation().sources()).containsExactly(TransferSources.ART_5_1);
	}

	@Test
	void exemptsAMilitarySpouseAndAnApprovedJobTransferOverTheAge() {
		TemporaryAccountDecision spouse = TemporaryAccountRule.decide(Gender.FEMALE, LocalDate.of(1980, 1, 1),
				LocalDate.of(2024, 5, 1), "42", "11", TemporaryAccountExemption.MILITARY_SPOUSE, false);
		assertThat(spouse.temporary()).isFalse();
		assertThat(spouse.reason()).isEqualTo(TemporaryAccountReason.MILITARY_SPOUSE);
		assertThat(spouse.explanation().sources()).containsExactly(TransferSources.MILITARY_SPOUSES);
		TemporaryAccountDecision transfer = TemporaryAccountRule.decide(Gender.MALE, LocalDate.of(1970, 1, 1),
				LocalDate.of(2024, 5, 1), "42", "11", TemporaryAccountExemption.APPROVED_JOB_TRANSFER, false);
		assertThat(transfer.temporary()).isFalse();
		assertThat(transfer.reason()).isEqualTo(TemporaryAccountReason.APPROVED_JOB_TRANSFER);
		assertThat(transfer.explanation().sources()).containsExactly(TransferSources.ART_5_3);
	}

	@Test
	void namesTheAgeNotTheExemptionWhenThePersonIsUnderTheThreshold() {
		TemporaryAccountDecision decision = TemporaryAccountRule.decide(Gender.FEMALE, LocalDate.of(1990, 1, 1),
				LocalDate.of(2024, 5, 1), "42", "11", TemporaryAccountExemption.MILITARY_SPOUSE, false);
		assertThat(decision.reason()).isEqualTo(TemporaryAccountReason.BELOW_AGE);
	}

	@Test
	void opensOneForAFirstEnrolmentAtThoseAgesOutsideTheHukouProvince() {
		TemporaryAccountDecision decision = TemporaryAccountRule.decide(Gender.FEMALE, LocalDate.of(1980, 1, 1),
				LocalDate.of(2024, 5, 1), "42", "11", TemporaryAccountExemption.NONE, true);
		assertThat(decision.temporary()).isTrue();
		assertThat(decision.reason()).isEqualTo(TemporaryAccountReason.AGE_REACHED_FIRST_ENROLMENT);
		assertThat(decision.explanation().sources()).containsExactly(TransferSources.CIRCULAR_2016_ITEM_3);
		assertThat(decision.explanation().figures()).contains(new Figure("ageAtMove", "44"),
				new Figure("ageThreshold", "40"), new Figure("firstEnrolment", "true"));
	}

	@Test
	void opensNoneForAMoveBeforeTheMeasuresTookEffect() {
		assertThat(TemporaryAccountRule.decide(Gender.MALE, LocalDate.of(1950, 1, 1), LocalDate.of(2009, 12, 31), "42",
				"11", TemporaryAccountExemption.NONE, false).reason()).isEqualTo(TemporaryAccountReason.BEFORE_MEASURES);
		assertThat(TemporaryAccountRule.decide(Gender.MALE, LocalDate.of(1950, 1, 1), LocalDate.of(2010, 1, 1), "42",
				"11", TemporaryAccountExemption.NONE, false).temporary()).isTrue();
	}

	@Test
	void refusesUnknownProvincesAndAMoveBeforeBirth() {
		assertThatExceptionOfType(UserInputException.class)
			.isThrownBy(() -> TemporaryAccountRule.decide(Gender.MALE, LocalDate.of(1970, 1, 1),
					LocalDate.of(1969, 1, 1), "99", "420000", TemporaryAccountExemption.NONE, false))
			.satisfies(refusal -> assertThat(refusal.violations()).extracting(UserInputException.Violation::field)
				.containsExactly("hukouProvince", "newProvince", "moveDate"));
	}

}
