package org.jiexu.demo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Realistic starting contribution bases. Each agency has a wage level in 2024 yuan (Beijing's far above
 * Yunnan's); a year's level is that scaled by 7% a year (back for earlier years). A spell starts at the
 * level of its agency and first year times a factor, kept within 1,500–35,000 yuan.
 */
final class ContributionBases {

	static final BigDecimal MINIMUM = new BigDecimal("1500.00");

	static final BigDecimal MAXIMUM = new BigDecimal("35000.00");

	private static final int LEVEL_YEAR = 2024;

	private static final BigDecimal YEARLY_WAGE_FACTOR = new BigDecimal("1.07");

	private static final Map<String, BigDecimal> LEVEL_2024 = Map.of(DemoAgencies.XICHENG.code(),
			new BigDecimal("12000"), DemoAgencies.YINGCHENG.code(), new BigDecimal("6200"),
			DemoAgencies.JINTAI.code(), new BigDecimal("6500"), DemoAgencies.KAIYUAN.code(), new BigDecimal("6000"),
			DemoAgencies.WENDENG.code(), new BigDecimal("7000"));

	private ContributionBases() {
	}

	/** A person's place in the wage range: 0.60–1.40 of the level (±40%), kept for all their employed spells. */
	static BigDecimal personFactor(SplittableRandom random) {
		return BigDecimal.valueOf(60 + random.nextInt(81), 2);
	}

	/** Flexible workers choose their own base, usually low: 0.60–1.00 of the level. */
	static BigDecimal flexibleWorkerFactor(SplittableRandom random) {
		return BigDecimal.valueOf(60 + random.nextInt(41), 2);
	}

	/** Yearly growth of a spell's base: 0.0300–0.0800. */
	static BigDecimal yearlyGrowth(SplittableRandom random) {
		return BigDecimal.valueOf(300 + random.nextInt(501), 4);
	}

	static BigDecimal startingBase(String agencyCode, int year, BigDecimal factor) {
		BigDecimal level = LEVEL_2024.get(agencyCode);
		if (level == null) {
			throw new IllegalArgumentException("No wage level for agency " + agencyCode);
		}
		BigDecimal scaling = YEARLY_WAGE_FACTOR.pow(Math.abs(year - LEVEL_YEAR));
		BigDecimal levelOfYear = year >= LEVEL_YEAR ? level.multiply(scaling)
				: level.divide(scaling, MathContext.DECIMAL64);
		BigDecimal base = levelOfYear.multiply(factor).setScale(2, RoundingMode.HALF_UP);
		return base.max(MINIMUM).min(MAXIMUM);
	}

}
