package org.jiexu.contribution;

/**
 * Where a monthly declaration import stands; labels in {@code contribution.import.state.*}. A file is validated
 * (every row checked and staged) and then, when the user asks, its good rows are imported.
 */
public enum ImportState {

	/** The rows are being checked. */
	VALIDATING,
	/** Checked: the report is ready and the good rows can be imported. */
	VALIDATED,
	/** The file as a whole was refused while its rows were read (e.g. a broken workbook); nothing staged counts. */
	REFUSED,
	/** The check stopped (the application stopped, or an unexpected error); upload the file again. */
	FAILED,
	/** The good rows are being written as contribution records. */
	IMPORTING,
	/** The good rows are contribution records, with their account credits. */
	IMPORTED,
	/**
	 * Checked, but not imported within the days the checked rows are kept ({@code ImportExpiry}); the report stays,
	 * and the file can be uploaded again.
	 */
	EXPIRED;

	public boolean isRunning() {
		return this == VALIDATING || this == IMPORTING;
	}

}
