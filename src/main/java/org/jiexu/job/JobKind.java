package org.jiexu.job;

/** What a job does; labels come from the message files ({@code job.kind.*}). */
public enum JobKind {

	/** Yearly interest posting (年度结息) for one agency's individual accounts. */
	INTEREST_POSTING,
	/** Validating and importing a monthly contribution declaration file. */
	CONTRIBUTION_IMPORT

}
