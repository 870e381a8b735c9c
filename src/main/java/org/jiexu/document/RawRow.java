package org.jiexu.document;

import java.util.List;

/** A row as read from the file: its number as the user sees it and the trimmed text of every cell. */
record RawRow(int rowNumber, List<String> cells) {

	boolean isBlank() {
		return this.cells.stream().allMatch(String::isEmpty);
	}

	String cell(int index) {
		return index < this.cells.size() ? this.cells.get(index) : "";
	}

}
