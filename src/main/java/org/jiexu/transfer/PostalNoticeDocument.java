package org.jiexu.transfer;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jiexu.exchange.Exchange;
import org.jiexu.exchange.ExchangeMessage;
import org.jiexu.exchange.FundRemittance;
import org.jiexu.exchange.MessageKind;
import org.jiexu.exchange.SupplementaryRemittance;
import org.jiexu.exchange.TransferReceipt;
import org.jiexu.exchange.TransferRejection;
import org.jiexu.identity.CurrentUser;
import org.jiexu.registry.AgencyView;
import org.jiexu.registry.PersonRelations;
import org.jiexu.registry.RegistryManagement;
import org.jiexu.shared.Masking;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The letters a transfer sends besides the contact letter and the info table, printed for an agency not connected
 * to the exchange (decision 30): the notice of the funds remitted (基金划转通知), the receipt that the transfer is
 * completed (回执), the refusal with its reason (退回告知) and the notice of a supplementary remittance (补转通知).
 * Drawn from the message as it left the outbox, addressed to the receiving agency, with the person named (the ID
 * number masked unless the reader's role needs it in full).
 */
@Component
class PostalNoticeDocument {

	private final Exchange exchange;

	private final RegistryManagement registry;

	private final MessageSource messages;

	PostalNoticeDocument(Exchange exchange, RegistryManagement registry, MessageSource messages) {
		this.exchange = exchange;
		this.registry = registry;
		this.messages = messages;
	}

	/** Whether a notice prints for messages of the kind. */
	static boolean prints(MessageKind kind) {
		return kind == MessageKind.FUND_REMITTANCE || kind == MessageKind.RECEIPT || kind == MessageKind.REJECTION
				|| kind == MessageKind.SUPPLEMENTARY_REMITTANCE;
	}

	/** The notice of the sent message, for the sending agency's case; empty for a kind that has none. */
	Optional<byte[]> pdf(CurrentUser user, TransferCase c, String messageId, LocalDate today, Locale locale) {
		ExchangeMessage message = this.exchange.sent(UUID.fromString(messageId));
		if (!prints(message.kind())) {
			return Optional.empty();
		}
		DocumentWords words = new DocumentWords(this.messages, locale);
		AgencyView sender = this.registry.agency(message.senderAgency());
		AgencyView receiver = this.registry.agency(message.receiverAgency());
		PersonRelations person = this.registry.relationsOf(c.personId()).orElseThrow();
		String name = person.person().name();
		String idNumber = user.seesFullIdentifiersOf(c.personId()) ? person.person().idNumber()
				: Masking.idNumber(person.person().idNumber());
		String prefix = "transfer.notice." + message.kind() + ".";
		var document = words.start(prefix + "title", sender)
			.subtitle(words.text("transfer.notice.number", message.transferId()))
			.paragraph(words.text("transfer.contactLetter.salutation", words.agencyName(receiver)))
			.paragraph(body(words, prefix, message, name, idNumber));
		if (message instanceof TransferRejection rejection) {
			document.paragraph(rejection.reason());
		}
		return Optional.of(document.heading(words.text("transfer.contactLetter.details"))
			.meta(words.text("transfer.document.transferId"), message.transferId())
			.meta(words.text("transfer.document.personName"), name)
			.meta(words.text("transfer.document.idNumber"), idNumber)
			.meta(words.text("transfer.document.sendingAgency"),
					words.agency(c.side() == TransferSide.OUT ? sender : receiver))
			.meta(words.text("transfer.document.receivingAgency"),
					words.agency(c.side() == TransferSide.OUT ? receiver : sender))
			.signature(words.agencyName(sender), today.toString())
			.note(words.text("transfer.notice.note", message.transferId()))
			.note(words.generated(today))
			.build()
			.toBytes());
	}

	private static String body(DocumentWords words, String prefix, ExchangeMessage message, String name,
			String idNumber) {
		if (message instanceof FundRemittance funds) {
			return words.text(prefix + "body", name, idNumber, funds.remittedOn().toString(),
					DocumentWords.money(funds.pooledFund()), DocumentWords.money(funds.individualAccount()),
					DocumentWords.money(funds.pooledFund().add(funds.individualAccount())));
		}
		if (message instanceof TransferReceipt receipt) {
			return words.text(prefix + "body", name, idNumber, receipt.completedOn().toString());
		}
		if (message instanceof SupplementaryRemittance supplement) {
			return words.text(prefix + "body", name, idNumber, String.valueOf(supplement.interestYear()),
					DocumentWords.money(supplement.individualAccount()), supplement.remittedOn().toString());
		}
		return words.text(prefix + "body", name, idNumber);
	}

}
