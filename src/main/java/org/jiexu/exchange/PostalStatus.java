package org.jiexu.exchange;

/** Where a postal letter stands; labels in {@code exchange.postal.status.*}. */
public enum PostalStatus {

	/** To be printed and posted (no attempt yet). */
	TO_PRINT,
	/** Posted, with a tracking number; no receipt yet. */
	POSTED,
	/** The receipt (回执) came back: delivered. Final. */
	DELIVERED,
	/** Returned undelivered (退回): to be posted again, with a new tracking number. */
	FAILED

}
