package org.jiexu.document;

import org.jiexu.shared.UserInputException;

/** The refusals of an uploaded table ({@code document.table.*} messages), about the file as a whole. */
final class TableRefusals {

	/** Excel's limit on the text of one cell. */
	static final int MAX_CELL_LENGTH = 32_767;

	/** Excel's limit on the columns of a sheet. */
	static final int MAX_COLUMNS = 16_384;

	private TableRefusals() {
	}

	static UserInputException empty() {
		return refuse("document.table.empty");
	}

	static UserInputException noRows() {
		return refuse("document.table.noRows");
	}

	static UserInputException missingColumns(String missing, String found) {
		return refuse("document.table.missingColumns", missing, found);
	}

	static UserInputException duplicateColumn(String header, String firstColumn, String secondColumn) {
		return refuse("document.table.duplicateColumn", header, firstColumn, secondColumn);
	}

	static UserInputException notUtf8(int row) {
		return refuse("document.table.notUtf8", Integer.toString(row));
	}

	static UserInputException oldExcel() {
		return refuse("document.table.oldExcel");
	}

	static UserInputException unreadable() {
		return refuse("document.table.unreadable");
	}

	static UserInputException unclosedQuote(int row) {
		return refuse("document.table.unclosedQuote", Integer.toString(row));
	}

	static UserInputException cellTooLong(int row) {
		return refuse("document.table.cellTooLong", Integer.toString(row), Integer.toString(MAX_CELL_LENGTH));
	}

	static UserInputException tooManyColumns(int row) {
		return refuse("document.table.tooManyColumns", Integer.toString(row), Integer.toString(MAX_COLUMNS));
	}

	/** Excel's name of a 0-based column index: A, B, …, Z, AA, … */
	static String columnLetters(int index) {
		StringBuilder letters = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

	/** Numbers are passed as text, so that a row reads 100000 and not 100,000. */
	private static UserInputException refuse(String key, Object... arguments) {
		return UserInputException.invalid(null, key, arguments);
	}

}
