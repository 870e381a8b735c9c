package org.jiexu.exchange;

/** Why a postal letter came back undelivered (退回原因); labels in {@code exchange.postal.failure.*}. */
public enum PostalFailure {

	/** 地址不详. */
	ADDRESS_UNKNOWN,
	/** 查无此单位. */
	NO_SUCH_ADDRESSEE,
	/** 迁移新址不明. */
	MOVED,
	/** 拒收. */
	REFUSED,
	/** 逾期无人领取. */
	UNCLAIMED,
	/** 其他 (the note says what). */
	OTHER

}
