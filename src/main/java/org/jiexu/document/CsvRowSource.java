package org.jiexu.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Comma-separated values as RFC 4180 writes them, read leniently as Excel does: quoted cells may hold commas,
 * quotes ({@code ""}) and line breaks; lines may end in CRLF, LF or CR; a byte order mark is skipped. The text
 * must be UTF-8; anything else (such as GBK from an older Excel) is refused with the row it was found in.
 */
final class CsvRowSource implements RowSource {

	private static final int NONE = -2;

	private final InputStream in;

	private final StrictUtf8Reader reader;

	private int row;

	private int pushedBack = NONE;

	private boolean atStart = true;

	CsvRowSource(InputStream in) {
		this.in = in;
		this.reader = new StrictUtf8Reader(in);
	}

	@Override
	public @Nullable RawRow next() {
		this.row++;
		int c = read();
		if (c == -1) {
			this.row--;
			return null;
		}
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		while (true) {
			if (c == '"' && cell.isEmpty()) {
				readQuoted(cell);
				c = read();
				continue;
			}
			if (c == ',' || c == '\n' || c == '\r' || c == -1) {
				addCell(cells, cell);
				if (c != ',') {
					skipLineFeedAfter(c);
					return new RawRow(this.row, cells);
				}
			}
			else {
				append(cell, (char) c);
			}
			c = read();
		}
	}

	/** Reads a quoted cell up to its closing quote; what follows the quote is read as plain text. */
	private void readQuoted(StringBuilder cell) {
		int startRow = this.row;
		while (true) {
			int c = read();
			if (c == -1) {
				throw TableRefusals.unclosedQuote(startRow);
			}
			if (c == '"') {
				int next = read();
				if (next != '"') {
					unread(next);
					return;
				}
			}
			append(cell, (char) c);
		}
	}

	private void addCell(List<String> cells, StringBuilder cell) {
		if (cells.size() == TableRefusals.MAX_COLUMNS) {
			throw TableRefusals.tooManyColumns(this.row);
		}
		cells.add(CellText.clean(cell.toString()));
		cell.setLength(0);
	}

	private void append(StringBuilder cell, char c) {
		if (cell.length() == TableRefusals.MAX_CELL_LENGTH) {
			throw TableRefusals.cellTooLong(this.row);
		}
		cell.append(c);
	}

	private void skipLineFeedAfter(int c) {
		if (c == '\r') {
			int next = read();
			if (next != '\n') {
				unread(next);
			}
		}
	}

	private int read() {
		if (this.pushedBack != NONE) {
			int c = this.pushedBack;
			this.pushedBack = NONE;
			return c;
		}
		try {
			int c = this.reader.read();
			if (this.atStart) {
				this.atStart = false;
				if (c == '\uFEFF') {
					c = this.reader.read();
				}
			}
			return c;
		}
		catch (CharacterCodingException ex) {
			throw TableRefusals.notUtf8(this.row);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void unread(int c) {
		this.pushedBack = c;
	}

	@Override
	public void close() {
		try {
			this.in.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
