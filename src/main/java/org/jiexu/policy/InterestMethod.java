package org.jiexu.policy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;

import org.jiexu.shared.UserInputException;

/**
 * How a year's interest is credited to an individual account (年度结息). The interest is rounded half-up to the
 * fen once per year, by the caller of {@link #interest}.
 */
public enum InterestMethod {

	/**
	 * The 1997 rule, the default: the opening balance earns a full year's interest and this year's credits earn
	 * {@code rate × 1.083 × 1/2} (the 1.083 factor approximates monthly deposits).
	 */
	RULE_1997(new Source("劳办发〔1997〕116号《职工基本养老保险个人账户管理暂行办法》", "本年记账额利息 = 本年记账额 × 本年记账利率 × 1.083 × 1/2",
			Confidence.MEDIUM)) {
		@Override
		public BigDecimal creditWeight() {
			return CREDIT_WEIGHT_1997;
		}
	},

	/**
	 * A variant some provinces used: only the opening balance earns interest; this year's credits start earning
	 * next year.
	 */
	OPENING_BALANCE_ONLY(new Source("省级个人账户管理办法（部分地区做法：当年记账额当年不计息）", "", Confidence.LOW)) {
		@Override
		public BigDecimal creditWeight() {
			return BigDecimal.ZERO;
		}
	};

	/** 1.083 × 1/2, exactly. */
	private static final BigDecimal CREDIT_WEIGHT_1997 = new BigDecimal("0.5415");

	private final Source source;

	InterestMethod(Source source) {
		this.source = source;
	}

	/**
	 * The share of a year's rate that the year's own credits earn: {@code 1.083 × 1/2} by the 1997 rule, none if
	 * only the opening balance earns interest. Set-based interest posting uses it as a parameter of its SQL.
	 */
	public abstract BigDecimal creditWeight();

	/** The unrounded interest of one year: {@code opening × rate + credits × rate × creditWeight}. */
	public BigDecimal interest(BigDecimal openingBalance, BigDecimal credits, BigDecimal rate) {
		return openingBalance.multiply(rate).add(credits.multiply(rate).multiply(creditWeight()));
	}

	public Source source() {
		return this.source;
	}

	/** The method named by its code (case-insensitive), or a refusal listing the known codes. */
	public static InterestMethod byCode(String code) {
		return Arrays.stream(values())
			.filter(method -> method.name().equals(code.strip().toUpperCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> UserInputException.invalid("method", "policy.interest.method", code,
					Arrays.toString(values())));
	}

}
