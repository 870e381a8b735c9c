package org.jiexu.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

import org.jiexu.shared.UserInputException;

/**
 * The payout months (计发月数) that divide the individual account balance into a monthly pension, by retirement
 * age, as a replaceable table ({@code policy/payout-months.csv}):
 * <ul>
 * <li>whole years 40 to 70 from the annex of 国发〔2005〕38号 (60 → 139, 47 → 208), graded medium: the annex image
 * was not read directly;</li>
 * <li>an age with months (60岁1个月, since the 2024 retirement decision) takes a month-level row of the table if
 * there is one, else the linear interpolation between its whole years, rounded half-up to one decimal:
 * {@code T[y] − (T[y] − T[y+1]) × m / 12} (60岁1个月 → 138.4, 60岁3个月 → 137.3, 50岁1个月 → 194.6). No national
 * document setting this was found; it matches a Jinan government answer and real retirement notices, and is
 * graded low ({@link #INTERPOLATION}).</li>
 * </ul>
 * Ages outside 40岁 to 70岁 are refused.
 */
public final class PayoutMonths {

	public static final Age YOUNGEST = new Age(40, 0);

	public static final Age OLDEST = new Age(70, 0);

	public static final Source INTERPOLATION = new Source(
			"月龄计发月数：相邻整岁计发月数之间按月线性插值，四舍五入保留一位小数（济南市政府答复：60岁1个月=138.4，50岁1个月=194.6；未见国家文件）", "",
			Confidence.LOW);

	private static final String RESOURCE = "/policy/payout-months.csv";

	private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

	private static final PayoutMonths STANDARD = new PayoutMonths(load());

	/**
	 * The divisor for one retirement age, and why.
	 *
	 * @param months the payout months, e.g. {@code 139} or {@code 138.4}
	 */
	public record Divisor(Age age, BigDecimal months, Explanation explanation) {
	}

	/** A table entry: the divisor of one age and its source. */
	public record Entry(BigDecimal months, Source source) {
	}

	private final Map<Integer, Entry> byAgeInMonths;

	private PayoutMonths(Map<Age, Entry> table) {
		for (int years = YOUNGEST.years(); years <= OLDEST.years(); years++) {
			if (!table.containsKey(new Age(years, 0))) {
				throw new IllegalArgumentException("The payout table lacks age " + years);
			}
		}
		this.byAgeInMonths = new HashMap<>();
		table.forEach((age, entry) -> this.byAgeInMonths.put(age.totalMonths(), entry));
	}

	/** The table of the data file. */
	public static PayoutMonths standard() {
		return STANDARD;
	}

	/**
	 * Another table, e.g. a province's or a future national one: it needs every whole year from 40 to 70 and may
	 * hold month-level entries.
	 */
	public static PayoutMonths of(Map<Age, Entry> table) {
		return new PayoutMonths(table);
	}

	/** The divisor for a retirement age from 40岁 to 70岁, or a refusal. */
	public Divisor divisor(Age age) {
		if (age.totalMonths() < YOUNGEST.totalMonths() || age.totalMonths() > OLDEST.totalMonths()) {
			throw UserInputException.invalid("retirementAge", "policy.payout.ageRange", String.valueOf(age.years()),
					String.valueOf(age.months()));
		}
		Entry entry = this.byAgeInMonths.get(age.totalMonths());
		if (entry != null) {
			return new Divisor(age, entry.months(), explain(age, entry.months(), entry.source()).build());
		}
		Entry lower = this.byAgeInMonths.get(new Age(age.years(), 0).totalMonths());
		Entry upper = this.byAgeInMonths.get(new Age(age.years() + 1, 0).totalMonths());
		BigDecimal months = interpolate(lower.months(), upper.months(), age.months());
		Explanation explanation = explain(age, months, lower.source()).source(upper.source())
			.source(INTERPOLATION)
			.figure("lowerDivisor", lower.months().toPlainString())
			.figure("upperDivisor", upper.months().toPlainString())
			.build();
		return new Divisor(age, months, explanation);
	}

	/** {@code lower − (lower − upper) × months / 12}, half-up to one decimal. */
	static BigDecimal interpolate(BigDecimal lower, BigDecimal upper, int months) {
		BigDecimal twelfths = lower.multiply(BigDecimal.valueOf(12 - months)).add(upper.multiply(BigDecimal.valueOf(months)));
		return twelfths.divide(TWELVE, 1, RoundingMode.HALF_UP);
	}

	private static Explanation.Builder explain(Age age, BigDecimal months, Source source) {
		return Explanation.citing(source)
			.figure("ageYears", age.years())
			.figure("ageMonths", age.months())
			.figure("divisor", months.toPlainString());
	}

	private static Map<Age, Entry> load() {
		Map<Age, Entry> table = new HashMap<>();
		for (String[] cells : PolicyTable.rows(RESOURCE, "years", 6)) {
			table.put(new Age(Integer.parseInt(cells[0]), Integer.parseInt(cells[1])),
					new Entry(new BigDecimal(cells[2]), PolicyTable.source(cells)));
		}
		return table;
	}

}
