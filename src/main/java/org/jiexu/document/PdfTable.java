package org.jiexu.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * A table of an {@link OfficialDocument}: a header row (repeated on every page the table spans) and rows of
 * text, with relative column widths and right-aligned columns for amounts and counts.
 * <pre>
 * PdfTable.withHeaders("年度", "缴费基数", "金额")
 *     .widths(1, 2, 2).alignRight(1, 2)
 *     .row("2025", "5000.00", "400.00");
 * </pre>
 */
public final class PdfTable {

	private final List<String> headers;

	private float[] widths;

	private final BitSet rightAligned = new BitSet();

	private final List<List<String>> rows = new ArrayList<>();

	private PdfTable(List<String> headers) {
		if (headers.isEmpty()) {
			throw new IllegalArgumentException("A table needs at least one column");
		}
		this.headers = List.copyOf(headers);
		this.widths = new float[headers.size()];
		Arrays.fill(this.widths, 1f);
	}

	public static PdfTable withHeaders(String... headers) {
		return new PdfTable(List.of(headers));
	}

	public static PdfTable withHeaders(List<String> headers) {
		return new PdfTable(headers);
	}

	/** Relative widths, one per column (default: all equal). */
	public PdfTable widths(float... widths) {
		if (widths.length != this.headers.size()) {
			throw new IllegalArgumentException(
					"Expected " + this.headers.size() + " widths, got " + widths.length);
		}
		this.widths = widths.clone();
		return this;
	}

	/** Right-aligns the columns with these 0-based indexes (amounts, counts). */
	public PdfTable alignRight(int... columns) {
		for (int column : columns) {
			checkColumn(column);
			this.rightAligned.set(column);
		}
		return this;
	}

	public PdfTable row(String... cells) {
		return row(List.of(cells));
	}

	public PdfTable row(List<String> cells) {
		if (cells.size() != this.headers.size()) {
			throw new IllegalArgumentException(
					"Expected " + this.headers.size() + " cells, got " + cells.size() + ": " + cells);
		}
		this.rows.add(List.copyOf(cells));
		return this;
	}

	public PdfTable rows(Iterable<? extends List<String>> rows) {
		rows.forEach(this::row);
		return this;
	}

	PdfPTable toPdf() {
		PdfPTable table = new PdfPTable(this.widths);
		table.setWidthPercentage(100f);
		table.setHeaderRows(1);
		table.setSpacingBefore(4f);
		table.setSpacingAfter(8f);
		Font headerFont = PdfStyle.Text.TABLE_HEADER.font();
		Font cellFont = PdfStyle.Text.TABLE_CELL.font();
		for (int column = 0; column < this.headers.size(); column++) {
			PdfPCell cell = cell(this.headers.get(column), headerFont, Element.ALIGN_CENTER);
			cell.setBackgroundColor(PdfStyle.HEADER_FILL);
			table.addCell(cell);
		}
		for (List<String> row : this.rows) {
			for (int column = 0; column < row.size(); column++) {
				int alignment = this.rightAligned.get(column) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
				table.addCell(cell(row.get(column), cellFont, alignment));
			}
		}
		return table;
	}

	private static PdfPCell cell(String text, Font font, int alignment) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setHorizontalAlignment(alignment);
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		cell.setBorderColor(PdfStyle.RULE);
		cell.setBorderWidth(0.5f);
		cell.setPaddingTop(3f);
		cell.setPaddingBottom(5f);
		cell.setPaddingLeft(4f);
		cell.setPaddingRight(4f);
		return cell;
	}

	private void checkColumn(int column) {
		if (column < 0 || column >= this.headers.size()) {
			throw new IllegalArgumentException("No column " + column + " in " + this.headers);
		}
	}

}
