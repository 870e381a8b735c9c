package org.jiexu.transfer;

/** Which side of a transfer a case is; labels in {@code transfer.side.*}. */
public enum TransferSide {

	/** 转入: the receiving (new) agency's case. */
	IN,
	/** 转出: the sending (old) agency's case. */
	OUT

}
