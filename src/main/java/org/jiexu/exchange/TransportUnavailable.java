package org.jiexu.exchange;

/**
 * The transport cannot deliver anything at the moment (the broker is down or unreachable, or does not confirm): the
 * message is not at fault, so the attempt does not count towards its dead letter. The relay keeps the message
 * waiting and tries again after the first backoff until the transport is back (decision 26).
 */
class TransportUnavailable extends RuntimeException {

	TransportUnavailable(String message) {
		super(message);
	}

	TransportUnavailable(String message, Throwable cause) {
		super(message, cause);
	}

}
