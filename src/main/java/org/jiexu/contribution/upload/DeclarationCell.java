package org.jiexu.contribution.upload;

/**
 * One cell of a declaration file as the rules need it: what kind of value it holds and its text. A CSV file
 * only has {@link Kind#TEXT}; a workbook also has numbers (as a plain decimal, e.g. {@code 8000.5}) and dates
 * (ISO, e.g. {@code 2026-01-01}) for cells Excel stores as such.
 */
public record DeclarationCell(Kind kind, String text) {

	public enum Kind {

		EMPTY, TEXT, NUMBER, DATE

	}

	public static final DeclarationCell EMPTY = new DeclarationCell(Kind.EMPTY, "");

	public static DeclarationCell text(String text) {
		return text.isBlank() ? EMPTY : new DeclarationCell(Kind.TEXT, text);
	}

	public boolean isBlank() {
		return this.kind == Kind.EMPTY || this.text.isBlank();
	}

}
