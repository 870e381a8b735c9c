package org.jiexu.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jiexu.identity.CurrentUser;
import org.jiexu.shared.UserInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a transfer as PDFs in the reader's language, from a case the reader may see (staff of the case's
 * agency, or the person): the contact letter (联系函) once sent, the info table (信息表) once issued or received,
 * the contribution certificate (参保缴费凭证) on the transfer-out and, once the info table has arrived, on the
 * transfer-in. A document that does not exist yet is refused (409) saying why.
 */
@Service
public class TransferDocuments {

	private final CaseStore store;

	private final ContactLetterDocument letters;

	private final InfoTableDocument infoTables;

	private final ContributionCertificateDocument certificates;

	private final Clock clock;

	TransferDocuments(CaseStore store, ContactLetterDocument letters, InfoTableDocument infoTables,
			ContributionCertificateDocument certificates, Clock clock) {
		this.store = store;
		this.letters = letters;
		this.infoTables = infoTables;
		this.certificates = certificates;
		this.clock = clock;
	}

	/** The documents the case gives now, by their API names (what a page offers to download). */
	static List<String> availableOn(TransferCase c) {
		List<String> kinds = new ArrayList<>();
		if (ContactLetterDocument.available(c)) {
			kinds.add(TransferDocumentKind.CONTACT_LETTER.pathName());
		}
		if (c.pooledFund() != null && c.individualAccount() != null
				&& (c.side() == TransferSide.OUT || c.infoReceivedOn() != null)) {
			kinds.add(TransferDocumentKind.INFO_TABLE.pathName());
		}
		if (c.side() == TransferSide.OUT || c.infoReceivedOn() != null) {
			kinds.add(TransferDocumentKind.CONTRIBUTION_CERTIFICATE.pathName());
		}
		return kinds;
	}

	/** The document of the case named by {@code kindName} ({@code contact-letter}, {@code info-table}, …). */
	@Transactional(readOnly = true)
	public TransferDocument render(CurrentUser user, long caseId, String kindName, Locale locale) {
		TransferCase c = this.store.find(caseId)
			.filter(found -> CaseViews.mayRead(user, found))
			.orElseThrow(() -> UserInputException.notFound("transfer.case.notFound", caseId));
		TransferDocumentKind kind = TransferDocumentKind.byPathName(kindName)
			.orElseThrow(() -> UserInputException.invalid("kind", "transfer.document.unknown", kindName,
					TransferDocumentKind.pathNames()));
		LocalDate today = LocalDate.now(this.clock);
		return switch (kind) {
			case CONTACT_LETTER -> {
				if (!ContactLetterDocument.available(c)) {
					throw UserInputException.conflict(null, "transfer.document.contactLetter.notSent");
				}
				ContactLetterDocument.View letter = this.letters.view(user, c);
				yield new TransferDocument(kind, kind.pathName() + "-" + letter.letterNumber() + ".pdf",
						this.letters.pdf(letter, today, locale));
			}
			case INFO_TABLE -> new TransferDocument(kind, kind.pathName() + "-" + c.transferId() + ".pdf",
					this.infoTables.pdf(this.infoTables.view(user, c), today, locale));
			case CONTRIBUTION_CERTIFICATE -> new TransferDocument(kind,
					kind.pathName() + "-" + c.transferId() + ".pdf",
					this.certificates.pdf(this.certificates.view(user, c, today), locale));
		};
	}

}
