package org.jiexu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the module boundaries green and the module documentation in docs/modules up to date. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(JiexuApplication.class);

	@Test
	void keepsModuleBoundaries() {
		MODULES.verify();
	}

	@Test
	void knowsTheFoundationModules() {
		assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
			.contains("policy", "identity", "registry", "system", "demo", "document");
	}

	@Test
	void writesModuleDocumentationIntoTheRepository() throws Exception {
		Path folder = Path.of("docs/modules");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
			.writeDocumentation();
		sortListedItems(folder);
		assertThat(folder.resolve("components.puml")).exists();
		assertThat(Files.readString(folder.resolve("components.puml"))).contains("Registry");
	}

	/**
	 * The Documenter lists relations, events and listeners in no fixed order; sort each run of such lines so
	 * that the committed files change only when the modules do.
	 */
	private static void sortListedItems(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".puml") || f.toString().endsWith(".adoc"))
				.toList()) {
				List<String> lines = new ArrayList<>(Files.readAllLines(file));
				int start = 0;
				while (start < lines.size()) {
					int end = start;
					while (end < lines.size() && isListLine(lines.get(end), end == start)) {
						end++;
					}
					if (end - start > 1) {
						sortRun(lines, start, end);
					}
					start = Math.max(end, start + 1);
				}
				Files.write(file, lines);
			}
		}
	}

	private static boolean isListLine(String line, boolean first) {
		return line.startsWith("Rel(") || line.startsWith("* `") || (first && line.startsWith("|* `"));
	}

	private static void sortRun(List<String> lines, int start, int end) {
		String prefix = lines.get(start).startsWith("|") ? "|" : "";
		List<String> run = lines.subList(start, end)
			.stream()
			.map(line -> line.startsWith("|") ? line.substring(1) : line)
			.sorted()
			.toList();
		for (int i = 0; i < run.size(); i++) {
			lines.set(start + i, (i == 0 ? prefix : "") + run.get(i));
		}
	}

}
