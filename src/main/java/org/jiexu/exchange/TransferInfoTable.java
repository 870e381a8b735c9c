package org.jiexu.exchange;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
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
 * @param history every month of the record, in order (empty in messages issued before it was carried)
 */
public record TransferInfoTable(UUID messageId, String transferId, String senderAgency, String receiverAgency,
		int months, YearMonth firstMonth, YearMonth lastMonth, BigDecimal pooledFund, BigDecimal individualAccount,
		String steward, List<InfoTableMonth> history) implements ExchangeMessage {

	public TransferInfoTable {
		history = history == null ? List.of() : List.copyOf(history);
	}

	@Override
	public MessageKind kind() {
		return MessageKind.INFO_TABLE;
	}

	public BigDecimal total() {
		return this.pooledFund.add(this.individualAccount);
	}

}
