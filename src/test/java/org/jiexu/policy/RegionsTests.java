package org.jiexu.policy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RegionsTests {

	private final Regions regions = Regions.standard();

	@Test
	void loadsTheStandardListOnce() {
		assertThat(Regions.standard()).isSameAs(this.regions);
	}

	@Test
	void hasThirtyOneProvinces() {
		long provinces = IntStream.range(0, 100)
			.mapToObj(code -> String.format("%02d", code))
			.filter(this.regions::isProvince)
			.count();
		assertThat(provinces).isEqualTo(31);
	}

	@ParameterizedTest
	@ValueSource(strings = { "11", "42", "65" })
	void recognisesProvinceCodes(String code) {
		assertThat(this.regions.isProvince(code)).isTrue();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "00", "99", "71", "81", "4", "420", "4209", "420000" })
	void recognisesNothingElseAsAProvince(String code) {
		assertThat(this.regions.isProvince(code)).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "420981, 应城市, 湖北省孝感市应城市, 42", //
			"110102, 西城区, 北京市西城区, 11", // 1101 市辖区 is a placeholder
			"500229, 城口县, 重庆市城口县, 50", // 5002 县 is a placeholder
			"429004, 仙桃市, 湖北省仙桃市, 42", // 4290 省直辖县级行政区划 is a placeholder
			"659001, 石河子市, 新疆维吾尔自治区石河子市, 65", // 6590 自治区直辖县级行政区划 is a placeholder
			"610303, 金台区, 陕西省宝鸡市金台区, 61", //
			"532502, 开远市, 云南省红河哈尼族彝族自治州开远市, 53", //
			"371003, 文登区, 山东省威海市文登区, 37" })
	void findsCountiesWithTheirFullNames(String code, String name, String fullName, String provinceCode) {
		assertThat(this.regions.find(code)).hasValueSatisfying(region -> {
			assertThat(region.code()).isEqualTo(code);
			assertThat(region.name()).isEqualTo(name);
			assertThat(region.fullName()).isEqualTo(fullName);
			assertThat(region.provinceCode()).isEqualTo(provinceCode);
			assertThat(region.sixDigitCode()).isEqualTo(code);
		});
	}

	@Test
	void findsAProvinceByItsTwoOrSixDigitCode() {
		assertThat(this.regions.find("420000")).hasValueSatisfying(region -> {
			assertThat(region.code()).isEqualTo("42");
			assertThat(region.name()).isEqualTo("湖北省");
			assertThat(region.fullName()).isEqualTo("湖北省");
			assertThat(region.provinceCode()).isEqualTo("42");
			assertThat(region.sixDigitCode()).isEqualTo("420000");
		});
		assertThat(this.regions.find("42")).isEqualTo(this.regions.find("420000"));
	}

	@Test
	void findsAPrefectureByItsFourOrSixDigitCode() {
		assertThat(this.regions.find("420900")).hasValueSatisfying(region -> {
			assertThat(region.code()).isEqualTo("4209");
			assertThat(region.name()).isEqualTo("孝感市");
			assertThat(region.fullName()).isEqualTo("湖北省孝感市");
			assertThat(region.provinceCode()).isEqualTo("42");
			assertThat(region.sixDigitCode()).isEqualTo("420900");
		});
		assertThat(this.regions.find("4209")).isEqualTo(this.regions.find("420900"));
	}

	@Test
	void givesAPlaceholderPrefectureTheFullNameOfItsProvince() {
		assertThat(this.regions.find("110100")).hasValueSatisfying(region -> {
			assertThat(region.name()).isEqualTo("市辖区");
			assertThat(region.fullName()).isEqualTo("北京市");
		});
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "420999", "429900", "990000", "99", "4299", "4", "42098", "4209811" })
	void findsNothingForUnknownCodes(String code) {
		assertThat(this.regions.find(code)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "42", "4209", "420000", "420900", "420981", "420999" })
	void findsTheProvinceOfACodeOfAnyLength(String code) {
		assertThat(this.regions.provinceOf(code)).map(Region::name).hasValue("湖北省");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "4", "99", "990101" })
	void findsNoProvinceForUnknownOrTooShortCodes(String code) {
		assertThat(this.regions.provinceOf(code)).isEmpty();
	}

	@Test
	void givesTheCountyAsTheClosestRegionOfAKnownCounty() {
		assertThat(this.regions.closest("420981")).map(Region::fullName).hasValue("湖北省孝感市应城市");
	}

	@Test
	void fallsBackToThePrefectureForAnUnknownCounty() {
		assertThat(this.regions.closest("420999")).hasValueSatisfying(region -> {
			assertThat(region.code()).isEqualTo("4209");
			assertThat(region.fullName()).isEqualTo("湖北省孝感市");
		});
	}

	@Test
	void fallsBackToTheProvinceForAnUnknownPrefecture() {
		assertThat(this.regions.closest("429999")).hasValueSatisfying(region -> {
			assertThat(region.code()).isEqualTo("42");
			assertThat(region.fullName()).isEqualTo("湖北省");
		});
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "990101", "42", "4209", "4209810" })
	void findsNoClosestRegionForUnknownProvincesOrCodesNotSixDigitsLong(String code) {
		assertThat(this.regions.closest(code)).isEmpty();
	}

	@Test
	void listsAboutThreeThousandCounties() {
		assertThat(this.regions.counties()).hasSizeBetween(2_950, 3_000);
	}

	@Test
	void listsOnlySixDigitCodesAsCounties() {
		assertThat(this.regions.counties()).isNotEmpty()
			.allSatisfy(county -> assertThat(county.code()).matches("[0-9]{6}"));
	}

	@Test
	void listsCountiesInCodeOrderWithoutDuplicates() {
		List<String> codes = this.regions.counties().stream().map(Region::code).toList();
		assertThat(codes).isSorted().doesNotHaveDuplicates();
	}

	@Test
	void placesEveryCountyInTheProvinceItsCodeStartsWith() {
		assertThat(this.regions.counties()).allSatisfy(county -> {
			assertThat(county.provinceCode()).isEqualTo(county.code().substring(0, 2));
			assertThat(this.regions.provinceOf(county.code()))
				.hasValueSatisfying(province -> assertThat(county.fullName()).startsWith(province.fullName())
					.endsWith(county.name()));
		});
	}

	@Test
	void findsEveryCountyByItsOwnCode() {
		assertThat(this.regions.counties())
			.allSatisfy(county -> assertThat(this.regions.find(county.code())).containsSame(county));
	}

	@ParameterizedTest
	@CsvSource({ "441900, 4419, 东莞市, 广东省东莞市", //
			"442000, 4420, 中山市, 广东省中山市", //
			"460400, 4604, 儋州市, 海南省儋州市", //
			"620201, 6202, 嘉峪关市, 甘肃省嘉峪关市" })
	void findsAPrefectureWithoutCountiesAsItsOwnCounty(String code, String prefectureCode, String name,
			String fullName) {
		// listed twice, as a prefecture and again as its own county, under one name
		assertThat(this.regions.counties()).filteredOn(county -> county.code().equals(code))
			.singleElement()
			.satisfies(county -> {
				assertThat(county.name()).isEqualTo(name);
				assertThat(county.fullName()).isEqualTo(fullName);
			});
		assertThat(this.regions.find(code)).map(Region::code).hasValue(code);
		assertThat(this.regions.find(prefectureCode)).map(Region::fullName).hasValue(fullName);
		assertThat(this.regions.closest(code)).map(Region::fullName).hasValue(fullName);
	}

	@Test
	void countsProvincesPrefecturesAndCounties() {
		assertThat(this.regions.size()).isGreaterThan(31 + 300 + this.regions.counties().size());
	}

}
