package org.jiexu.demo;

/**
 * A demo social insurance agency (社会保险经办机构) at one of the seed places.
 *
 * @param code the agency code: the 6-digit GB/T 2260 region code followed by {@code 01}
 * @param regionCode the 6-digit GB/T 2260 code of the county the agency serves
 * @param nameZh the Chinese name
 * @param nameEn the English name
 */
public record DemoAgency(String code, String regionCode, String nameZh, String nameEn) {

	public DemoAgency {
		if (regionCode.length() != 6 || !code.equals(regionCode + "01")) {
			throw new IllegalArgumentException("Agency code must be the 6-digit region code + 01: " + code);
		}
	}

	/** The 2-digit code of the agency's province. */
	public String provinceCode() {
		return this.regionCode.substring(0, 2);
	}

}
