package org.jiexu.contribution;

/** Where a base declaration (缴费基数申报) stands; labels in {@code contribution.declaration.state.*}. */
public enum BaseDeclarationState {

	/** The base contributions are computed on for the year, from payments made now on. */
	IN_FORCE,
	/** A change of a base in force, waiting for a reviewer of the agency (maker–checker). */
	PENDING_REVIEW,
	/** Was in force until a later declaration replaced it. */
	SUPERSEDED,
	/** A change the reviewer refused, with the reason. */
	REJECTED

}
