package org.jiexu.transfer;

/**
 * A transfer document rendered for a reader: the PDF and the name of its file.
 *
 * @param fileName e.g. {@code contact-letter-<transfer id>-1.pdf}
 * @param pdf the A4 PDF with the embedded CJK font
 */
public record TransferDocument(TransferDocumentKind kind, String fileName, byte[] pdf) {
}
