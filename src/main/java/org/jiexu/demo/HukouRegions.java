package org.jiexu.demo;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.jiexu.policy.Region;
import org.jiexu.policy.Regions;

/**
 * Picks household registration places (户籍地) and the region codes of identity numbers. Three people in four
 * are registered in the province of a seed agency (a third of those in the agency's own county, the rest
 * anywhere in the province); the fourth anywhere in the country.
 */
final class HukouRegions {

	private static final int SEED_PROVINCE_PERCENT = 75;

	private static final int AGENCY_COUNTY_PERCENT = 35;

	/** Share of people whose identity number was issued in their hukou county (else elsewhere in its province). */
	private static final int ID_ISSUED_AT_HUKOU_PERCENT = 85;

	private static final Weighted<DemoAgency> SEED_PLACE = new Weighted<>(DemoAgencies.SEED,
			new int[] { 16, 22, 20, 20, 22 });

	private static final List<String> COUNTIES = Regions.standard().counties().stream().map(Region::code).toList();

	private static final Map<String, List<String>> COUNTIES_BY_PROVINCE = COUNTIES.stream()
		.collect(Collectors.groupingBy(code -> code.substring(0, 2)));

	private HukouRegions() {
	}

	/** A 6-digit county code for a person's hukou. */
	static String hukouRegion(SplittableRandom random) {
		if (random.nextInt(100) >= SEED_PROVINCE_PERCENT) {
			return anyOf(random, COUNTIES);
		}
		DemoAgency place = SEED_PLACE.pick(random);
		return random.nextInt(100) < AGENCY_COUNTY_PERCENT ? place.regionCode()
				: anyOf(random, COUNTIES_BY_PROVINCE.get(place.provinceCode()));
	}

	/** The county the identity number was issued in: mostly the hukou county, else one in the same province. */
	static String idNumberRegion(SplittableRandom random, String hukouRegionCode) {
		return random.nextInt(100) < ID_ISSUED_AT_HUKOU_PERCENT ? hukouRegionCode
				: anyOf(random, COUNTIES_BY_PROVINCE.get(hukouRegionCode.substring(0, 2)));
	}

	private static String anyOf(SplittableRandom random, List<String> codes) {
		return codes.get(random.nextInt(codes.size()));
	}

}
