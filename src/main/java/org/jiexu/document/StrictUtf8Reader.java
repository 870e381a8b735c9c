package org.jiexu.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly, one character at a time: every character before a malformed byte is delivered first,
 * and only then does {@link #read()} throw, so that the caller knows the row the bad byte is in. (An
 * {@link java.io.InputStreamReader} silently replaces bad bytes, or with a strict decoder fails a whole buffer
 * ahead.)
 */
final class StrictUtf8Reader {

	private static final int BUFFER = 8192;

	private final InputStream in;

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);

	private final CharBuffer chars = CharBuffer.allocate(BUFFER);

	private boolean endOfInput;

	private boolean malformed;

	private boolean finished;

	StrictUtf8Reader(InputStream in) {
		this.in = in;
		this.bytes.flip();
		this.chars.flip();
	}

	/** The next character, or -1 at the end. */
	int read() throws IOException {
		if (!this.chars.hasRemaining() && !fill()) {
			return -1;
		}
		return this.chars.get();
	}

	private boolean fill() throws IOException {
		this.chars.clear();
		try {
			while (this.chars.position() == 0) {
				if (this.malformed) {
					throw new CharacterCodingException();
				}
				if (this.finished) {
					return false;
				}
				decodeMore();
			}
			return true;
		}
		finally {
			this.chars.flip();
		}
	}

	private void decodeMore() throws IOException {
		this.bytes.compact();
		if (!this.endOfInput) {
			int read = this.in.read(this.bytes.array(), this.bytes.position(), this.bytes.remaining());
			if (read < 0) {
				this.endOfInput = true;
			}
			else {
				this.bytes.position(this.bytes.position() + read);
			}
		}
		this.bytes.flip();
		CoderResult result = this.decoder.decode(this.bytes, this.chars, this.endOfInput);
		if (result.isError()) {
			this.malformed = true;
		}
		else if (this.endOfInput && result.isUnderflow()) {
			this.decoder.flush(this.chars);
			this.finished = true;
		}
	}

}
