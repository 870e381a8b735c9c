package org.jiexu.contribution.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import org.jiexu.document.TabularFormat;
import org.jiexu.shared.UserInputException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An uploaded declaration file copied to a temporary file in one streaming pass that also takes its SHA-256,
 * recognises its format from its first bytes (never from its name) and, for a CSV file, checks that every byte
 * is UTF-8 and counts its lines: so a GBK file is refused at once, saying it is GBK, even when its first rows are
 * plain ASCII. Whatever is not an xlsx workbook or a UTF-8 CSV file is refused here, with what was expected and
 * what was found; the rows are then read with the document module's reader. Closing it deletes the copy.
 */
public final class StoredUpload implements AutoCloseable {

	private static final int BUFFER = 64 * 1024;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private final String fileName;

	private final Path file;

	private final TabularFormat format;

	private final long size;

	private final String sha256;

	private final long lines;

	private StoredUpload(String fileName, Path file, TabularFormat format, long size, String sha256, long lines) {
		this.fileName = fileName;
		this.file = file;
		this.format = format;
		this.size = size;
		this.sha256 = sha256;
		this.lines = lines;
	}

	/**
	 * Copies the upload to a temporary file, refusing it (and deleting the copy) if it is empty, larger than
	 * {@code maxBytes}, or neither an xlsx workbook nor a UTF-8 CSV file.
	 */
	public static StoredUpload store(String fileName, InputStream content, long maxBytes) {
		Path file;
		try {
			file = Files.createTempFile("jiexu-import-", ".upload");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try (InputStream in = content) {
			return copy(fileName, in, file, maxBytes);
		}
		catch (IOException | RuntimeException ex) {
			delete(file);
			if (ex instanceof IOException io) {
				throw new UncheckedIOException(io);
			}
			throw (RuntimeException) ex;
		}
	}

	private static StoredUpload copy(String fileName, InputStream in, Path file, long maxBytes) throws IOException {
		MessageDigest digest = sha256Digest();
		byte[] buffer = new byte[BUFFER];
		byte[] head = null;
		TabularFormat format = null;
		Utf8Check utf8 = new Utf8Check();
		long size = 0;
		try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
			int read;
			while ((read = in.readNBytes(buffer, 0, buffer.length)) > 0) {
				if (head == null) {
					head = Arrays.copyOf(buffer, read);
					format = formatOf(fileName, head);
					if (format == TabularFormat.CSV) {
						utf8.skipByteOrderMark(head);
					}
				}
				size += read;
				if (size > maxBytes) {
					throw UserInputException.invalid("file", "contribution.import.file.tooLarge", megabytes(size) + "+",
							megabytes(maxBytes));
				}
				if (format == TabularFormat.CSV && !utf8.accept(buffer, read)) {
					throw encodingRefusal(utf8, head, fileName);
				}
				out.write(buffer, 0, read);
			}
		}
		if (head == null) {
			throw UserInputException.invalid("file", "contribution.import.file.empty");
		}
		if (format == TabularFormat.CSV && !utf8.end()) {
			throw encodingRefusal(utf8, head, fileName);
		}
		return new StoredUpload(fileName, file, format, size, HexFormat.of().formatHex(digest.digest()),
				format == TabularFormat.CSV ? utf8.lines() : -1);
	}

	/** The format by the file's first bytes; anything that is neither is refused, naming what it looks like. */
	private static TabularFormat formatOf(String fileName, byte[] head) {
		if (startsWith(head, ZIP)) {
			return TabularFormat.XLSX;
		}
		String kind = null;
		if (startsWith(head, OLE2)) {
			kind = "xls";
		}
		else if (startsWith(head, "%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
			kind = "pdf";
		}
		else if (startsWith(head, new byte[] { (byte) 0x89, 'P', 'N', 'G' })
				|| startsWith(head, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })
				|| startsWith(head, "GIF8".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
			kind = "image";
		}
		else if (startsWith(head, new byte[] { (byte) 0xFF, (byte) 0xFE })
				|| startsWith(head, new byte[] { (byte) 0xFE, (byte) 0xFF })) {
			throw UserInputException.invalid("file", "contribution.import.file.encodingUtf16");
		}
		if (kind != null) {
			throw UserInputException.invalid("file", "contribution.import.file.format", fileName,
					new DefaultMessageSourceResolvable("contribution.import.kind." + kind));
		}
		return TabularFormat.CSV;
	}

	private static UserInputException encodingRefusal(Utf8Check utf8, byte[] head, String fileName) {
		if (utf8.sawNul()) {
			return UserInputException.invalid("file", "contribution.import.file.format", fileName,
					new DefaultMessageSourceResolvable("contribution.import.kind.binary"));
		}
		String key = looksLikeGbk(head) ? "contribution.import.file.encodingGbk" : "contribution.import.file.encoding";
		return UserInputException.invalid("file", key, String.valueOf(utf8.lines()));
	}

	/** Whether the start of the file reads as GBK (the encoding Chinese Excel saves CSV files in) with Chinese. */
	static boolean looksLikeGbk(byte[] head) {
		if (!Charset.isSupported("GBK")) {
			return false;
		}
		int end = head.length;
		// the buffer may end inside a two-byte character
		while (end > 0 && end > head.length - 2 && (head[end - 1] & 0x80) != 0) {
			end--;
		}
		try {
			String text = Charset.forName("GBK")
				.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(head, 0, end))
				.toString();
			return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static boolean startsWith(byte[] head, byte[] prefix) {
		return head.length >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static String megabytes(long bytes) {
		return String.valueOf((bytes + 1024 * 1024 - 1) / (1024 * 1024));
	}

	private static MessageDigest sha256Digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a temporary file: the system cleans it up
		}
	}

	/** The stored copy, to read its rows with {@link org.jiexu.document.TabularReader}. */
	public Path file() {
		return this.file;
	}

	public String fileName() {
		return this.fileName;
	}

	public TabularFormat format() {
		return this.format;
	}

	public long size() {
		return this.size;
	}

	public String sha256() {
		return this.sha256;
	}

	/** The lines of a CSV file (an upper bound of its rows), -1 for a workbook. */
	public long lines() {
		return this.lines;
	}

	@Override
	public void close() {
		delete(this.file);
	}

	/**
	 * A streaming UTF-8 check (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF) that counts
	 * lines, so a refusal can say where the first bad byte is.
	 */
	static final class Utf8Check {

		private int pending;

		private int lower = 0x80;

		private int upper = 0xBF;

		private long lines = 1;

		private boolean nul;

		private boolean skipFirst;

		private boolean started;

		void skipByteOrderMark(byte[] head) {
			this.skipFirst = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
					&& (head[2] & 0xFF) == 0xBF;
		}

		boolean accept(byte[] bytes, int length) {
			int start = 0;
			if (!this.started) {
				this.started = true;
				start = this.skipFirst ? 3 : 0;
			}
			for (int i = start; i < length; i++) {
				int b = bytes[i] & 0xFF;
				if (this.pending > 0) {
					if (b < this.lower || b > this.upper) {
						return false;
					}
					this.pending--;
					this.lower = 0x80;
					this.upper = 0xBF;
					continue;
				}
				if (b < 0x80) {
					if (b == '\n') {
						this.lines++;
					}
					else if (b == 0) {
						this.nul = true;
						return false;
					}
				}
				else if (b >= 0xC2 && b <= 0xDF) {
					this.pending = 1;
				}
				else if (b >= 0xE0 && b <= 0xEF) {
					this.pending = 2;
					this.lower = b == 0xE0 ? 0xA0 : 0x80;
					this.upper = b == 0xED ? 0x9F : 0xBF;
				}
				else if (b >= 0xF0 && b <= 0xF4) {
					this.pending = 3;
					this.lower = b == 0xF0 ? 0x90 : 0x80;
					this.upper = b == 0xF4 ? 0x8F : 0xBF;
				}
				else {
					return false;
				}
			}
			return true;
		}

		/** Whether the input ended on a whole character. */
		boolean end() {
			return this.pending == 0;
		}

		long lines() {
			return this.lines;
		}

		boolean sawNul() {
			return this.nul;
		}

	}

}
