package org.jiexu.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jiexu.shared.Money;
import org.jiexu.shared.UserInputException;

/**
 * Yearly crediting of an individual account: from an opening balance at the start of the first year, each year
 * adds its credits and its interest by the {@link InterestMethod} (the 1997 rule by default), the interest
 * rounded half-up to the fen each year. Every year from the first to the last credited one is shown, a year
 * without credits with zero.
 */
public final class AccountInterest {

	private final InterestRates rates;

	private final InterestMethod method;

	public AccountInterest(InterestRates rates, InterestMethod method) {
		this.rates = rates;
		this.method = method;
	}

	/** With the policy's national rates (and none before 2016) and the 1997 rule. */
	public static AccountInterest standard() {
		return new AccountInterest(InterestRates.national(), InterestMethod.RULE_1997);
	}

	/**
	 * The years from the first to the last year of {@code credits}. Refused if there are no credits, a year has no
	 * rate (every missing year is named), or an amount is negative.
	 */
	public List<AccountYear> roll(BigDecimal openingBalance, Map<Integer, BigDecimal> credits) {
		if (credits.isEmpty()) {
			throw UserInputException.invalid("credits", "policy.interest.creditsRequired");
		}
		if (openingBalance.signum() < 0) {
			throw UserInputException.invalid("openingBalance", "policy.interest.negative", openingBalance.toPlainString());
		}
		SortedMap<Integer, BigDecimal> byYear = new TreeMap<>(credits);
		byYear.values()
			.stream()
			.filter(credit -> credit.signum() < 0)
			.findFirst()
			.ifPresent(credit -> {
				throw UserInputException.invalid("credits", "policy.interest.negative", credit.toPlainString());
			});
		List<Integer> missing = new ArrayList<>();
		for (int year = byYear.firstKey(); year <= byYear.lastKey(); year++) {
			if (this.rates.rate(year).isEmpty()) {
				missing.add(year);
			}
		}
		if (!missing.isEmpty()) {
			throw UserInputException.invalid("interestRates", "policy.interest.rateMissing",
					missing.stream().map(String::valueOf).reduce((a, b) -> a + "、" + b).orElseThrow());
		}
		List<AccountYear> years = new ArrayList<>();
		BigDecimal balance = Money.fen(openingBalance);
		for (int year = byYear.firstKey(); year <= byYear.lastKey(); year++) {
			BigDecimal credit = Money.fen(byYear.getOrDefault(year, BigDecimal.ZERO));
			InterestRate rate = this.rates.require(year);
			BigDecimal interest = Money.fen(this.method.interest(balance, credit, rate.rate()));
			balance = balance.add(credit).add(interest);
			years.add(new AccountYear(year, rate, credit, interest, balance));
		}
		return years;
	}

}
