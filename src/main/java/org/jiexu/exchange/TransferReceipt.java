package org.jiexu.exchange;

import java.time.LocalDate;
import java.util.UUID;

/** 办结回执: the receiving agency tells the sending agency that it has completed the transfer. */
public record TransferReceipt(UUID messageId, String transferId, String senderAgency, String receiverAgency,
		LocalDate completedOn) implements ExchangeMessage {

	@Override
	public MessageKind kind() {
		return MessageKind.RECEIPT;
	}

}
