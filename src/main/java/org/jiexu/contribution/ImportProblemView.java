package org.jiexu.contribution;

import org.jspecify.annotations.Nullable;

/**
 * One problem of a bad row: the row number as Excel shows it, the column ({@code idNumber}, {@code name},
 * {@code month}, {@code base}; null for the row as a whole) with its label, the message key and the message in
 * the reader's language.
 */
public record ImportProblemView(long row, @Nullable String column, @Nullable String columnLabel, String code,
		String message) {
}
