package org.jiexu.document;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import org.jspecify.annotations.Nullable;

/**
 * Counts the pages and, once the number of pages is known (second rendering), draws the footer centred at the
 * foot of each page.
 */
final class FooterEvent extends PdfPageEventHelper {

	private final @Nullable PageFooter footer;

	private final int pages;

	private int page;

	/** @param pages the number of pages, or 0 on a first rendering that only counts them */
	FooterEvent(@Nullable PageFooter footer, int pages) {
		this.footer = footer;
		this.pages = pages;
	}

	@Override
	public void onEndPage(PdfWriter writer, Document document) {
		this.page++;
		if (this.footer == null || this.pages == 0) {
			return;
		}
		Phrase text = new Phrase(this.footer.text(this.page, this.pages), PdfStyle.Text.FOOTER.font());
		float x = (document.left() + document.right()) / 2;
		float y = PdfStyle.BOTTOM_MARGIN / 2 - PdfStyle.Text.FOOTER.size() / 2;
		ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, text, x, y, 0);
	}

	int pagesSeen() {
		return this.page;
	}

}
