package org.jiexu.exchange;

/** The kinds of message agencies exchange about a transfer; labels in {@code exchange.kind.*}. */
public enum MessageKind {

	/** 联系函: the receiving agency asks the sending agency to transfer. */
	CONTACT_LETTER(ContactLetter.class),
	/** 信息表: the sending agency's statement of the record and the amounts it moves. */
	INFO_TABLE(TransferInfoTable.class),
	/** 基金划转: the money moved between the agencies' funds. */
	FUND_REMITTANCE(FundRemittance.class),
	/** 办结回执: the receiving agency confirms the transfer is completed. */
	RECEIPT(TransferReceipt.class),
	/** 退回: the sending agency refuses the contact letter, with the reason. */
	REJECTION(TransferRejection.class),
	/** 补转: money credited to the emptied sending account after the transfer (e.g. interest posted later). */
	SUPPLEMENTARY_REMITTANCE(SupplementaryRemittance.class);

	private final Class<? extends ExchangeMessage> type;

	MessageKind(Class<? extends ExchangeMessage> type) {
		this.type = type;
	}

	/** The record that carries a message of this kind. */
	public Class<? extends ExchangeMessage> type() {
		return this.type;
	}

}
