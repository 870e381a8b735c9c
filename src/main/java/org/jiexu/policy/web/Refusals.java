package org.jiexu.policy.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;

/** Parses several fields and refuses them all together, so that a form shows every bad field at once. */
final class Refusals {

	private final List<UserInputException> refusals = new ArrayList<>();

	/** The parsed value, or {@code null} after recording its refusal. */
	<T> @Nullable T parse(Supplier<T> parser) {
		try {
			return parser.get();
		}
		catch (UserInputException refusal) {
			this.refusals.add(refusal);
			return null;
		}
	}

	/** Records a refusal found without parsing. */
	void add(UserInputException refusal) {
		this.refusals.add(refusal);
	}

	/** Refuses with everything recorded so far, if anything. */
	void throwIfAny() {
		if (!this.refusals.isEmpty()) {
			throw UserInputException.combine(this.refusals);
		}
	}

}
