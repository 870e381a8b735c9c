package org.jiexu.exchange;

import java.util.UUID;

/** 退回: the sending agency refuses a contact letter and says why; a corrected letter may be sent again. */
public record TransferRejection(UUID messageId, String transferId, String senderAgency, String receiverAgency,
		String reason) implements ExchangeMessage {

	@Override
	public MessageKind kind() {
		return MessageKind.REJECTION;
	}

}
