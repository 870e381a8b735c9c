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
 * <li>flexible worker: 20% of the base, 8% of it to the account (国发〔2005〕38号), 12% to the pool. Before 2006 the
 * account was 11% of the base for everyone (the size 38号 cut to 8%), so a flexible worker's month before 2006
 * credits 11% and pools 9%; the 20% total before 2006 differed by province and is graded low.</li>
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

	public static final Source FLEXIBLE_RATE_BEFORE_2006 = new Source(
			"2006年以前灵活就业人员缴费比例由各省确定（此处按20%），个人账户按缴费基数11%记账（国发〔2005〕38号调整前的个人账户规模）", "",
			Confidence.LOW);

	private static final BigDecimal EIGHT = new BigDecimal("0.08");

	private static final BigDecimal ELEVEN = new BigDecimal("0.11");

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
		boolean before2006 = month.isBefore(EIGHT_PERCENT_ACCOUNT);
		BigDecimal account = before2006 ? ELEVEN : EIGHT;
		Explanation.Builder explanation = Explanation.citing(DECISION_2005);
		if (before2006) {
			explanation.source(FLEXIBLE_RATE_BEFORE_2006);
		}
		explanation.figure("month", month)
			.figure("individualRate", TWENTY.toPlainString())
			.figure("accountRate", account.toPlainString());
		return new ContributionRate(ContributorType.FLEXIBLE_WORKER, month, TWENTY.subtract(account), TWENTY, account,
				explanation.build());
	}

}
