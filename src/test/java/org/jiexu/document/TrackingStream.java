package org.jiexu.document;

import java.io.ByteArrayOutputStream;

/** Collects what is written and remembers whether someone closed it (a caller's stream must stay open). */
final class TrackingStream extends ByteArrayOutputStream {

	boolean closed;

	@Override
	public void close() {
		this.closed = true;
	}

}
