package org.jiexu.account;

/**
 * A point where tests stop an interest posting as a crash would: inside a chunk, between the yearly balances and
 * the interest postings.
 */
interface Interruption {

	Interruption NONE = (job, from) -> {
	};

	void between(long jobId, long fromAccountId);

}
