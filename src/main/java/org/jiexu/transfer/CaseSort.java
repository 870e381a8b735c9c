package org.jiexu.transfer;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;

/**
 * The order of a list of cases and of the case ledger, named in the API by {@link #parameter()}: {@code due} (the
 * nearest due date first, cases without a limit last; the default), {@code opened} (the newest first), {@code state}
 * (in the order of the workflow, then by due date), {@code steward} (by username, cases without one last, then by due
 * date) and {@code person} (by name). Ties go by case id, so the order is always the same.
 */
public enum CaseSort {

	DUE, OPENED, STATE, STEWARD, PERSON;

	private static final String BY_DUE = "case when c.due_on is null then 1 else 0 end, c.due_on, c.id";

	/** The sort named by the API parameter (any case); the default when blank; refused (400) when unknown. */
	public static CaseSort of(@Nullable String parameter) {
		if (parameter == null || parameter.isBlank()) {
			return DUE;
		}
		String name = parameter.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(sort -> sort.name().equals(name))
			.findFirst()
			.orElseThrow(() -> UserInputException.invalid("sort", "transfer.sort.unknown", parameter.strip(),
					Arrays.stream(values()).map(CaseSort::parameter).collect(Collectors.joining(", "))));
	}

	/** The name of the sort in the API. */
	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether the order needs the person's name ({@code p}, the registry's published person view). */
	boolean byPerson() {
		return this == PERSON;
	}

	/** The SQL order of the cases ({@code c}). */
	String orderBy() {
		return switch (this) {
			case DUE -> BY_DUE;
			case OPENED -> "c.opened_on desc, c.id desc";
			case STATE -> Arrays.stream(CaseState.values())
				.map(state -> " when '" + state.name() + "' then " + state.ordinal())
				.collect(Collectors.joining("", "case c.state", " end, ")) + BY_DUE;
			case STEWARD -> "case when c.steward is null then 1 else 0 end, c.steward, " + BY_DUE;
			case PERSON -> "p.name, c.id";
		};
	}

}
