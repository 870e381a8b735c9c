package org.jiexu.policy;

import java.math.BigDecimal;

/**
 * A province's average wage ({@code AverageWage}, 全口径城镇单位就业人员平均工资) in yuan per month, for the
 * contribution year whose base limits it sets, with where the figure comes from.
 *
 * @param province the 2-digit province code, e.g. {@code 42}
 * @param year the contribution year the figure is used for
 * @param monthly yuan per month
 * @param figureYear the year whose figure it is: {@code year}, or, while {@code year}'s figure is not published, the
 * last published year's, applied provisionally ({@link AverageWages#require})
 */
public record AverageWage(String province, int year, BigDecimal monthly, Source source, int figureYear) {

	/** A figure published for the year it is used for. */
	public AverageWage(String province, int year, BigDecimal monthly, Source source) {
		this(province, year, monthly, source, year);
	}

	/** Whether the figure is demo data rather than a published number. */
	public boolean demo() {
		return this.source.confidence() == Confidence.DEMO;
	}

	/** Whether the figure is an earlier year's, applied until the year's own is published. */
	public boolean provisional() {
		return this.figureYear != this.year;
	}

}
