package org.jiexu.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The GB/T 2260 administrative divisions: 31 provinces, their prefectures and counties, as published by
 * the National Bureau of Statistics (2023-06-30), from modood/Administrative-divisions-of-China. Six-digit
 * codes of counties that were abolished before 2023 are not in the list; identity numbers issued there
 * stay valid (see {@link IdNumber}).
 */
public final class Regions {

	/** Where the list comes from, for explanations. */
	public static final String SOURCE = "GB/T 2260 (国家统计局 2023-06-30 行政区划代码)";

	private static final Regions STANDARD = load();

	private final Map<String, Region> byCode;

	private final List<Region> provinces;

	private Regions(Map<String, Region> byCode) {
		this.byCode = Collections.unmodifiableMap(byCode);
		this.provinces = byCode.values()
			.stream()
			.filter(region -> region.code().length() == 2)
			.sorted(Comparator.comparing(Region::code))
			.toList();
	}

	/** The published list, loaded once from the classpath. */
	public static Regions standard() {
		return STANDARD;
	}

	/**
	 * A region by its 2-, 4- or 6-digit code; a 6-digit code ending in {@code 0000} or {@code 00} also finds
	 * its province or prefecture, unless it is itself listed as a county ({@code 441900} 东莞市).
	 */
	public Optional<Region> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		if (this.byCode.containsKey(code)) {
			return Optional.of(this.byCode.get(code));
		}
		String key = code;
		if (key.length() == 6 && key.endsWith("0000")) {
			key = key.substring(0, 2);
		}
		else if (key.length() == 6 && key.endsWith("00")) {
			key = key.substring(0, 4);
		}
		return Optional.ofNullable(this.byCode.get(key));
	}

	/** The province-level regions (2-digit codes), in code order. */
	public List<Region> provinces() {
		return this.provinces;
	}

	public boolean isProvince(String twoDigits) {
		return twoDigits != null && twoDigits.length() == 2 && this.byCode.containsKey(twoDigits);
	}

	/** The province a code of any length belongs to. */
	public Optional<Region> provinceOf(String code) {
		return (code == null || code.length() < 2) ? Optional.empty() : find(code.substring(0, 2));
	}

	/** The most precise region known for a 6-digit code: the county, else its prefecture, else province. */
	public Optional<Region> closest(String sixDigits) {
		if (sixDigits == null || sixDigits.length() != 6) {
			return Optional.empty();
		}
		return find(sixDigits).or(() -> find(sixDigits.substring(0, 4))).or(() -> find(sixDigits.substring(0, 2)));
	}

	/** The full name of the closest known region of a 6-digit code, or the code itself when none is known. */
	/** The code followed by the region's full name ({@code 42 湖北省}), or the code alone if unknown: for figures. */
	public String labelOf(String code) {
		return find(code).map(region -> code + " " + region.fullName()).orElse(code);
	}

	public String fullNameOf(String sixDigits) {
		return closest(sixDigits).map(Region::fullName).orElse(sixDigits);
	}

	/** Every county-level (6-digit) region, in code order. */
	public List<Region> counties() {
		return this.byCode.values().stream().filter(r -> r.code().length() == 6).toList();
	}

	public int size() {
		return this.byCode.size();
	}

	private static Regions load() {
		Map<String, Region> regions = new LinkedHashMap<>();
		for (List<String> row : read("provinces.csv")) {
			regions.put(row.get(0), new Region(row.get(0), row.get(1), row.get(1), row.get(0)));
		}
		for (List<String> row : read("cities.csv")) {
			Region province = regions.get(row.get(2));
			String name = row.get(1);
			String fullName = isPlaceholder(name) ? province.fullName() : province.fullName() + name;
			regions.put(row.get(0), new Region(row.get(0), name, fullName, row.get(2)));
		}
		for (List<String> row : read("areas.csv")) {
			Region city = regions.get(row.get(2));
			String name = row.get(1);
			// a prefecture-level city without counties (东莞市 441900, 嘉峪关市 620201) is listed again as its own county
			String fullName = name.equals(city.name()) ? city.fullName() : city.fullName() + name;
			regions.put(row.get(0), new Region(row.get(0), name, fullName, row.get(3)));
		}
		return new Regions(regions);
	}

	// 市辖区 / 县 / 省直辖县级行政区划 are grouping rows, not places of their own
	private static boolean isPlaceholder(String name) {
		return name.equals("市辖区") || name.equals("县") || name.startsWith("省直辖") || name.startsWith("自治区直辖");
	}

	private static List<List<String>> read(String file) {
		String path = "/policy/regions/" + file;
		try (InputStream in = Regions.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Region list missing from the classpath: " + path);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<List<String>> rows = new ArrayList<>();
			reader.readLine(); // header
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					rows.add(splitCsv(line));
				}
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> splitCsv(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (char c : line.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}

}
