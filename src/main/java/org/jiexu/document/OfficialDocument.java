package org.jiexu.document;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;

import org.jspecify.annotations.Nullable;

/**
 * An A4 PDF in the house style (letters, certificates, statements), built with {@link #titled(String)}. The
 * font is embedded as a subset, so the document looks the same in every viewer and printer. With a
 * {@link PageFooter} the document is laid out twice: once to count the pages, once to write them.
 */
public final class OfficialDocument {

	static final String CREATOR = "Jiexu";

	private final String title;

	private final @Nullable String author;

	private final @Nullable Locale language;

	private final List<PdfBlock> blocks;

	private final @Nullable PageFooter footer;

	OfficialDocument(String title, @Nullable String author, @Nullable Locale language, List<PdfBlock> blocks,
			@Nullable PageFooter footer) {
		this.title = title;
		this.author = author;
		this.language = language;
		this.blocks = List.copyOf(blocks);
		this.footer = footer;
	}

	/** Starts a document with its title (shown on the first page and in the document's properties). */
	public static PdfDocumentBuilder titled(String title) {
		return new PdfDocumentBuilder(title);
	}

	public String title() {
		return this.title;
	}

	/** Writes the PDF; the stream is flushed, not closed. */
	public void writeTo(OutputStream out) {
		int pages = this.footer == null ? 0 : render(OutputStream.nullOutputStream(), 0);
		render(out, pages);
	}

	public byte[] toBytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writeTo(out);
		return out.toByteArray();
	}

	/** Lays the document out into {@code out}; returns the number of pages. */
	private int render(OutputStream out, int pages) {
		Document document = new Document(PageSize.A4, PdfStyle.MARGIN, PdfStyle.MARGIN, PdfStyle.MARGIN,
				PdfStyle.BOTTOM_MARGIN);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setCloseStream(false);
		writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
		FooterEvent footerEvent = new FooterEvent(this.footer, pages);
		writer.setPageEvent(footerEvent);
		document.addTitle(this.title);
		document.addCreator(CREATOR);
		if (this.author != null) {
			document.addAuthor(this.author);
		}
		if (this.language != null) {
			document.setDocumentLanguage(this.language.toLanguageTag());
		}
		document.open();
		this.blocks.forEach(block -> block.addTo(document));
		document.close();
		return footerEvent.pagesSeen();
	}

}
