package org.jiexu.notification;

/**
 * Where SMS go. The default ({@code jiexu.sms.provider=outbox}) keeps them in the outbox for administrators to read;
 * {@code http} posts each to a provider ({@link HttpSmsGateway}). A gateway never throws for a message it could not
 * deliver: it says so in its {@link Delivery}.
 */
public interface SmsGateway {

	/** What happened to one message. {@code state}: STORED (outbox only), SENT, FAILED. */
	record Delivery(String state, String provider, String detail) {
	}

	Delivery send(String phone, String text);

}
