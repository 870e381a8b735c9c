package org.jiexu.shared;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Input a user typed was refused. Carries a message key (resolved in the reader's language by the web
 * layer), its arguments, the field it concerns (if any) and what kind of refusal it is. Nothing has been
 * changed when this is thrown.
 */
public class UserInputException extends RuntimeException {

	/** What kind of refusal: decides the HTTP status of the problem. */
	public enum Kind {

		/** The value is malformed or breaks a rule: 400. */
		INVALID,
		/** The thing asked for does not exist in the user's scope: 404. */
		NOT_FOUND,
		/** The value clashes with existing data (a duplicate): 409. */
		CONFLICT

	}

	private final Kind kind;

	private final String messageKey;

	private final Object[] arguments;

	private final @Nullable String field;

	public UserInputException(Kind kind, String messageKey, @Nullable String field, Object... arguments) {
		super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
		this.kind = kind;
		this.messageKey = messageKey;
		this.field = field;
		this.arguments = arguments.clone();
	}

	public static UserInputException invalid(String field, String messageKey, Object... arguments) {
		return new UserInputException(Kind.INVALID, messageKey, field, arguments);
	}

	public static UserInputException notFound(String messageKey, Object... arguments) {
		return new UserInputException(Kind.NOT_FOUND, messageKey, null, arguments);
	}

	public static UserInputException conflict(String field, String messageKey, Object... arguments) {
		return new UserInputException(Kind.CONFLICT, messageKey, field, arguments);
	}

	public Kind kind() {
		return this.kind;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	public @Nullable String field() {
		return this.field;
	}

	/** The same refusal, reported against another field name (e.g. the request's field). */
	public UserInputException onField(String otherField) {
		return new UserInputException(this.kind, this.messageKey, otherField, this.arguments);
	}

}
