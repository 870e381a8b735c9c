package org.jiexu.policy;

import org.jiexu.shared.UserInputException;

/**
 * The minimum contribution period (最低缴费年限) for a monthly basic pension, by the year the person reaches the
 * statutory retirement age:
 * <ul>
 * <li>up to 2029: 15 years (180 months), 《社会保险法》第十六条 (in force 2011-07-01); for 1998 to 2010 the same 15
 * years of 国发〔1997〕26号, which the law took over (graded medium: recalled, not in the project's research);</li>
 * <li>from 2030: six months more each year (Measures 第二条 and 附件4《提高最低缴费年限情况表》), 186 months in 2030
 * up to 240 months (20 years) from 2039.</li>
 * </ul>
 * Years before {@value #FIRST_YEAR} (earlier rules, not modelled) and after {@value #LAST_YEAR} are refused.
 * <p>
 * Which year applies under flexible retirement is not settled in the research (pension.md §1.4, medium): callers
 * use the year of the <em>statutory</em> retirement month, as implementations citing 人社部发〔2024〕94号 do for
 * delayed retirement.
 */
public final class MinimumContribution {

	public static final int FIRST_YEAR = 1998;

	public static final int LAST_YEAR = 2200;

	/** The first year of the rising minimum. */
	public static final int FIRST_RISING_YEAR = 2030;

	public static final Source DECISION_1997 = new Source("国发〔1997〕26号《国务院关于建立统一的企业职工基本养老保险制度的决定》",
			"个人缴费年限累计满15年的，退休后按月发给基本养老金", Confidence.MEDIUM);

	public static final Source SOCIAL_INSURANCE_LAW = new Source("《中华人民共和国社会保险法》",
			"第十六条（达到法定退休年龄时累计缴费满十五年的，按月领取基本养老金）", Confidence.HIGH);

	public static final Source MEASURES_ANNEX_4 = new Source(RetirementAge.MEASURES, "第二条；附件4《提高最低缴费年限情况表》",
			Confidence.HIGH);

	/** The first year under the Social Insurance Law (in force 2011-07-01). */
	private static final int LAW_YEAR = 2011;

	private static final int FIFTEEN_YEARS = 180;

	private static final int TWENTY_YEARS = 240;

	private static final int STEP = 6;

	private MinimumContribution() {
	}

	public static MinimumContributionResult forYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw UserInputException.invalid("year", "policy.minimumContribution.year", String.valueOf(year),
					String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
		}
		int months = year < FIRST_RISING_YEAR ? FIFTEEN_YEARS
				: Math.min(FIFTEEN_YEARS + STEP * (year - FIRST_RISING_YEAR + 1), TWENTY_YEARS);
		Source source = year >= FIRST_RISING_YEAR ? MEASURES_ANNEX_4
				: year >= LAW_YEAR ? SOCIAL_INSURANCE_LAW : DECISION_1997;
		Explanation explanation = Explanation.citing(source)
			.figure("minimumContributionYear", year)
			.figure("minimumContributionMonths", months)
			.build();
		return new MinimumContributionResult(year, months, source, explanation);
	}

}
