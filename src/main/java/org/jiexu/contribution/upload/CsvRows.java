package org.jiexu.contribution.upload;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;

/**
 * A strict streaming CSV reader (RFC 4180): UTF-8 only (a byte order mark is skipped; any other byte sequence is
 * refused with the row it is in), comma-separated, fields optionally in double quotes with {@code ""} for a
 * quote, records ending in CRLF, LF or CR. A quoted field may span lines; like Excel, it stays in one row, so row
 * numbers are record numbers. Fields are limited to {@value #MAX_FIELD} characters and rows to
 * {@value #MAX_FIELDS} fields, so a file without line breaks cannot fill the memory.
 */
final class CsvRows implements DeclarationRows {

	static final int MAX_FIELD = 1000;

	static final int MAX_FIELDS = 100;

	private static final int EOF = -1;

	private final Reader reader;

	private final char[] buffer = new char[16 * 1024];

	private int position;

	private int limit;

	private long record;

	private boolean first = true;

	CsvRows(Reader reader) {
		this.reader = reader;
	}

	static CsvRows open(Path file) throws IOException {
		return new CsvRows(new InputStreamReader(Files.newInputStream(file),
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)));
	}

	@Override
	public @Nullable DeclarationRow next() {
		try {
			while (true) {
				List<String> fields = readRecord();
				if (fields == null) {
					return null;
				}
				DeclarationRow row = new DeclarationRow(this.record,
						fields.stream().map(DeclarationCell::text).toList());
				if (!row.isBlank()) {
					return row;
				}
			}
		}
		catch (CharacterCodingException ex) {
			throw UserInputException.invalid("file", "contribution.import.file.encoding", String.valueOf(this.record + 1));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The fields of the next record, or null at the end of the input. */
	private @Nullable List<String> readRecord() throws IOException {
		int c = read();
		if (this.first) {
			this.first = false;
			if (c == '\uFEFF') {
				c = read();
			}
		}
		if (c == EOF) {
			return null;
		}
		long number = ++this.record;
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean wasQuoted = false;
		while (true) {
			if (quoted) {
				if (c == EOF) {
					throw UserInputException.invalid("file", "contribution.import.file.unclosedQuote",
							String.valueOf(number));
				}
				if (c == '"') {
					int next = read();
					if (next == '"') {
						append(field, '"', number);
					}
					else {
						quoted = false;
						c = next;
						continue;
					}
				}
				else {
					append(field, (char) c, number);
				}
				c = read();
				continue;
			}
			if (c == '"' && field.isEmpty() && !wasQuoted) {
				quoted = true;
				wasQuoted = true;
				c = read();
				continue;
			}
			if (c == ',' || c == '\n' || c == '\r' || c == EOF) {
				fields.add(field.toString());
				if (fields.size() > MAX_FIELDS) {
					throw UserInputException.invalid("file", "contribution.import.file.lineTooLong", String.valueOf(number));
				}
				field.setLength(0);
				wasQuoted = false;
				if (c == ',') {
					c = read();
					continue;
				}
				if (c == '\r') {
					int next = read();
					if (next != '\n' && next != EOF) {
						this.position--; // the next record starts here
					}
				}
				return fields;
			}
			append(field, (char) c, number);
			c = read();
		}
	}

	private static void append(StringBuilder field, char c, long number) {
		if (field.length() >= MAX_FIELD) {
			throw UserInputException.invalid("file", "contribution.import.file.lineTooLong", String.valueOf(number));
		}
		field.append(c);
	}

	private int read() throws IOException {
		if (this.position == this.limit) {
			int read = this.reader.read(this.buffer, 0, this.buffer.length);
			if (read <= 0) {
				return EOF;
			}
			this.position = 0;
			this.limit = read;
		}
		return this.buffer[this.position++];
	}

	@Override
	public void close() {
		try {
			this.reader.close();
		}
		catch (IOException ex) {
			// nothing left to do with a file we only read
		}
	}

}
