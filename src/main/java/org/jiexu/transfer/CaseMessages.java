package org.jiexu.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jiexu.exchange.Exchange;
import org.jiexu.exchange.ExchangeMessage;
import org.jiexu.exchange.MessageKind;
import org.jiexu.exchange.MessageView;
import org.springframework.stereotype.Component;

/**
 * The messages a case's documents are drawn from, as they were exchanged: the contact letter the transfer-in sent or
 * the transfer-out received, the info table the transfer-out issued or the transfer-in received.
 */
@Component
class CaseMessages {

	/** A message and the day it was sent (in the deployment's time zone). */
	record Dated<T extends ExchangeMessage>(T message, LocalDate sentOn) {
	}

	private final Exchange exchange;

	private final Clock clock;

	CaseMessages(Exchange exchange, Clock clock) {
		this.exchange = exchange;
		this.clock = clock;
	}

	/**
	 * The last message of the kind that the case's agency sent, or received (taken into its inbox), about the case's
	 * transfer; empty if there is none.
	 */
	<T extends ExchangeMessage> Optional<Dated<T>> last(TransferCase c, MessageKind kind, Class<T> type) {
		List<MessageView> messages = this.exchange.messagesOf(c.transferId(), c.agencyCode());
		for (int i = messages.size() - 1; i >= 0; i--) {
			MessageView view = messages.get(i);
			if (view.kind() != kind) {
				continue;
			}
			UUID id = UUID.fromString(view.messageId());
			LocalDate sentOn = LocalDate.ofInstant(view.sentAt(), this.clock.getZone());
			if (view.senderAgency().equals(c.agencyCode())) {
				return Optional.of(new Dated<>(type.cast(this.exchange.sent(id)), sentOn));
			}
			if (view.receiverAgency().equals(c.agencyCode()) && view.receivedAt() != null) {
				return Optional.of(new Dated<>(type.cast(this.exchange.received(id)), sentOn));
			}
		}
		return Optional.empty();
	}

}
