package org.jiexu.document;

import java.util.List;
import java.util.stream.Stream;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** One part of an {@link OfficialDocument}, in the order the builder was given them. */
interface PdfBlock {

	void addTo(Document document);

	/** Text set on its own: the title, a heading, a paragraph, a note. */
	record Text(String text, Kind kind) implements PdfBlock {

		enum Kind {

			TITLE, SUBTITLE, HEADING, PARAGRAPH, NOTE, SIGNATURE

		}

		@Override
		public void addTo(Document document) {
			Paragraph paragraph = new Paragraph(this.text, font());
			switch (this.kind) {
				case TITLE -> {
					paragraph.setAlignment(Element.ALIGN_CENTER);
					paragraph.setSpacingAfter(6f);
				}
				case SUBTITLE -> {
					paragraph.setAlignment(Element.ALIGN_CENTER);
					paragraph.setSpacingAfter(10f);
				}
				case HEADING -> {
					paragraph.setSpacingBefore(12f);
					paragraph.setSpacingAfter(4f);
					paragraph.setKeepTogether(true);
				}
				case PARAGRAPH -> {
					paragraph.setLeading(0f, 1.5f);
					paragraph.setSpacingAfter(6f);
				}
				case NOTE -> {
					paragraph.setLeading(0f, 1.4f);
					paragraph.setSpacingAfter(4f);
				}
				case SIGNATURE -> {
					paragraph.setAlignment(Element.ALIGN_RIGHT);
					paragraph.setSpacingBefore(4f);
				}
			}
			document.add(paragraph);
		}

		private Font font() {
			return switch (this.kind) {
				case TITLE -> PdfStyle.Text.TITLE.font();
				case SUBTITLE -> PdfStyle.Text.SUBTITLE.font();
				case HEADING -> PdfStyle.Text.HEADING.font();
				case NOTE -> PdfStyle.Text.NOTE.font();
				case PARAGRAPH, SIGNATURE -> PdfStyle.Text.BODY.font();
			};
		}

	}

	/** Label–value lines (姓名 张三, 身份证号 …) without rules, labels in grey. */
	record Meta(List<String> labels, List<String> values) implements PdfBlock {

		Meta with(String label, String value) {
			return new Meta(append(this.labels, label), append(this.values, value));
		}

		@Override
		public void addTo(Document document) {
			PdfPTable table = new PdfPTable(new float[] { 1f, 3f });
			table.setWidthPercentage(100f);
			table.setSpacingAfter(6f);
			for (int i = 0; i < this.labels.size(); i++) {
				table.addCell(borderless(this.labels.get(i), PdfStyle.Text.LABEL.font()));
				table.addCell(borderless(this.values.get(i), PdfStyle.Text.VALUE.font()));
			}
			document.add(table);
		}

		private static PdfPCell borderless(String text, Font font) {
			PdfPCell cell = new PdfPCell(new Phrase(text, font));
			cell.setBorder(Rectangle.NO_BORDER);
			cell.setPaddingTop(1f);
			cell.setPaddingBottom(3f);
			return cell;
		}

		private static List<String> append(List<String> list, String item) {
			return Stream.concat(list.stream(), Stream.of(item)).toList();
		}

	}

	record Table(PdfTable table) implements PdfBlock {

		@Override
		public void addTo(Document document) {
			document.add(this.table.toPdf());
		}

	}

}
