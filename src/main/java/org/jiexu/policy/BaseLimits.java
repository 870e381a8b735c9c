package org.jiexu.policy;

import java.math.BigDecimal;

import org.jiexu.shared.Money;
import org.jiexu.shared.UserInputException;

/**
 * The floor and ceiling of a monthly contribution base ({@code ContributionBase}) in a province and contribution
 * year: 60% and 300% of that year's {@link AverageWage}, each rounded half-up to the fen.
 * <ul>
 * <li>The average wage is the all-employment one (全口径城镇单位就业人员平均工资): 国办发〔2019〕13号.</li>
 * <li>A base below 60% is raised to 60%, one above 300% is cut to 300%: 劳办发〔1997〕116号 (the wording is
 * recalled, the rule is in every provincial notice).</li>
 * </ul>
 * Provinces may round their published limits differently (some to whole yuan); where a province publishes its
 * limits, enter its average wage so that 60% and 300% of it give them. Use: {@code BaseLimits.of("42", 2026)
 * .check(base)}.
 */
public final class BaseLimits {

	public static final Source ALL_EMPLOYMENT_AVERAGE = new Source("国办发〔2019〕13号《降低社会保险费率综合方案》",
			"以全口径城镇单位就业人员平均工资核定社保个人缴费基数上下限", Confidence.MEDIUM_HIGH);

	public static final Source CLAMP_1997 = new Source("劳办发〔1997〕116号《职工基本养老保险个人账户管理暂行办法》",
			"低于当地职工平均工资60%的按60%缴费，超过300%的按300%缴费", Confidence.MEDIUM);

	public static final BigDecimal FLOOR_SHARE = new BigDecimal("0.6");

	public static final BigDecimal CEILING_SHARE = new BigDecimal("3");

	/** Where a base lies against the limits. */
	public enum Outcome {

		WITHIN, BELOW_FLOOR, ABOVE_CEILING

	}

	/**
	 * A base checked against the limits.
	 *
	 * @param declared the base as declared, rounded half-up to the fen
	 * @param applied the base contributions are computed on: the declared base, the floor or the ceiling
	 */
	public record Check(Outcome outcome, BigDecimal declared, BigDecimal applied, Explanation explanation) {
	}

	private final AverageWage averageWage;

	private final BigDecimal floor;

	private final BigDecimal ceiling;

	private BaseLimits(AverageWage averageWage) {
		this.averageWage = averageWage;
		this.floor = Money.fen(averageWage.monthly().multiply(FLOOR_SHARE));
		this.ceiling = Money.fen(averageWage.monthly().multiply(CEILING_SHARE));
	}

	/** The limits of a province (2-digit code) and year, or a refusal naming both when no average wage is known. */
	public static BaseLimits of(String province, int year) {
		return of(AverageWages.standard().require(province, year));
	}

	public static BaseLimits of(AverageWage averageWage) {
		return new BaseLimits(averageWage);
	}

	/** The base to contribute on, and why; a negative base is refused. */
	public Check check(BigDecimal base) {
		if (base.signum() < 0) {
			throw UserInputException.invalid("base", "policy.base.negative", base.toPlainString());
		}
		BigDecimal declared = Money.fen(base);
		Outcome outcome = declared.compareTo(this.floor) < 0 ? Outcome.BELOW_FLOOR
				: declared.compareTo(this.ceiling) > 0 ? Outcome.ABOVE_CEILING : Outcome.WITHIN;
		BigDecimal applied = switch (outcome) {
			case BELOW_FLOOR -> this.floor;
			case ABOVE_CEILING -> this.ceiling;
			case WITHIN -> declared;
		};
		Explanation explanation = explain().figure("base", Money.text(declared))
			.figure("appliedBase", Money.text(applied))
			.build();
		return new Check(outcome, declared, applied, explanation);
	}

	public AverageWage averageWage() {
		return this.averageWage;
	}

	/** 60% of the average wage, half-up to the fen. */
	public BigDecimal floor() {
		return this.floor;
	}

	/** 300% of the average wage, half-up to the fen. */
	public BigDecimal ceiling() {
		return this.ceiling;
	}

	/** The average wage with its source, and the floor and ceiling. */
	public Explanation explanation() {
		return explain().build();
	}

	private Explanation.Builder explain() {
		Explanation.Builder explanation = this.averageWage.provisional()
				? Explanation.citing(this.averageWage.source(), AverageWages.PROVISIONAL, ALL_EMPLOYMENT_AVERAGE,
						CLAMP_1997)
					.figure("province", this.averageWage.province())
					.figure("year", this.averageWage.year())
					.figure("provisionalFrom", this.averageWage.figureYear())
				: Explanation.citing(this.averageWage.source(), ALL_EMPLOYMENT_AVERAGE, CLAMP_1997)
					.figure("province", this.averageWage.province())
					.figure("year", this.averageWage.year());
		return explanation.figure("averageWage", Money.text(this.averageWage.monthly()))
			.figure("floor", Money.text(this.floor))
			.figure("ceiling", Money.text(this.ceiling));
	}

}
