package org.jiexu.notification;

/** The default gateway: nothing leaves the platform; the message stays in the outbox, marked STORED. */
class OutboxSmsGateway implements SmsGateway {

	@Override
	public Delivery send(String phone, String text) {
		return new Delivery("STORED", "outbox", "");
	}

}
