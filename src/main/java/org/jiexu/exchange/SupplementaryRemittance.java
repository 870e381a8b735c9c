package org.jiexu.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 补转: what the sending agency remits after a transfer because it was credited to the emptied account later, e.g.
 * the interest of a year posted only after the info table was issued.
 *
 * @param individualAccount from the individual-account fund, yuan at scale 2
 * @param interestYear the year whose interest posting caused it
 * @param remittedOn the day the money left
 */
public record SupplementaryRemittance(UUID messageId, String transferId, String senderAgency, String receiverAgency,
		BigDecimal individualAccount, int interestYear, LocalDate remittedOn) implements ExchangeMessage {

	@Override
	public MessageKind kind() {
		return MessageKind.SUPPLEMENTARY_REMITTANCE;
	}

}
