package org.jiexu.transfer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The documents of a transfer a case gives as PDFs, by their names in the API
 * ({@code GET …/documents/contact-letter.pdf}); labels in {@code transfer.document.*}.
 */
public enum TransferDocumentKind {

	/** 基本养老保险关系转移接续联系函 ({@code ContactLetter}): the receiving agency asks the sending agency to transfer. */
	CONTACT_LETTER,
	/** 基本养老保险关系转移接续信息表 ({@code TransferInfoTable}): the sending agency's statement of the amounts moved. */
	INFO_TABLE,
	/** 参保缴费凭证 ({@code ContributionCertificate}): the person's contributions at the sending agency, by year. */
	CONTRIBUTION_CERTIFICATE;

	/** The document a path names ({@code contact-letter}), if any. */
	public static Optional<TransferDocumentKind> byPathName(String name) {
		String constant = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		return Arrays.stream(values()).filter(kind -> kind.name().equals(constant)).findFirst();
	}

	/** Every document's name in the API, for a refusal that lists them. */
	public static String pathNames() {
		return Arrays.stream(values()).map(TransferDocumentKind::pathName).collect(Collectors.joining(", "));
	}

	/** The document's name in the API and in its file name. */
	public String pathName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
