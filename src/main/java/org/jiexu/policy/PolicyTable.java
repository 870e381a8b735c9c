package org.jiexu.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a policy data file ({@code src/main/resources/policy/*.csv}): UTF-8, one row a line, cells separated by
 * ASCII commas (none inside a cell), lines starting with {@code #} and the header line (starting with the first
 * column's name) skipped. The last three cells of every row are its source: confidence, document, article; a
 * {@link Confidence#DEMO} row's document says what the demo figure is instead.
 */
final class PolicyTable {

	private PolicyTable() {
	}

	/** The rows of the resource, each cut into exactly {@code columns} cells. */
	static List<String[]> rows(String resource, String firstColumn, int columns) {
		try (InputStream in = PolicyTable.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<String[]> rows = new ArrayList<>();
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#") || line.startsWith(firstColumn + ",")) {
					continue;
				}
				String[] cells = line.split(",", -1);
				if (cells.length != columns) {
					throw new IllegalStateException(resource + ": expected " + columns + " cells in: " + line);
				}
				for (int i = 0; i < cells.length; i++) {
					cells[i] = cells[i].strip();
				}
				rows.add(cells);
			}
			return List.copyOf(rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The source in the last three cells of a row: confidence, document, article. */
	static Source source(String[] cells) {
		int n = cells.length;
		Confidence confidence = Confidence.valueOf(cells[n - 3]);
		return confidence == Confidence.DEMO ? Source.demo(cells[n - 2])
				: new Source(cells[n - 2], cells[n - 1], confidence);
	}

}
