package org.jiexu.policy;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The national pension contribution rates by month:
 * <ul>
 * <li>employee: the person pays 8% into the individual account (国发〔2005〕38号; from 2006 the account is 8% of the
 * base, all from the person; 1998–2005 it was 11%, the rate the transfer rule normalises to). The employer pays
 * 16% from 2019-05 (国办发〔2019〕13号); before that the provinces' rates differed (commonly 20%, the ceiling of
 * 国发〔1997〕26号), which is the default here, graded low until a province enters its own;</li>
 * <li>flexible worker: 20% of the base, 8% of it to the account (国发〔2005〕38号), 12% to the pool.</li>
 * </ul>
 * The person's own rate before 2006 rose by province; this class gives 8% for every month and says so.
 */
public final class ContributionRates {

	public static final YearMonth EMPLOYER_RATE_CUT = YearMonth.of(2019, 5);

	public static final YearMonth EIGHT_PERCENT_ACCOUNT = YearMonth.of(2006, 1);

	public static final Source RATE_CUT_2019 = new Source("国办发〔2019〕13号《降低社会保险费率综合方案》", "一", Confidence.HIGH);

	public static final Source DECISION_2005 = new Source("国发〔2005〕38号《国务院关于完善企业职工基本养老保险制度的决定》",
			"个人账户规模统一由本人缴费工资的11%调整为8%；灵活就业人员缴费比例为20%，其中8%记入个人账户", Confidence.HIGH);

	public static final Source EMPLOYER_RATE_BEFORE_2019 = new Source(
			"国发〔1997〕26号《国务院关于建立统一的企业职工基本养老保险制度的决定》（单位缴费比例一般不超过20%，具体由各省确定）", "", Confidence.LOW);

	private static final BigDecimal EIGHT = new BigDecimal("0.08");

	private static final BigDecimal ELEVEN = new BigDecimal("0.11");

	private static final BigDecimal TWELVE = new BigDecimal("0.12");

	private static final BigDecimal SIXTEEN = new BigDecimal("0.16");

	private static final BigDecimal TWENTY = new BigDecimal("0.20");

	private ContributionRates() {
	}

	public static ContributionRate of(ContributorType type, YearMonth month) {
		return type == ContributorType.EMPLOYEE ? employee(month) : flexibleWorker(month);
	}

	public static ContributionRate employee(YearMonth month) {
		boolean cut = !month.isBefore(EMPLOYER_RATE_CUT);
		BigDecimal employer = cut ? SIXTEEN : TWENTY;
		BigDecimal account = month.isBefore(EIGHT_PERCENT_ACCOUNT) ? ELEVEN : EIGHT;
		Explanation explanation = Explanation.citing(DECISION_2005, cut ? RATE_CUT_2019 : EMPLOYER_RATE_BEFORE_2019)
			.figure("month", month)
			.figure("employerRate", employer.toPlainString())
			.figure("individualRate", EIGHT.toPlainString())
			.figure("accountRate", account.toPlainString())
			.build();
		return new ContributionRate(ContributorType.EMPLOYEE, month, employer, EIGHT, account, explanation);
	}

	public static ContributionRate flexibleWorker(YearMonth month) {
		Explanation explanation = Explanation.citing(DECISION_2005)
			.figure("month", month)
			.figure("individualRate", TWENTY.toPlainString())
			.figure("accountRate", EIGHT.toPlainString())
			.build();
		return new ContributionRate(ContributorType.FLEXIBLE_WORKER, month, TWELVE, TWENTY, EIGHT, explanation);
	}

}
