package org.jiexu.exchange;

/**
 * The outbox (messages this deployment sends: done when delivered, owned by the sending agency) or the inbox
 * (messages it received: done when processed, owned by the receiving agency). Labels: {@code exchange.box.*}.
 */
public enum Box {

	OUTBOX("exchange.outbox_message", "delivered_at", "sender_agency"),
	INBOX("exchange.inbox_message", "processed_at", "receiver_agency");

	final String table;

	final String done;

	final String agency;

	Box(String table, String done, String agency) {
		this.table = table;
		this.done = done;
		this.agency = agency;
	}

}
