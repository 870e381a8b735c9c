package org.jiexu.exchange;

import java.util.UUID;

/**
 * A message from one agency to another about one transfer: the envelope (its id, the transfer it belongs to, who
 * sends it to whom) and, in each implementing record, the content of its kind.
 */
public sealed interface ExchangeMessage
		permits ContactLetter, TransferInfoTable, FundRemittance, TransferReceipt, TransferRejection,
		SupplementaryRemittance {

	/** Unique for every message sent: the receiver takes each id once. */
	UUID messageId();

	/** The transfer both agencies' cases belong to. */
	String transferId();

	String senderAgency();

	String receiverAgency();

	MessageKind kind();

}
