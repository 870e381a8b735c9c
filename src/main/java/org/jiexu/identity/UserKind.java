package org.jiexu.identity;

/** The three kinds of user, each with its own scope. */
public enum UserKind {

	/** Agency staff: scoped to one agency. */
	STAFF,
	/** An employer's handler: scoped to one employer. */
	EMPLOYER_HANDLER,
	/** An insured person: scoped to themselves. */
	INSURED_PERSON

}
