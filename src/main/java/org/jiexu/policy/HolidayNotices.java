package org.jiexu.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the holiday notices: {@code policy/holidays/YYYY.json} (NateScarlet/holiday-cn, MIT, copied unchanged)
 * for every year from {@link #FIRST_PROBED_YEAR} to {@link #LAST_PROBED_YEAR} that has a file, probed one by one
 * so that it works inside a jar (no directory listing), and {@code policy/holiday-notices.csv} for the document
 * numbers. A notice without a row there is cited by its standard title and gov.cn address.
 */
final class HolidayNotices {

	static final int FIRST_PROBED_YEAR = 2010;

	static final int LAST_PROBED_YEAR = 2100;

	private static final String FOLDER = "/policy/holidays/";

	private static final String DOCUMENTS = "/policy/holiday-notices.csv";

	private HolidayNotices() {
	}

	/** The published notices by year. */
	static SortedMap<Integer, HolidayNotice> load() {
		Map<String, Source> documents = documents();
		JsonMapper mapper = JsonMapper.builder().build();
		SortedMap<Integer, HolidayNotice> notices = new TreeMap<>();
		for (int year = FIRST_PROBED_YEAR; year <= LAST_PROBED_YEAR; year++) {
			try (InputStream in = HolidayNotices.class.getResourceAsStream(FOLDER + year + ".json")) {
				if (in != null) {
					notices.put(year, notice(year, mapper.readTree(in), documents));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return notices;
	}

	private static HolidayNotice notice(int year, JsonNode file, Map<String, Source> documents) {
		if (file.path("year").asInt() != year) {
			throw new IllegalStateException(FOLDER + year + ".json is for " + file.path("year").asString());
		}
		List<Source> sources = new ArrayList<>();
		for (JsonNode paper : file.path("papers")) {
			String url = paper.asString();
			sources.add(documents.getOrDefault(url, sources.isEmpty() ? standardTitle(year, url) : supplement(year, url)));
		}
		TreeSet<LocalDate> offDays = new TreeSet<>();
		TreeSet<LocalDate> makeUpDays = new TreeSet<>();
		for (JsonNode day : file.path("days")) {
			LocalDate date = LocalDate.parse(day.path("date").asString());
			if (day.path("isOffDay").asBoolean()) {
				offDays.add(date);
			}
			else if (HolidayNotice.isWeekend(date)) {
				makeUpDays.add(date);
			}
		}
		return new HolidayNotice(year, sources, offDays, makeUpDays);
	}

	private static Source standardTitle(int year, String url) {
		return new Source("《国务院办公厅关于" + year + "年部分节假日安排的通知》（" + url + "）", "", Confidence.MEDIUM_HIGH);
	}

	private static Source supplement(int year, String url) {
		return new Source(year + "年节假日安排的补充通知（" + url + "）", "", Confidence.MEDIUM);
	}

	private static Map<String, Source> documents() {
		try (InputStream in = HolidayNotices.class.getResourceAsStream(DOCUMENTS)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + DOCUMENTS);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			Map<String, Source> documents = new HashMap<>();
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#") || line.startsWith("url,")) {
					continue;
				}
				String[] cells = line.split(",", -1);
				documents.put(cells[0].strip(),
						new Source(cells[1].strip(), "", Confidence.valueOf(cells[2].strip())));
			}
			return documents;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
