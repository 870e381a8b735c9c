package org.jiexu.policy;

/**
 * An age in whole years (周岁) and months, as retirement ages are stated since the 2024 decision
 * (六十一岁四个月 = {@code Age(61, 4)}).
 *
 * @param years whole years, not negative
 * @param months months beyond the whole years, 0 to 11
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

	/** The age in months ({@code 60y1m} is 721). */
	public int totalMonths() {
		return this.years * 12 + this.months;
	}

}
