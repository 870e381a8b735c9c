package org.jiexu.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the benchmark entry points share: {@code key=value} arguments, timing, and the lines they report. */
final class BenchReport {

	private final StringBuilder lines = new StringBuilder();

	static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			int eq = arg.indexOf('=');
			options.put(arg.substring(0, eq), arg.substring(eq + 1));
		}
		return options;
	}

	/** Prints a line and keeps it for {@link #appendTo}. */
	void line(String format, Object... values) {
		String text = String.format(Locale.ROOT, format, values);
		System.out.println(text);
		this.lines.append(text).append('\n');
	}

	/** Appends the lines to a file, if one is named. */
	void appendTo(String file) {
		if (file == null) {
			return;
		}
		try {
			Files.writeString(Path.of(file), this.lines.toString(), StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	static double seconds(long startedNanos) {
		return (System.nanoTime() - startedNanos) / 1e9;
	}

	static double median(List<Double> values) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		int mid = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	}

}
