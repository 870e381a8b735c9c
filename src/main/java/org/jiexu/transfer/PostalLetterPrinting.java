package org.jiexu.transfer;

import java.util.Locale;
import java.util.Optional;

import org.jiexu.exchange.PostalLetterDocument;
import org.jiexu.exchange.PostalLetterView;
import org.jiexu.identity.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The document a postal letter carries (decision 30): the sending case's contact letter (联系函) or info table
 * (信息表), the same PDF the case page offers; other kinds of message have none yet.
 */
@Component
class PostalLetterPrinting implements PostalLetterDocument {

	private final CaseStore store;

	private final TransferDocuments documents;

	PostalLetterPrinting(CaseStore store, TransferDocuments documents) {
		this.store = store;
		this.documents = documents;
	}

	@Override
	public Optional<byte[]> pdf(CurrentUser user, PostalLetterView letter, Locale locale) {
		TransferDocumentKind kind = switch (letter.kind()) {
			case CONTACT_LETTER -> TransferDocumentKind.CONTACT_LETTER;
			case INFO_TABLE -> TransferDocumentKind.INFO_TABLE;
			default -> null;
		};
		if (kind == null) {
			return Optional.empty();
		}
		TransferSide side = kind == TransferDocumentKind.CONTACT_LETTER ? TransferSide.IN : TransferSide.OUT;
		return this.store.find(letter.transferId(), side)
			.filter(c -> c.agencyCode().equals(letter.senderAgency()))
			.map(c -> this.documents.render(user, c.id(), kind.pathName(), locale).pdf());
	}

}
