package org.jiexu.policy;

/**
 * An age in whole years and months, as the retirement tables write it (六十一岁四个月 = {@code Age(61, 4)}).
 *
 * @param years full years
 * @param months further months, 0 to 11
 */
public record Age(int years, int months) {

	public Age {
		if (years < 0 || months < 0 || months > 11) {
			throw new IllegalArgumentException("Not an age: " + years + " years " + months + " months");
		}
	}

	public static Age ofMonths(int totalMonths) {
		return new Age(totalMonths / 12, totalMonths % 12);
	}

	public int totalMonths() {
		return this.years * 12 + this.months;
	}

}
