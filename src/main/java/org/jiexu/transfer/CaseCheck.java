package org.jiexu.transfer;

import java.util.List;

/**
 * One check of a case before its next step, with its outcome and what it rests on. {@code messageKey} and
 * {@code arguments} give the finding in the reader's language.
 */
public record CaseCheck(String code, Outcome outcome, String messageKey, List<Object> arguments) {

	/** Labels in {@code transfer.check.outcome.*}. */
	public enum Outcome {

		/** Nothing stands in the way. */
		PASS,
		/** The steward should look: it does not block the step. */
		WARN,
		/** The step is refused until it is resolved (or the case is rejected). */
		FAIL

	}

	public CaseCheck {
		arguments = List.copyOf(arguments);
	}

	static CaseCheck of(String code, Outcome outcome, String messageKey, Object... arguments) {
		return new CaseCheck(code, outcome, messageKey, List.of(arguments));
	}

}
