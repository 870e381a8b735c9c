package org.jiexu.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * Input a user typed was refused. Carries one or more {@link Violation}s, each a message key (resolved in
 * the reader's language by the web layer), its arguments and the field it concerns, and the kind of refusal.
 * Nothing has been changed when this is thrown.
 */
public class UserInputException extends RuntimeException {

	/** What kind of refusal: decides the HTTP status of the problem. */
	public enum Kind {

		/** The value is malformed or breaks a rule: 400. */
		INVALID(400),
		/** The thing asked for does not exist in the user's scope: 404. */
		NOT_FOUND(404),
		/** The value clashes with existing data (a duplicate): 409. */
		CONFLICT(409);

		private final int httpStatus;

		Kind(int httpStatus) {
			this.httpStatus = httpStatus;
		}

		/** The HTTP status that answers this kind of refusal, on pages and in the API. */
		public int httpStatus() {
			return this.httpStatus;
		}

	}

	/** One refused value: the field (null for the request as a whole), the message key and its arguments. */
	public record Violation(@Nullable String field, String messageKey, List<Object> arguments) {

		public Violation {
			arguments = List.copyOf(arguments);
		}

		public Object[] argumentArray() {
			return this.arguments.toArray();
		}

	}

	private final Kind kind;

	private final List<Violation> violations;

	public UserInputException(Kind kind, List<Violation> violations) {
		super(violations.stream()
			.map(v -> (v.field() == null ? "" : v.field() + ": ") + v.messageKey() + " " + v.arguments())
			.collect(Collectors.joining("; ")));
		if (violations.isEmpty()) {
			throw new IllegalArgumentException("A refusal needs at least one violation");
		}
		this.kind = kind;
		this.violations = List.copyOf(violations);
	}

	public static UserInputException invalid(@Nullable String field, String messageKey, Object... arguments) {
		return new UserInputException(Kind.INVALID, List.of(new Violation(field, messageKey, Arrays.asList(arguments))));
	}

	public static UserInputException notFound(String messageKey, Object... arguments) {
		return new UserInputException(Kind.NOT_FOUND,
				List.of(new Violation(null, messageKey, Arrays.asList(arguments))));
	}

	public static UserInputException conflict(@Nullable String field, String messageKey, Object... arguments) {
		return new UserInputException(Kind.CONFLICT,
				List.of(new Violation(field, messageKey, Arrays.asList(arguments))));
	}

	/** All refusals of several checks at once, so that a form shows every bad field together. */
	public static UserInputException combine(List<UserInputException> refusals) {
		List<Violation> all = new ArrayList<>();
		refusals.forEach(refusal -> all.addAll(refusal.violations()));
		return new UserInputException(refusals.get(0).kind(), all);
	}

	public Kind kind() {
		return this.kind;
	}

	public List<Violation> violations() {
		return this.violations;
	}

	/** The first violation: the headline of the refusal. */
	public Violation first() {
		return this.violations.get(0);
	}

	/** The field of the first violation. */
	public @Nullable String field() {
		return first().field();
	}

	/** The message key of the first violation. */
	public String messageKey() {
		return first().messageKey();
	}

	/** The arguments of the first violation's message. */
	public Object[] arguments() {
		return first().argumentArray();
	}

	/**
	 * The refusal's messages in the reader's language, by field ({@code ""} for the request as a whole), in
	 * the order they were found: what a form shows beside its fields.
	 */
	public Map<String, List<String>> messagesByField(MessageSource messages, Locale locale) {
		Map<String, List<String>> byField = new LinkedHashMap<>();
		for (Violation violation : this.violations) {
			byField.computeIfAbsent(violation.field() == null ? "" : violation.field(), field -> new ArrayList<>())
				.add(messages.getMessage(violation.messageKey(), violation.argumentArray(), locale));
		}
		return byField;
	}

}
