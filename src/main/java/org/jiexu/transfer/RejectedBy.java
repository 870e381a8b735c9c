package org.jiexu.transfer;

/** Which agency refused a transfer-in: its own (the application) or the sending agency (the letter). */
public enum RejectedBy {

	RECEIVING,
	SENDING

}
