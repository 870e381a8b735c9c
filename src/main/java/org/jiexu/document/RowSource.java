package org.jiexu.document;

import java.io.Closeable;
import java.util.BitSet;

import org.jspecify.annotations.Nullable;

/** Reads the rows of one file in order, holding no more than the row being read. */
interface RowSource extends Closeable {

	/** The next row, blank ones included; null at the end. Refuses unreadable content. */
	@Nullable RawRow next();

	/** Marks the 0-based columns whose dates are months (only spreadsheets have dates). */
	default void monthColumns(BitSet columns) {
	}

	@Override
	void close();

}
