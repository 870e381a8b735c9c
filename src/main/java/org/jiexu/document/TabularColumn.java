package org.jiexu.document;

import java.util.List;

/**
 * A column the caller expects in an uploaded table: the key its values are found under in each
 * {@link TabularRow}, the header texts that name it (in every language a template has been issued in, e.g.
 * {@code "身份证号"} and {@code "id_number"}), whether a file without it is refused, and whether a date in it means
 * a month.
 * <p>
 * Headers match ignoring case, spaces, {@code _}, {@code -}, {@code *} and full-width forms, so {@code "ID Number"}
 * and {@code "*身份证号"} also name the column above.
 */
public record TabularColumn(String key, List<String> headerNames, boolean required, boolean month) {

	public TabularColumn {
		if (headerNames.isEmpty()) {
			throw new IllegalArgumentException("Column " + key + " needs at least one header name");
		}
		headerNames = List.copyOf(headerNames);
	}

	public static TabularColumn required(String key, String... headerNames) {
		return new TabularColumn(key, List.of(headerNames), true, false);
	}

	public static TabularColumn optional(String key, String... headerNames) {
		return new TabularColumn(key, List.of(headerNames), false, false);
	}

	/**
	 * The same column holding months: an Excel date in it reads as {@code yyyy-MM} whatever its display format
	 * (Excel turns a typed {@code 2026-01} into the date 2026-01-01).
	 */
	public TabularColumn asMonth() {
		return new TabularColumn(this.key, this.headerNames, this.required, true);
	}

	/** The header names as a refusal lists them: {@code 身份证号/id_number}. */
	String displayName() {
		return String.join("/", this.headerNames);
	}

}
