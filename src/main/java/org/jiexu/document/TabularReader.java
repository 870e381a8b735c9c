package org.jiexu.document;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;

/**
 * Reads an uploaded table, .xlsx (its first sheet) or CSV in UTF-8, one {@link TabularRow} at a time, never
 * holding the file in memory, so that a declaration of a million rows is read in constant memory (an .xlsx
 * also keeps its distinct texts, see {@code XlsxRowSource}). The format is told from the content, not the name.
 * <p>
 * The first non-blank row is the header; the caller's {@link TabularColumn}s are found in it by name, other
 * columns are ignored. Blank rows are skipped. Opening refuses (with a {@link UserInputException},
 * {@code document.table.*}) an empty file, a header without data rows, missing or doubled columns, an Excel
 * 97–2003 file, an unreadable workbook and a CSV that is not UTF-8 in its first rows; a fault further on is
 * refused by {@link #next()} with its row number.
 * <pre>
 * try (TabularReader reader = TabularReader.open(upload, List.of(
 *         TabularColumn.required("idNumber", "身份证号", "id_number"),
 *         TabularColumn.required("month", "所属期", "month").asMonth()))) {
 *     reader.forEachRemaining(row -&gt; ...);
 * }
 * </pre>
 */
public final class TabularReader implements Iterator<TabularRow>, AutoCloseable {

	private final TabularFormat format;

	private final RowSource source;

	private final HeaderMapping mapping;

	private final @Nullable Path temporaryFile;

	private @Nullable RawRow lookahead;

	private volatile int rowsRead;

	private TabularReader(TabularFormat format, RowSource source, List<TabularColumn> columns,
			@Nullable Path temporaryFile) {
		this.format = format;
		this.source = source;
		this.temporaryFile = temporaryFile;
		RawRow header = nextNonBlank();
		if (header == null) {
			throw TableRefusals.empty();
		}
		this.mapping = HeaderMapping.of(header, columns);
		source.monthColumns(this.mapping.indexesOf(columns.stream().filter(TabularColumn::month).toList()));
		this.lookahead = nextNonBlank();
		if (this.lookahead == null) {
			throw TableRefusals.noRows();
		}
	}

	/** Opens a file; an .xlsx is read in place. */
	public static TabularReader open(Path file, List<TabularColumn> columns) {
		TabularFormat format = detect(file);
		if (format == TabularFormat.XLSX) {
			return open(format, XlsxRowSource.open(file.toFile()), columns, null);
		}
		try {
			return open(format, new CsvRowSource(Files.newInputStream(file)), columns, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Opens an upload as a stream: a CSV is read straight from it, an .xlsx is first copied to a temporary file
	 * (a workbook is a ZIP file, read from its end), deleted on {@link #close()}. The reader closes the stream.
	 */
	public static TabularReader open(InputStream upload, List<TabularColumn> columns) {
		BufferedInputStream in = new BufferedInputStream(upload);
		TabularFormat format;
		try {
			in.mark(TabularFormat.HEAD_LENGTH);
			byte[] head = in.readNBytes(TabularFormat.HEAD_LENGTH);
			in.reset();
			format = TabularFormat.detect(head, head.length);
			if (format == TabularFormat.CSV) {
				return open(format, new CsvRowSource(in), columns, null);
			}
			Path copy = Files.createTempFile("jiexu-upload-", ".xlsx");
			try (in) {
				Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
				return open(format, XlsxRowSource.open(copy.toFile()), columns, copy);
			}
			catch (RuntimeException | IOException ex) {
				Files.deleteIfExists(copy);
				throw ex;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static TabularReader open(TabularFormat format, RowSource source, List<TabularColumn> columns,
			@Nullable Path temporaryFile) {
		try {
			return new TabularReader(format, source, columns, temporaryFile);
		}
		catch (RuntimeException ex) {
			source.close();
			throw ex;
		}
	}

	private static TabularFormat detect(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(TabularFormat.HEAD_LENGTH);
			return TabularFormat.detect(head, head.length);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public TabularFormat format() {
		return this.format;
	}

	/** Whether the file has this (optional) column; a missing one reads as {@code ""} in every row. */
	public boolean hasColumn(String key) {
		return this.mapping.has(key);
	}

	/** The data rows handed out so far: cheap, and safe to read from another thread to show progress. */
	public int rowsRead() {
		return this.rowsRead;
	}

	@Override
	public boolean hasNext() {
		if (this.lookahead == null) {
			this.lookahead = nextNonBlank();
		}
		return this.lookahead != null;
	}

	/** The next data row; refuses a fault in the file (bad encoding, unclosed quote) with its row number. */
	@Override
	public TabularRow next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		RawRow raw = this.lookahead;
		this.lookahead = null;
		this.rowsRead++;
		return this.mapping.row(raw);
	}

	/** The rows as a stream, which closes this reader when it is closed. */
	public Stream<TabularRow> stream() {
		Spliterator<TabularRow> rows = Spliterators.spliteratorUnknownSize(this,
				Spliterator.ORDERED | Spliterator.NONNULL);
		return StreamSupport.stream(rows, false).onClose(this::close);
	}

	@Override
	public void close() {
		try {
			this.source.close();
		}
		finally {
			deleteTemporaryFile();
		}
	}

	private @Nullable RawRow nextNonBlank() {
		RawRow row = this.source.next();
		while (row != null && row.isBlank()) {
			row = this.source.next();
		}
		return row;
	}

	private void deleteTemporaryFile() {
		if (this.temporaryFile != null) {
			try {
				Files.deleteIfExists(this.temporaryFile);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

}
