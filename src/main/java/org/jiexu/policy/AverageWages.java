package org.jiexu.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jiexu.shared.UserInputException;

/**
 * The provinces' average wages for contribution-base limits, as data ({@code policy/average-wages.csv}): the
 * monthly 全口径城镇单位就业人员平均工资 (the weighted average of urban non-private and private units' wages that
 * 国办发〔2019〕13号 makes the basis of the base limits), by province and by the contribution year it is announced
 * for. A row carries its announcing document and confidence.
 * <p>
 * Our sources hold no published figures, so the shipped rows (provinces 11, 37, 42, 53 and 61, years 2010–2026)
 * are demo data and say so in their source; an agency replaces them with the published ones.
 */
public final class AverageWages {

	private static final String RESOURCE = "/policy/average-wages.csv";

	private static final AverageWages STANDARD = new AverageWages(PolicyTable.rows(RESOURCE, "province", 6)
		.stream()
		.map(cells -> new AverageWage(cells[0], Integer.parseInt(cells[1]), new BigDecimal(cells[2]),
				PolicyTable.source(cells)))
		.toList());

	/** Until a year's average wage is published, the last published one sets the base limits. */
	public static final Source PROVISIONAL = new Source("各省（区、市）年度社会保险缴费基数上下限通知",
			"新年度缴费基数上下限公布前，暂按上年度缴费基数上下限执行", Confidence.MEDIUM);

	private final Map<String, AverageWage> byKey;

	private AverageWages(List<AverageWage> wages) {
		this.byKey = wages.stream().collect(Collectors.toUnmodifiableMap(wage -> key(wage.province(), wage.year()),
				Function.identity()));
	}

	/** The figures of the data file. */
	public static AverageWages standard() {
		return STANDARD;
	}

	/** The average wage of a province (2-digit code) for a contribution year. */
	public static Optional<AverageWage> of(String province, int year) {
		return STANDARD.find(province, year);
	}

	public Optional<AverageWage> find(String province, int year) {
		return Optional.ofNullable(this.byKey.get(key(province, year)));
	}

	/**
	 * The average wage of the year; for a year after the province's last published one, that last figure, applied
	 * provisionally ({@link #PROVISIONAL}: the base limits of a new year are published during the year, and until
	 * then the last ones apply). Else a refusal naming the province and the year (on the field {@code province}
	 * when the province has no figures at all, else on {@code year}).
	 */
	public AverageWage require(String province, int year) {
		Optional<AverageWage> published = find(province, year);
		if (published.isPresent()) {
			return published.get();
		}
		Optional<AverageWage> last = this.byKey.values()
			.stream()
			.filter(wage -> wage.province().equals(province))
			.max(java.util.Comparator.comparingInt(AverageWage::year));
		if (last.isPresent() && last.get().year() < year) {
			return new AverageWage(province, year, last.get().monthly(), last.get().source(), last.get().year());
		}
		return published.orElseThrow(() -> UserInputException.invalid(last.isPresent() ? "year" : "province",
				"policy.wage.missing", province, String.valueOf(year), provinceName(province)));
	}

	/** Every figure, by province and year. */
	public List<AverageWage> all() {
		return this.byKey.values()
			.stream()
			.sorted((a, b) -> key(a.province(), a.year()).compareTo(key(b.province(), b.year())))
			.toList();
	}

	/** The province's name, or its code when it is not a province. */
	private static String provinceName(String province) {
		return Regions.standard().isProvince(province) ? Regions.standard().find(province).orElseThrow().name()
				: province;
	}

	private static String key(String province, int year) {
		return province + "/" + year;
	}

}
