package org.jiexu.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jiexu.shared.UserInputException;

/**
 * The individual account interest rates (记账利率) by year, as data ({@code policy/interest-rates.csv}):
 * <ul>
 * <li>from 2016 one national rate a year, announced by MOHRSS and MOF (人社部发〔2017〕31号); each row carries its
 * announcing document and confidence. A year is added only with its source (2025 is not in the data: no
 * official notice was found);</li>
 * <li>before 2016 each province set its own rate; those rows are per province and, until an agency enters its
 * published figures, marked as demo data.</li>
 * </ul>
 * A calculation may override any year with a rate the user enters ({@link #withOverrides}).
 */
public final class InterestRates {

	/** The first year with a single national rate. */
	public static final int FIRST_NATIONAL_YEAR = 2016;

	private static final String RESOURCE = "/policy/interest-rates.csv";

	private static final List<Row> ROWS = load();

	private final String province;

	private final Map<Integer, InterestRate> byYear;

	private InterestRates(String province, Map<Integer, InterestRate> byYear) {
		this.province = province;
		this.byYear = Collections.unmodifiableMap(new TreeMap<>(byYear));
	}

	/** The national rates from 2016. */
	public static InterestRates national() {
		return forProvince("");
	}

	/**
	 * The national rates from 2016 plus, for earlier years, the rates of the province (2-digit code; empty for
	 * none).
	 */
	public static InterestRates forProvince(String provinceCode) {
		Map<Integer, InterestRate> rates = new TreeMap<>();
		for (Row row : ROWS) {
			boolean national = row.scope().equals("CN") && row.year() >= FIRST_NATIONAL_YEAR;
			boolean regional = !provinceCode.isEmpty() && row.scope().equals(provinceCode)
					&& row.year() < FIRST_NATIONAL_YEAR;
			if (national || regional) {
				rates.put(row.year(), new InterestRate(row.year(), row.rate(), row.source()));
			}
		}
		return new InterestRates(provinceCode, rates);
	}

	/** These rates with some years replaced by rates the user entered (decimals, e.g. 0.0831). */
	public InterestRates withOverrides(Map<Integer, BigDecimal> entered) {
		Map<Integer, InterestRate> rates = new TreeMap<>(this.byYear);
		entered.forEach((year, rate) -> {
			if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
				throw UserInputException.invalid("interestRates", "policy.interest.rateRange", String.valueOf(year),
						rate.toPlainString());
			}
			rates.put(year, new InterestRate(year, rate, Source.entered("记账利率 " + year)));
		});
		return new InterestRates(this.province, rates);
	}

	public Optional<InterestRate> rate(int year) {
		return Optional.ofNullable(this.byYear.get(year));
	}

	/** The rate of the year, or a refusal naming the year and asking for the rate to be entered. */
	public InterestRate require(int year) {
		return rate(year).orElseThrow(() -> UserInputException.invalid("interestRates", "policy.interest.rateMissing",
				String.valueOf(year)));
	}

	/** Every known rate, by year. */
	public List<InterestRate> all() {
		return new ArrayList<>(this.byYear.values());
	}

	/** The province whose pre-2016 rates are included; empty for national only. */
	public String province() {
		return this.province;
	}

	/** Provinces that have pre-2016 rates in the data. */
	public static List<String> provincesWithRegionalRates() {
		return ROWS.stream().map(Row::scope).filter(scope -> !scope.equals("CN")).distinct().sorted().toList();
	}

	private record Row(String scope, int year, BigDecimal rate, Source source) {
	}

	private static List<Row> load() {
		return PolicyTable.rows(RESOURCE, "scope", 6)
			.stream()
			.map(cells -> new Row(cells[0], Integer.parseInt(cells[1]), new BigDecimal(cells[2]),
					PolicyTable.source(cells)))
			.toList();
	}

}
