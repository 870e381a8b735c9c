package org.jiexu.transfer;

import java.time.LocalDate;
import java.util.Locale;

import org.jiexu.exchange.ContactLetter;
import org.jiexu.exchange.MessageKind;
import org.jiexu.identity.CurrentUser;
import org.jiexu.registry.AgencyView;
import org.jiexu.registry.RegistryManagement;
import org.jiexu.shared.Masking;
import org.jiexu.shared.UserInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 基本养老保险关系转移接续联系函: the contact letter of a transfer as it was sent, from the receiving agency to the
 * sending agency, asking it to transfer the relation and the funds within 15 working days (国办发〔2009〕66号
 * 第八条). Drawn from the {@link ContactLetter} message, so both sides print the same letter: the transfer-in the
 * one it sent last, the transfer-out the one it received last.
 */
@Component
class ContactLetterDocument {

	/**
	 * The letter as a reader sees it.
	 *
	 * @param letterNumber the transfer id and the attempt
	 * @param idNumber in full for registrars and the person, masked for other staff
	 * @param steward the receiving agency's steward who sent the letter
	 */
	record View(String transferId, String letterNumber, int attempt, LocalDate sentOn, LocalDate acceptedOn,
			String personName, String idNumber, InsuranceType insuranceType, TransferCategory category,
			AgencyView receiving, AgencyView sending, String steward) {
	}

	private final CaseMessages caseMessages;

	private final RegistryManagement registry;

	private final MessageSource messages;

	ContactLetterDocument(CaseMessages caseMessages, RegistryManagement registry, MessageSource messages) {
		this.caseMessages = caseMessages;
		this.registry = registry;
		this.messages = messages;
	}

	/** The letter is there once sent: on a transfer-in that sent one, and on every transfer-out. */
	static boolean available(TransferCase c) {
		return c.side() == TransferSide.OUT || c.attempt() >= 1;
	}

	View view(CurrentUser user, TransferCase c) {
		CaseMessages.Dated<ContactLetter> dated = this.caseMessages
			.last(c, MessageKind.CONTACT_LETTER, ContactLetter.class)
			.orElseThrow(() -> UserInputException.conflict(null, "transfer.document.contactLetter.notSent"));
		ContactLetter letter = dated.message();
		return new View(letter.transferId(), letter.transferId() + "-" + letter.attempt(), letter.attempt(),
				dated.sentOn(), letter.acceptedOn(), letter.personName(),
				user.seesFullIdentifiersOf(c.personId()) ? letter.idNumber() : Masking.idNumber(letter.idNumber()),
				InsuranceType.valueOf(letter.insuranceType()), TransferCategory.valueOf(letter.category()),
				this.registry.agency(letter.senderAgency()), this.registry.agency(letter.receiverAgency()),
				letter.steward());
	}

	byte[] pdf(View letter, LocalDate today, Locale locale) {
		DocumentWords words = new DocumentWords(this.messages, locale);
		String insuranceType = words.text("transfer.insuranceType." + letter.insuranceType());
		return words.start("transfer.contactLetter.title", letter.receiving())
			.subtitle(words.text("transfer.contactLetter.number", letter.letterNumber()))
			.paragraph(words.text("transfer.contactLetter.salutation", words.agencyName(letter.sending())))
			.paragraph(words.text("transfer.contactLetter.body", letter.personName(), letter.idNumber(),
					insuranceType))
			.paragraph(words.text("transfer.contactLetter.request"))
			.heading(words.text("transfer.contactLetter.details"))
			.meta(words.text("transfer.document.transferId"), letter.transferId())
			.meta(words.text("transfer.contactLetter.attempt"),
					words.text("transfer.contactLetter.attemptValue", letter.attempt()))
			.meta(words.text("transfer.document.personName"), letter.personName())
			.meta(words.text("transfer.document.idNumber"), letter.idNumber())
			.meta(words.text("transfer.document.insuranceType"), insuranceType)
			.meta(words.text("transfer.document.category"),
					words.text("transfer.category." + letter.category()))
			.meta(words.text("transfer.contactLetter.acceptedOn"), letter.acceptedOn().toString())
			.meta(words.text("transfer.document.receivingAgency"), words.agency(letter.receiving()))
			.meta(words.text("transfer.document.sendingAgency"), words.agency(letter.sending()))
			.meta(words.text("transfer.contactLetter.steward"), letter.steward())
			.meta(words.text("transfer.contactLetter.sentOn"), letter.sentOn().toString())
			.signature(words.agencyName(letter.receiving()), letter.sentOn().toString())
			.note(words.text("transfer.contactLetter.note", letter.transferId()))
			.note(words.generated(today))
			.build()
			.toBytes();
	}

}
