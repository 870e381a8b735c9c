package org.jiexu.document;

/** The text of a cell as a user means it: without surrounding spaces of any kind. */
final class CellText {

	private CellText() {
	}

	/** Strips whitespace, including the ideographic space, no-break spaces and zero-width marks. */
	static String clean(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && isSpace(text.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
	}

}
