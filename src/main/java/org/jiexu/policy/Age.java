package org.jiexu.policy;

/**
 * An age in whole years and months (周岁 and 个月), as retirement ages are stated since the 2024 decision
 * ({@code 60岁1个月}).
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

	/** The age in months ({@code 60y1m} is 721). */
	public int totalMonths() {
		return this.years * 12 + this.months;
	}

}
