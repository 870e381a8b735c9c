package org.jiexu.document;

import java.util.Map;

/**
 * One data row of an uploaded table. {@code rowNumber} is the row as the user sees it in Excel (the header is
 * row 1, the first data row usually 2; a CSV record with a line break inside a quoted cell is one row).
 * {@code cells} holds the trimmed text of each expected column found in the file, by
 * {@link TabularColumn#key()}; empty cells are {@code ""}.
 */
public record TabularRow(int rowNumber, Map<String, String> cells) {

	public TabularRow {
		cells = Map.copyOf(cells);
	}

	/** The text of a column; {@code ""} for an empty cell or an optional column the file does not have. */
	public String get(String key) {
		return this.cells.getOrDefault(key, "");
	}

}
