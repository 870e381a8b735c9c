package org.jiexu.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.jiexu.exchange.PostalLetterDocument;
import org.jiexu.exchange.PostalLetterView;
import org.jiexu.identity.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The document a postal letter carries (decision 30): the sending case's contact letter (联系函) or info table
 * (信息表), the same PDF the case page offers; for the funds remitted, the receipt, a refusal and a supplementary
 * remittance, the notice that says so ({@link PostalNoticeDocument}).
 */
@Component
class PostalLetterPrinting implements PostalLetterDocument {

	private final CaseStore store;

	private final TransferDocuments documents;

	private final PostalNoticeDocument notices;

	private final Clock clock;

	PostalLetterPrinting(CaseStore store, TransferDocuments documents, PostalNoticeDocument notices, Clock clock) {
		this.store = store;
		this.documents = documents;
		this.notices = notices;
		this.clock = clock;
	}

	@Override
	public Optional<byte[]> pdf(CurrentUser user, PostalLetterView letter, Locale locale) {
		if (PostalNoticeDocument.prints(letter.kind())) {
			return sendingCase(letter, TransferSide.OUT).or(() -> sendingCase(letter, TransferSide.IN))
				.filter(c -> CaseViews.mayRead(user, c))
				.flatMap(c -> this.notices.pdf(user, c, letter.messageId(), LocalDate.now(this.clock), locale));
		}
		TransferDocumentKind kind = switch (letter.kind()) {
			case CONTACT_LETTER -> TransferDocumentKind.CONTACT_LETTER;
			case INFO_TABLE -> TransferDocumentKind.INFO_TABLE;
			default -> null;
		};
		if (kind == null) {
			return Optional.empty();
		}
		TransferSide side = kind == TransferDocumentKind.CONTACT_LETTER ? TransferSide.IN : TransferSide.OUT;
		return sendingCase(letter, side).map(c -> this.documents.render(user, c.id(), kind.pathName(), locale).pdf());
	}

	/** The case of the letter's transfer on the side given, if it is the sending agency's. */
	private Optional<TransferCase> sendingCase(PostalLetterView letter, TransferSide side) {
		return this.store.find(letter.transferId(), side).filter(c -> c.agencyCode().equals(letter.senderAgency()));
	}

}
