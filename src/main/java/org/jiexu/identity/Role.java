package org.jiexu.identity;

/**
 * What a user may do. Staff roles belong to agency staff; {@link #EMPLOYER_HANDLER} and
 * {@link #INSURED_PERSON} are the roles of the two kinds of outside user. Labels come from the message
 * files ({@code identity.role.*}).
 */
public enum Role {

	/** System administrator of an agency: users and reference data. */
	ADMIN,
	/** Head of a section (科长): monitoring, assignments, everything a steward does. */
	SUPERVISOR,
	/** Steward (管家): owns transfer cases end to end. */
	STEWARD,
	/** General teller (综合柜员) at the one-window service hall. */
	TELLER,
	/** Checker of maker–checker reviews (复核). */
	REVIEWER,
	/** Internal or external auditor: reads, never writes, sees masked identifiers. */
	AUDITOR,
	/** Veterans affairs officer: retired soldiers' back-payment program. */
	VETERANS_OFFICER,
	/** Verifier in the pension, medical or low-income office. */
	DEPT_VERIFIER,
	/** Outreach officer (包保责任人) for unemployed people. */
	OUTREACH_OFFICER,
	/** An employer's handler (专管员). */
	EMPLOYER_HANDLER,
	/** An insured person acting for themselves. */
	INSURED_PERSON;

	public boolean isStaffRole() {
		return this != EMPLOYER_HANDLER && this != INSURED_PERSON;
	}

}
