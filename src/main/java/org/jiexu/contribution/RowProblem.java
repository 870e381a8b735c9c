package org.jiexu.contribution;

import java.util.Arrays;
import java.util.List;

import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;

/**
 * What is wrong with one row of an import: the column ({@link DeclarationColumn#field}, null for the row as a
 * whole), the message key and its arguments as text, rendered in the reader's language when read.
 */
record RowProblem(@Nullable String column, String key, List<String> arguments) {

	RowProblem {
		arguments = List.copyOf(arguments);
	}

	static RowProblem of(DeclarationColumn column, String key, Object... arguments) {
		return new RowProblem(column.field, key, Arrays.stream(arguments).map(String::valueOf).toList());
	}

	/** A refusal of a rule (e.g. of an ID number), on the column. */
	static RowProblem of(DeclarationColumn column, UserInputException refusal) {
		return of(column, refusal.messageKey(), refusal.arguments());
	}

}
