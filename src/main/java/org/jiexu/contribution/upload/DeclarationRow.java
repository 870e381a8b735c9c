package org.jiexu.contribution.upload;

import java.util.List;

/**
 * One row of a declaration file: its number as Excel shows it (the header is row 1 when it is the first line)
 * and its cells by column, from the first column.
 */
public record DeclarationRow(long number, List<DeclarationCell> cells) {

	public DeclarationRow {
		cells = List.copyOf(cells);
	}

	/** The cell in the column (from 0), empty beyond the last cell. */
	public DeclarationCell cell(int column) {
		return column < this.cells.size() ? this.cells.get(column) : DeclarationCell.EMPTY;
	}

	public boolean isBlank() {
		return this.cells.stream().allMatch(DeclarationCell::isBlank);
	}

}
