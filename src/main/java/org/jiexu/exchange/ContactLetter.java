package org.jiexu.exchange;

import java.time.LocalDate;
import java.util.UUID;

/**
 * 基本养老保险关系转移接续联系函: the receiving agency asks the sending agency to transfer the person's relation.
 *
 * @param attempt 1 for the first letter, 2 or 3 for a corrected letter re-sent after a rejection
 * @param idNumber the person's ID number in full (the agencies need it to find the person)
 * @param acceptedOn the day the receiving agency accepted the application
 * @param steward who sent it
 */
public record ContactLetter(UUID messageId, String transferId, String senderAgency, String receiverAgency,
		int attempt, String idNumber, String personName, String insuranceType, String category,
		LocalDate acceptedOn, String steward) implements ExchangeMessage {

	@Override
	public MessageKind kind() {
		return MessageKind.CONTACT_LETTER;
	}

}
