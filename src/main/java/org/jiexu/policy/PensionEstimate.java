package org.jiexu.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jiexu.shared.InputCheck;
import org.jiexu.shared.Money;

/**
 * An estimate of the monthly basic pension of an enterprise employee by 国发〔2005〕38号:
 * <pre>
 * basicPension   = C × (1 + Z) / 2 × N × 1%
 * accountPension = account balance ÷ payout months of the retirement age ({@link PayoutMonths})
 * total          = basicPension + accountPension
 * </pre>
 * C is the average wage the province uses for pensions (上年度在岗职工月平均工资, since 2019 mostly a published
 * 计发基数), Z the person's average contribution index, N the contribution years including deemed years, as a
 * decimal (months ÷ 12: a province that counts only whole years enters whole years). Each part is rounded half-up
 * to the fen and the total is the sum of the rounded parts, so that the parts shown add up to it as on a
 * retirement notice. The transitional pension of people who worked before the account existed (过渡性养老金) is
 * provincial and not included.
 * <p>
 * Refused: C not above 0, Z outside 0.1 to 5, N outside 0 to 60, a negative balance, an age outside the payout
 * table (all bad figures at once).
 */
public record PensionEstimate(BigDecimal basicPension, BigDecimal accountPension, BigDecimal total,
		PayoutMonths.Divisor divisor, Explanation explanation) {

	public static final Source BASIC_PENSION = new Source("国发〔2005〕38号《国务院关于完善企业职工基本养老保险制度的决定》",
			"基础养老金月标准以当地上年度在岗职工月平均工资和本人指数化月平均缴费工资的平均值为基数，缴费每满1年发给1%", Confidence.HIGH);

	public static final Source ACCOUNT_PENSION = new Source("国发〔2005〕38号《国务院关于完善企业职工基本养老保险制度的决定》",
			"个人账户养老金月标准为个人账户储存额除以计发月数", Confidence.HIGH);

	public static final BigDecimal MIN_INDEX = new BigDecimal("0.1");

	public static final BigDecimal MAX_INDEX = new BigDecimal("5");

	public static final BigDecimal MAX_YEARS = new BigDecimal("60");

	private static final BigDecimal HALF_PERCENT = new BigDecimal("0.005");

	/**
	 * What the estimate needs.
	 *
	 * @param averageWage C, yuan per month
	 * @param averageIndex Z, e.g. {@code 0.8}
	 * @param contributionYears N, years including deemed years, decimals allowed
	 * @param accountBalance the individual account balance at retirement, yuan
	 */
	public record Input(BigDecimal averageWage, BigDecimal averageIndex, BigDecimal contributionYears,
			BigDecimal accountBalance, Age retirementAge) {
	}

	/** With the standard payout table. */
	public static PensionEstimate of(Input input) {
		return of(input, PayoutMonths.standard());
	}

	public static PensionEstimate of(Input input, PayoutMonths payoutMonths) {
		InputCheck check = new InputCheck();
		check.require(input.averageWage().signum() > 0, "averageWage", "policy.pension.averageWage",
				input.averageWage().toPlainString());
		check.require(within(input.averageIndex(), MIN_INDEX, MAX_INDEX), "averageIndex", "policy.pension.averageIndex",
				input.averageIndex().toPlainString(), MIN_INDEX.toPlainString(), MAX_INDEX.toPlainString());
		check.require(within(input.contributionYears(), BigDecimal.ZERO, MAX_YEARS), "contributionYears",
				"policy.pension.contributionYears", input.contributionYears().toPlainString(), MAX_YEARS.toPlainString());
		check.require(input.accountBalance().signum() >= 0, "accountBalance", "policy.pension.accountBalance",
				input.accountBalance().toPlainString());
		PayoutMonths.Divisor divisor = check.value(() -> payoutMonths.divisor(input.retirementAge()));
		check.throwIfRefused();

		BigDecimal basic = Money.fen(input.averageWage()
			.multiply(BigDecimal.ONE.add(input.averageIndex()))
			.multiply(input.contributionYears())
			.multiply(HALF_PERCENT));
		BigDecimal account = input.accountBalance().divide(divisor.months(), 2, RoundingMode.HALF_UP);
		BigDecimal total = basic.add(account);
		Explanation.Builder explanation = Explanation.citing(BASIC_PENSION, ACCOUNT_PENSION)
			.figure("averageWage", Money.text(input.averageWage()))
			.figure("averageIndex", input.averageIndex().toPlainString())
			.figure("indexedWage", Money.text(input.averageWage().multiply(input.averageIndex())))
			.figure("contributionYears", input.contributionYears().toPlainString())
			.figure("basicPension", Money.text(basic))
			.figure("accountBalance", Money.text(input.accountBalance()));
		divisor.explanation().figures().forEach(figure -> explanation.figure(figure.name(), figure.value()));
		divisor.explanation().sources().forEach(explanation::source);
		explanation.figure("accountPension", Money.text(account)).figure("total", Money.text(total));
		return new PensionEstimate(basic, account, total, divisor, explanation.build());
	}

	private static boolean within(BigDecimal value, BigDecimal min, BigDecimal max) {
		return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
	}

}
