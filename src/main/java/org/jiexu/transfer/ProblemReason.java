package org.jiexu.transfer;

/** Why a problem was opened on a case (the list of issue 5); labels in {@code transfer.problem.reason.*}. */
public enum ProblemReason {

	/** 资料缺失. */
	MISSING_DATA,
	/** 金额不符: the funds received differ from the info table. */
	AMOUNT_MISMATCH,
	/** 重复缴费. */
	DUPLICATE_CONTRIBUTIONS,
	/** 欠费. */
	ARREARS,
	/** 函件无法送达. */
	UNDELIVERABLE_LETTER,
	/** 其他. */
	OTHER

}
