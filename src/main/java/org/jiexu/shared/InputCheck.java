package org.jiexu.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Collects the refusals of several field checks so that all of them are reported at once:
 * <pre>
 * InputCheck check = new InputCheck();
 * IdNumber id = check.value(() -&gt; IdNumber.of(request.idNumber()));
 * check.require(name != null &amp;&amp; !name.isBlank(), "name", "registry.person.name.required");
 * check.throwIfRefused();
 * </pre>
 */
public final class InputCheck {

	private final List<UserInputException> refusals = new ArrayList<>();

	/** The parsed value, or null after recording why it was refused. */
	public <T> @Nullable T value(Supplier<T> parse) {
		try {
			return parse.get();
		}
		catch (UserInputException refusal) {
			this.refusals.add(refusal);
			return null;
		}
	}

	public void require(boolean condition, String field, String messageKey, Object... arguments) {
		if (!condition) {
			this.refusals.add(UserInputException.invalid(field, messageKey, arguments));
		}
	}

	/** Records a refusal found without parsing. */
	public void refuse(UserInputException refusal) {
		this.refusals.add(refusal);
	}

	public void throwIfRefused() {
		if (!this.refusals.isEmpty()) {
			throw UserInputException.combine(this.refusals);
		}
	}

}
