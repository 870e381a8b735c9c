package org.jiexu.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jiexu.policy.CreditCode;
import org.jiexu.policy.Gender;
import org.jiexu.policy.IdNumber;
import org.jiexu.policy.Region;
import org.jiexu.policy.Regions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DemoDataGeneratorTests {

	private static final YearMonth AS_OF = YearMonth.of(2025, 6);

	private static final long SEED = 20250601L;

	private static final DemoDataGenerator GENERATOR = new DemoDataGenerator(SEED);

	private static final List<DemoEmployer> EMPLOYERS = GENERATOR.employers(25);

	private static final List<DemoPerson> SAMPLE = GENERATOR.persons(20_000, AS_OF, EMPLOYERS).toList();

	private static final Map<String, String> AGENCY_OF_EMPLOYER = EMPLOYERS.stream()
		.collect(Collectors.toMap(DemoEmployer::creditCode, DemoEmployer::agencyCode));

	@Test
	void listsTheFiveSeedAgenciesInOrder() {
		assertThat(DemoAgencies.SEED).extracting(DemoAgency::code)
			.containsExactly("11010201", "42098101", "61030301", "53250201", "37100301");
		assertThat(DemoAgencies.SEED).containsExactly(DemoAgencies.XICHENG, DemoAgencies.YINGCHENG,
				DemoAgencies.JINTAI, DemoAgencies.KAIYUAN, DemoAgencies.WENDENG);
		assertThat(DemoAgencies.YINGCHENG.nameZh()).isEqualTo("应城市社会保险局");
		assertThat(DemoAgencies.SEED)
			.allSatisfy(agency -> assertThat(Regions.standard().find(agency.regionCode())).isPresent());
	}

	@Test
	void sameSeedGivesIdenticalData() {
		DemoDataGenerator first = new DemoDataGenerator(7);
		DemoDataGenerator second = new DemoDataGenerator(7);
		List<DemoEmployer> employers = first.employers(10);

		assertThat(second.employers(10)).isEqualTo(employers);
		assertThat(second.persons(2_000, AS_OF, employers).toList())
			.isEqualTo(first.persons(2_000, AS_OF, employers).toList());
	}

	@Test
	void differentSeedGivesDifferentData() {
		DemoDataGenerator first = new DemoDataGenerator(7);
		DemoDataGenerator second = new DemoDataGenerator(8);
		List<DemoEmployer> employers = first.employers(10);
		List<DemoPerson> firstPersons = first.persons(2_000, AS_OF, employers).toList();
		List<DemoPerson> secondPersons = second.persons(2_000, AS_OF, employers).toList();

		assertThat(second.employers(10)).doesNotContainAnyElementsOf(employers);
		assertThat(secondPersons).extracting(DemoPerson::idNumber)
			.doesNotContainAnyElementsOf(firstPersons.stream().map(DemoPerson::idNumber).toList());
	}

	@Test
	void personAtAnIndexIsTheStreamElementAtThatIndex() {
		for (int index : new int[] { 0, 1, 17, 999, 12_345, 19_999 }) {
			assertThat(GENERATOR.person(index, AS_OF, EMPLOYERS)).isEqualTo(SAMPLE.get(index));
		}
	}

	@Test
	void personCanBeRegeneratedAloneByAFreshGenerator() {
		assertThat(new DemoDataGenerator(SEED).person(12_345, AS_OF, EMPLOYERS)).isEqualTo(SAMPLE.get(12_345));
	}

	@Test
	void idNumbersAreValidAndStateTheBirthDateAndGender() {
		assertThat(SAMPLE).allSatisfy(person -> {
			assertThat(IdNumber.isValid(person.idNumber())).as(person.idNumber()).isTrue();
			IdNumber idNumber = IdNumber.of(person.idNumber());
			assertThat(idNumber.birthDate()).isEqualTo(person.birthDate());
			assertThat(idNumber.gender()).isEqualTo(person.gender());
			assertThat(person.birthDate().getYear()).isBetween(1962, 2002);
		});
		assertThat(SAMPLE).extracting(person -> IdNumber.of(person.idNumber()).region())
			.allSatisfy(region -> assertThat(region).isPresent());
	}

	@Test
	void noTwoOfAHundredThousandPersonsShareAnIdNumber() {
		Set<String> idNumbers = new HashSet<>();
		GENERATOR.persons(100_000, AS_OF, EMPLOYERS).forEach(person -> idNumbers.add(person.idNumber()));

		assertThat(idNumbers).hasSize(100_000);
	}

	@Test
	void employersHaveValidDistinctCreditCodesRegisteredAtTheirAgency() {
		assertThat(EMPLOYERS).hasSize(5 * 25);
		assertThat(EMPLOYERS).extracting(DemoEmployer::creditCode).doesNotHaveDuplicates();
		assertThat(EMPLOYERS).allSatisfy(employer -> {
			assertThat(CreditCode.isValid(employer.creditCode())).as(employer.creditCode()).isTrue();
			DemoAgency agency = DemoAgencies.byCode(employer.agencyCode()).orElseThrow();
			assertThat(employer.creditCode()).startsWith("91" + agency.regionCode());
			assertThat(employer.name()).endsWith("公司").hasSizeGreaterThanOrEqualTo(8);
		});
		assertThat(EMPLOYERS.stream().collect(Collectors.groupingBy(DemoEmployer::agencyCode, Collectors.counting())))
			.hasSize(5)
			.allSatisfy((agency, count) -> assertThat(count).isEqualTo(25));
	}

	@Test
	void employersOfASmallerCountAreTheFirstOfEachAgency() {
		List<DemoEmployer> fewer = GENERATOR.employers(10);
		for (DemoAgency agency : DemoAgencies.SEED) {
			assertThat(ofAgency(fewer, agency)).isEqualTo(ofAgency(EMPLOYERS, agency).subList(0, 10));
		}
	}

	@Test
	void organisationCodeCheckCharacterFollowsGb11714() {
		// D=13: 13×3 + 2×7 + 1×9 + 4×10 + 3×5 + 5×8 + 6×4 + 9×2 = 199; 11 − 199 mod 11 = 10, written X
		assertThat(CreditCodes.organisationCheckCharacter("D2143569")).isEqualTo('X');
		// M=22, Y=34: 22×3 + 1×5 + 34×2 = 139; 11 − 139 mod 11 = 4
		assertThat(CreditCodes.organisationCheckCharacter("M000100Y")).isEqualTo('4');
		// ... which is the organisation code inside the often-quoted credit code 91350100M000100Y43
		assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
	}

	@Test
	void spellsAreOrderedNonOverlappingWithinAsOfAndAtTheirEmployersAgency() {
		assertThat(SAMPLE).allSatisfy(person -> {
			List<WorkSpell> spells = person.spells();
			assertThat(spells).hasSizeLessThanOrEqualTo(4);
			for (int i = 0; i < spells.size(); i++) {
				WorkSpell spell = spells.get(i);
				assertThat(spell.from()).isAfterOrEqualTo(YearMonth.of(1992, 1)).isBeforeOrEqualTo(AS_OF);
				assertThat(spell.lastMonth(AS_OF)).isBeforeOrEqualTo(AS_OF);
				if (spell.to() != null) {
					assertThat(spell.to()).isAfterOrEqualTo(spell.from()).isBeforeOrEqualTo(AS_OF);
				}
				if (i > 0) {
					WorkSpell previous = spells.get(i - 1);
					assertThat(previous.to()).as("only the last spell can be ongoing").isNotNull();
					assertThat(previous.to()).isBefore(spell.from());
					assertThat(previous.to().until(spell.from(), ChronoUnit.MONTHS) - 1).as("gap").isBetween(0L, 24L);
				}
				assertThat(DemoAgencies.byCode(spell.agencyCode())).isPresent();
				if (spell.employerCreditCode() != null) {
					assertThat(AGENCY_OF_EMPLOYER).containsEntry(spell.employerCreditCode(), spell.agencyCode());
				}
			}
		});
	}

	@Test
	void firstSpellStartsAtAge18To24UnlessRecordsBeganLaterOrTheHistoryWouldExceed30Years() {
		assertThat(SAMPLE.stream().filter(person -> !person.spells().isEmpty())).allSatisfy(person -> {
			YearMonth first = person.spells().get(0).from();
			YearMonth last = person.spells().get(person.spells().size() - 1).lastMonth(AS_OF);
			long historyMonths = first.until(last, ChronoUnit.MONTHS) + 1;
			long ageAtFirst = ChronoUnit.YEARS.between(person.birthDate(), first.atDay(1));
			assertThat(ageAtFirst).isGreaterThanOrEqualTo(18);
			assertThat(historyMonths).isLessThanOrEqualTo(30 * 12);
			if (ageAtFirst > 24) {
				assertThat(first.isBefore(YearMonth.of(1994, 1)) || historyMonths >= 28 * 12).as(person.toString())
					.isTrue();
			}
		});
	}

	@Test
	void finishedHistoriesLastTenToThirtyYearsWhereAgeAllows() {
		List<DemoPerson> finished = SAMPLE.stream()
			.filter(person -> !person.spells().isEmpty() && !lastSpell(person).isOngoing())
			.toList();
		long tenYearsOrMore = finished.stream()
			.filter(person -> person.spells().get(0).from().until(lastSpell(person).to(), ChronoUnit.MONTHS) + 1 >= 120)
			.count();

		assertThat(finished).allSatisfy(person -> assertThat(lastSpell(person).to()).isBefore(AS_OF));
		assertThat((double) tenYearsOrMore / finished.size()).isGreaterThan(0.6);
	}

	@Test
	void betweenFortyAndSeventyPercentWorkAtMoreThanOneSeedAgency() {
		assertThat(share(person -> person.agencyCodes().size() > 1)).isBetween(0.40, 0.70);
	}

	@Test
	void aboutFourInFivePeopleStillWork() {
		assertThat(share(person -> !person.spells().isEmpty() && lastSpell(person).isOngoing())).isBetween(0.70,
				0.90);
	}

	@Test
	void aboutOneSpellInTenIsAFlexibleWorkers() {
		List<WorkSpell> spells = SAMPLE.stream().flatMap(person -> person.spells().stream()).toList();
		double flexible = (double) spells.stream().filter(WorkSpell::isFlexibleWorker).count() / spells.size();

		assertThat(flexible).isBetween(0.07, 0.13);
	}

	@Test
	void threeInFourPeopleHaveTheirHukouInASeedAgencysProvince() {
		Set<String> seedProvinces = DemoAgencies.SEED.stream()
			.map(DemoAgency::provinceCode)
			.collect(Collectors.toSet());
		Set<String> counties = Regions.standard().counties().stream().map(Region::code).collect(Collectors.toSet());

		assertThat(SAMPLE).allSatisfy(person -> assertThat(counties).contains(person.hukouRegionCode()));
		assertThat(share(person -> seedProvinces.contains(person.hukouRegionCode().substring(0, 2))))
			.isBetween(0.72, 0.86);
	}

	@Test
	void namesAreChineseWithCommonSurnames() {
		assertThat(SAMPLE).extracting(DemoPerson::name)
			.allSatisfy(name -> assertThat(name).hasSizeBetween(2, 4).matches("\\p{IsHan}+"));
		Map<Character, Long> bySurname = SAMPLE.stream()
			.collect(Collectors.groupingBy(person -> person.name().charAt(0), Collectors.counting()));
		assertThat(bySurname.get('王')).isGreaterThan(bySurname.get('孔') * 10);
		assertThat(share(person -> person.name().length() == 4)).isBetween(0.005, 0.05);
	}

	@Test
	void phonesAreDistinctMobileNumbers() {
		assertThat(SAMPLE).extracting(DemoPerson::phone)
			.doesNotHaveDuplicates()
			.allSatisfy(phone -> assertThat(phone).matches("1[35789]\\d{9}"));
	}

	@Test
	void monthlyBasesHaveScaleTwoAndGrowWithinBounds() {
		assertThat(SAMPLE.subList(0, 2_000).stream().flatMap(person -> person.spells().stream())).allSatisfy(spell -> {
			assertThat(spell.startingBase()).isBetween(ContributionBases.MINIMUM, ContributionBases.MAXIMUM);
			assertThat(spell.yearlyGrowth()).isBetween(new BigDecimal("0.03"), new BigDecimal("0.08"));
			List<MonthlyBase> bases = spell.monthlyBases(AS_OF);
			assertThat(bases).hasSize((int) spell.from().until(spell.lastMonth(AS_OF), ChronoUnit.MONTHS) + 1);
			assertThat(bases.get(0).base()).isEqualTo(spell.startingBase());
			for (int i = 0; i < bases.size(); i++) {
				MonthlyBase month = bases.get(i);
				BigDecimal growth = BigDecimal.ONE.add(spell.yearlyGrowth()).pow(i / 12);
				BigDecimal ceiling = ContributionBases.MAXIMUM.multiply(growth);
				assertThat(month.month()).isEqualTo(spell.from().plusMonths(i));
				assertThat(month.base().scale()).isEqualTo(2);
				assertThat(month.base()).isGreaterThanOrEqualTo(spell.startingBase()).isLessThanOrEqualTo(ceiling);
				if (i > 0) {
					assertThat(month.base()).isGreaterThanOrEqualTo(bases.get(i - 1).base());
				}
			}
		});
	}

	@Test
	void baseGrowsOnceForEveryWholeYearSinceTheSpellStarted() {
		WorkSpell spell = new WorkSpell(DemoAgencies.KAIYUAN.code(), null, YearMonth.of(2020, 3), YearMonth.of(2022, 4),
				new BigDecimal("1234.57"), new BigDecimal("0.0500"));

		List<MonthlyBase> bases = spell.monthlyBases(AS_OF);

		assertThat(bases).hasSize(26);
		assertThat(bases.get(0)).isEqualTo(new MonthlyBase(YearMonth.of(2020, 3), new BigDecimal("1234.57")));
		assertThat(bases.get(11)).isEqualTo(new MonthlyBase(YearMonth.of(2021, 2), new BigDecimal("1234.57")));
		// 1234.57 × 1.05 = 1296.2985, half-up to 1296.30
		assertThat(bases.get(12)).isEqualTo(new MonthlyBase(YearMonth.of(2021, 3), new BigDecimal("1296.30")));
		// 1234.57 × 1.05² = 1361.113425 → 1361.11
		assertThat(bases.get(25)).isEqualTo(new MonthlyBase(YearMonth.of(2022, 4), new BigDecimal("1361.11")));
		assertThat(spell.baseIn(YearMonth.of(2022, 3))).isEqualTo(new BigDecimal("1361.11"));
	}

	@Test
	void monthlyBasesStopAtAsOf() {
		WorkSpell ongoing = new WorkSpell(DemoAgencies.XICHENG.code(), "91110102MA01ABCD1X", YearMonth.of(2024, 1),
				null, new BigDecimal("9000.00"), new BigDecimal("0.0600"));

		assertThat(ongoing.monthlyBases(YearMonth.of(2025, 6))).hasSize(18)
			.last()
			.isEqualTo(new MonthlyBase(YearMonth.of(2025, 6), new BigDecimal("9540.00")));
		assertThat(ongoing.monthlyBases(YearMonth.of(2023, 12))).isEmpty();
	}

	@Test
	void startingBasesAreHigherInBeijingThanInYunnan() {
		Map<String, Double> averageSince2015 = SAMPLE.stream()
			.flatMap(person -> person.spells().stream())
			.filter(spell -> !spell.isFlexibleWorker() && spell.from().getYear() >= 2015)
			.collect(Collectors.groupingBy(WorkSpell::agencyCode,
					Collectors.averagingDouble(spell -> spell.startingBase().doubleValue())));

		assertThat(averageSince2015.get(DemoAgencies.XICHENG.code()))
			.isGreaterThan(averageSince2015.get(DemoAgencies.KAIYUAN.code()) * 1.5);
	}

	@Test
	void nobodyWorksAfterAnEarlyAsOfOrBeforeComingOfAge() {
		YearMonth early = YearMonth.of(1996, 1);

		assertThat(GENERATOR.persons(2_000, early, EMPLOYERS)).allSatisfy(person -> {
			if (person.birthDate().isAfter(LocalDate.of(1977, 12, 31))) {
				assertThat(person.spells()).isEmpty();
			}
			assertThat(person.spells()).allSatisfy(spell -> assertThat(spell.lastMonth(early)).isBeforeOrEqualTo(early)
				.isEqualTo(spell.to() == null ? early : spell.to()));
		});
	}

	@Test
	void nobodyWorksFromTheMonthOfTheir65thBirthdayOn() {
		YearMonth late = YearMonth.of(2035, 1);

		assertThat(GENERATOR.persons(2_000, late, EMPLOYERS)).allSatisfy(person -> {
			YearMonth turns65 = YearMonth.from(person.birthDate().plusYears(65));
			assertThat(person.spells()).allSatisfy(spell -> assertThat(spell.lastMonth(late)).isBefore(turns65));
			if (!turns65.isAfter(late)) {
				assertThat(person.spells()).noneMatch(WorkSpell::isOngoing);
			}
		});
	}

	@Test
	void gendersAreBalanced() {
		assertThat(share(person -> person.gender() == Gender.MALE)).isBetween(0.47, 0.53);
	}

	@Test
	void rejectsIndexesBeyondTheIdNumberCapacityAndMissingAgencies() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> GENERATOR.person(DemoDataGenerator.MAX_PERSONS, AS_OF, EMPLOYERS));
		assertThatIllegalArgumentException().isThrownBy(() -> GENERATOR.person(-1, AS_OF, EMPLOYERS));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> GENERATOR.persons(DemoDataGenerator.MAX_PERSONS + 1, AS_OF, EMPLOYERS));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> GENERATOR.person(0, AS_OF, ofAgency(EMPLOYERS, DemoAgencies.XICHENG)));
		assertThat(GENERATOR.person(DemoDataGenerator.MAX_PERSONS - 1, AS_OF, EMPLOYERS).idNumber())
			.satisfies(id -> assertThat(IdNumber.isValid(id)).isTrue());
	}

	private static List<DemoEmployer> ofAgency(List<DemoEmployer> employers, DemoAgency agency) {
		return employers.stream().filter(employer -> employer.agencyCode().equals(agency.code())).toList();
	}

	private static WorkSpell lastSpell(DemoPerson person) {
		return person.spells().get(person.spells().size() - 1);
	}

	private static double share(Predicate<DemoPerson> condition) {
		return (double) SAMPLE.stream().filter(condition).count() / SAMPLE.size();
	}

}
