package org.jiexu.document;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;

/**
 * The first sheet of an .xlsx file, row by row. The workbook is read from a file (fastexcel reads an input
 * stream wholly into memory); the sheet's XML is parsed as a stream. Only the shared-string table, which Excel
 * writes once per distinct text, grows as the rows that use it are read.
 */
final class XlsxRowSource implements RowSource {

	private final ReadableWorkbook workbook;

	private final Stream<Row> rows;

	private final Iterator<Row> iterator;

	private final XlsxCellText text;

	private BitSet monthColumns = new BitSet();

	private XlsxRowSource(ReadableWorkbook workbook, Stream<Row> rows) {
		this.workbook = workbook;
		this.rows = rows;
		this.iterator = rows.iterator();
		this.text = new XlsxCellText(workbook.isDate1904());
	}

	static XlsxRowSource open(File file) {
		ReadableWorkbook workbook;
		try {
			workbook = new ReadableWorkbook(file, new ReadingOptions(true, true));
		}
		catch (IOException | RuntimeException ex) {
			throw TableRefusals.unreadable();
		}
		try {
			return new XlsxRowSource(workbook, workbook.getFirstSheet().openStream());
		}
		catch (IOException | RuntimeException ex) {
			try {
				workbook.close();
			}
			catch (IOException ignored) {
				// the refusal below is what the user needs to know
			}
			throw TableRefusals.unreadable();
		}
	}

	@Override
	public @Nullable RawRow next() {
		Row row;
		try {
			if (!this.iterator.hasNext()) {
				return null;
			}
			row = this.iterator.next();
		}
		catch (RuntimeException ex) {
			throw TableRefusals.unreadable();
		}
		int count = Math.min(row.getCellCount(), TableRefusals.MAX_COLUMNS);
		List<String> cells = new ArrayList<>(count);
		for (int column = 0; column < count; column++) {
			cells.add(this.text.of(row.getCell(column), this.monthColumns.get(column)));
		}
		return new RawRow(row.getRowNum(), cells);
	}

	@Override
	public void monthColumns(BitSet columns) {
		this.monthColumns = (BitSet) columns.clone();
	}

	@Override
	public void close() {
		try {
			this.rows.close();
			this.workbook.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
