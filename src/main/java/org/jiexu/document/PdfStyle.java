package org.jiexu.document;

import java.awt.Color;

import com.lowagie.text.Font;

/** The look of official documents: one typeface, a few sizes, black text with grey labels and rules. */
final class PdfStyle {

	static final Color GREY = new Color(0x55, 0x55, 0x55);

	static final Color RULE = new Color(0x99, 0x99, 0x99);

	static final Color HEADER_FILL = new Color(0xEE, 0xEE, 0xEE);

	static final float MARGIN = 56f;

	static final float BOTTOM_MARGIN = 64f;

	private PdfStyle() {
	}

	/** The kinds of text, each a size, a weight (bold is drawn, the font has none) and a colour. */
	enum Text {

		TITLE(18f, Font.BOLD, false), SUBTITLE(11f, Font.NORMAL, false), HEADING(12f, Font.BOLD, false),
		BODY(10.5f, Font.NORMAL, false), LABEL(10f, Font.NORMAL, true), VALUE(10f, Font.NORMAL, false),
		TABLE_HEADER(9.5f, Font.BOLD, false), TABLE_CELL(9.5f, Font.NORMAL, false), NOTE(9f, Font.NORMAL, true),
		FOOTER(9f, Font.NORMAL, true);

		private final float size;

		private final int weight;

		private final boolean grey;

		Text(float size, int weight, boolean grey) {
			this.size = size;
			this.weight = weight;
			this.grey = grey;
		}

		float size() {
			return this.size;
		}

		Font font() {
			return new Font(CjkFont.get(), this.size, this.weight, this.grey ? GREY : Color.BLACK);
		}

	}

}
