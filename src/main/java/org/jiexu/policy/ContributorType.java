package org.jiexu.policy;

/** Who pays pension contributions on a base: an employer with its employee, or a flexible worker alone. */
public enum ContributorType {

	/** 职工: the employer pays to the pooled fund, the employee pays into the individual account. */
	EMPLOYEE,
	/** 灵活就业人员 ({@code FlexibleWorker}): pays the whole, part of it credited to the individual account. */
	FLEXIBLE_WORKER

}
