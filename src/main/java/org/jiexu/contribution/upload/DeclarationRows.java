package org.jiexu.contribution.upload;

import java.io.IOException;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * The rows of a stored declaration file, read one at a time so that no file is ever held in memory. Blank rows
 * are skipped (the numbers of the rows after them still count them, as Excel does). A file that cannot be read
 * as what it claims to be is refused ({@link org.jiexu.shared.UserInputException} with a
 * {@code contribution.import.file.*} key).
 * <p>
 * This is the narrow seam to the file formats: a shared spreadsheet reader can take its place by implementing
 * it.
 */
public interface DeclarationRows extends AutoCloseable {

	/** The next row that is not blank, or null at the end of the file. */
	@Nullable DeclarationRow next();

	@Override
	void close();

	/** Opens the rows of a stored file of the given format. */
	static DeclarationRows open(Path file, FileFormat format) {
		try {
			return format == FileFormat.XLSX ? XlsxRows.open(file) : CsvRows.open(file);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
