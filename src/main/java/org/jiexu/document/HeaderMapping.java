package org.jiexu.document;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where each expected column is in the file, found by its header. Unknown columns are ignored; a missing
 * required column, or a column named twice, is refused with the columns the file does have.
 */
final class HeaderMapping {

	private static final Pattern IGNORED = Pattern.compile("[\\s_\\-*]+");

	/** Column key → 0-based index in the file, for the expected columns the file has. */
	private final Map<String, Integer> indexes;

	private HeaderMapping(Map<String, Integer> indexes) {
		this.indexes = indexes;
	}

	static HeaderMapping of(RawRow header, List<TabularColumn> columns) {
		Map<String, TabularColumn> byName = byNormalisedName(columns);
		Map<String, Integer> indexes = new HashMap<>();
		for (int index = 0; index < header.cells().size(); index++) {
			TabularColumn column = byName.get(normalise(header.cell(index)));
			if (column == null) {
				continue;
			}
			Integer earlier = indexes.putIfAbsent(column.key(), index);
			if (earlier != null) {
				throw TableRefusals.duplicateColumn(column.displayName(), TableRefusals.columnLetters(earlier),
						TableRefusals.columnLetters(index));
			}
		}
		List<String> missing = columns.stream()
			.filter(column -> column.required() && !indexes.containsKey(column.key()))
			.map(TabularColumn::displayName)
			.toList();
		if (!missing.isEmpty()) {
			List<String> found = header.cells().stream().filter(cell -> !cell.isEmpty()).toList();
			throw TableRefusals.missingColumns(String.join(", ", missing), String.join(", ", found));
		}
		return new HeaderMapping(indexes);
	}

	boolean has(String key) {
		return this.indexes.containsKey(key);
	}

	/** The 0-based file columns of the given expected columns. */
	BitSet indexesOf(List<TabularColumn> columns) {
		BitSet result = new BitSet();
		columns.stream()
			.filter(column -> this.indexes.containsKey(column.key()))
			.forEach(column -> result.set(this.indexes.get(column.key())));
		return result;
	}

	TabularRow row(RawRow raw) {
		Map<String, String> cells = new HashMap<>();
		this.indexes.forEach((key, index) -> cells.put(key, raw.cell(index)));
		return new TabularRow(raw.rowNumber(), cells);
	}

	static String normalise(String header) {
		String folded = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		return IGNORED.matcher(folded).replaceAll("");
	}

	private static Map<String, TabularColumn> byNormalisedName(List<TabularColumn> columns) {
		Map<String, TabularColumn> byName = new HashMap<>();
		List<String> clashes = new ArrayList<>();
		for (TabularColumn column : columns) {
			for (String name : column.headerNames()) {
				TabularColumn other = byName.putIfAbsent(normalise(name), column);
				if (other != null && other != column) {
					clashes.add(name);
				}
			}
		}
		if (!clashes.isEmpty()) {
			throw new IllegalArgumentException("Header names given to more than one column: " + clashes);
		}
		return byName;
	}

}
