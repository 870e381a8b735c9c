package org.jiexu.exchange;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

/**
 * 基本养老保险关系转移接续信息表: the sending agency's statement of the person's record there and the amounts it
 * moves.
 *
 * @param months the contribution months the record holds at the sending agency
 * @param firstMonth the first of them ({@code null} when there is none)
 * @param lastMonth the last of them ({@code null} when there is none)
 * @param pooledFund the amount moved from the pooled fund, yuan at scale 2
 * @param individualAccount the individual account moved, yuan at scale 2
 * @param steward who issued it
 */
public record TransferInfoTable(UUID messageId, String transferId, String senderAgency, String receiverAgency,
		int months, YearMonth firstMonth, YearMonth lastMonth, BigDecimal pooledFund, BigDecimal individualAccount,
		String steward) implements ExchangeMessage {

	@Override
	public MessageKind kind() {
		return MessageKind.INFO_TABLE;
	}

	public BigDecimal total() {
		return this.pooledFund.add(this.individualAccount);
	}

}
