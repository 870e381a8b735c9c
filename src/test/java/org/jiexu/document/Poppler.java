package org.jiexu.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs poppler-utils (pdftotext, pdffonts, pdfinfo: Debian poppler-utils) on a PDF, as a reader's tools would. */
public final class Poppler {

	private Poppler() {
	}

	public static Path save(byte[] pdf, Path folder) throws IOException {
		return Files.write(folder.resolve("document.pdf"), pdf);
	}

	public static String text(Path pdf) throws Exception {
		return run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
	}

	/** The text laid out as on the page: a table row, or a label and its value, on one line. */
	public static String layoutText(Path pdf) throws Exception {
		return run("pdftotext", "-enc", "UTF-8", "-layout", pdf.toString(), "-");
	}

	/** The words with their boxes (HTML with {@code <word xMin=… xMax=…>}). */
	public static String wordBoxes(Path pdf) throws Exception {
		return run("pdftotext", "-enc", "UTF-8", "-bbox", pdf.toString(), "-");
	}

	public static String info(Path pdf) throws Exception {
		return run("pdfinfo", "-enc", "UTF-8", pdf.toString());
	}

	/** The rows of pdffonts' table (name, type, encoding, emb, sub, uni, object, generation), one per font. */
	public static List<String[]> fonts(Path pdf) throws Exception {
		List<String[]> fonts = new ArrayList<>();
		for (String line : run("pdffonts", pdf.toString()).split("\n")) {
			if (line.isBlank() || line.startsWith("name") || line.startsWith("---")) {
				continue;
			}
			fonts.add(line.trim().split("\\s+"));
		}
		return fonts;
	}

	private static String run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
		}
		return output;
	}

}
