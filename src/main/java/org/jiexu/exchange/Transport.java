package org.jiexu.exchange;

/**
 * Carries a signed message from the sender's outbox to the receiving agency's deployment. Returns once the message
 * is safely there (taken into the inbox, or confirmed by a broker); throws if it is not, and the relay tries again.
 */
interface Transport {

	void deliver(SignedMessage message);

}
