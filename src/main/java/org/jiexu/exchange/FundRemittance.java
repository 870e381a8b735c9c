package org.jiexu.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 基金划转: the money the sending agency's funds remit to the receiving agency's for one transfer.
 *
 * @param pooledFund from the pooled fund, yuan at scale 2
 * @param individualAccount from the individual-account fund, yuan at scale 2
 * @param remittedOn the day the money left
 */
public record FundRemittance(UUID messageId, String transferId, String senderAgency, String receiverAgency,
		BigDecimal pooledFund, BigDecimal individualAccount, LocalDate remittedOn) implements ExchangeMessage {

	@Override
	public MessageKind kind() {
		return MessageKind.FUND_REMITTANCE;
	}

	public BigDecimal total() {
		return this.pooledFund.add(this.individualAccount);
	}

}
