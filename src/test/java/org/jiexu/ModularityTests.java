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
			.contains("policy", "identity", "registry", "system", "demo");
	}

	@Test
	void writesModuleDocumentationIntoTheRepository() throws Exception {
		Path folder = Path.of("docs/modules");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
			.writeDocumentation();
		sortRelations(folder);
		assertThat(folder.resolve("components.puml")).exists();
		assertThat(Files.readString(folder.resolve("components.puml"))).contains("Registry");
	}

	/** The Documenter lists relations in no fixed order; sort them so that the committed files stay put. */
	private static void sortRelations(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path puml : files.filter(file -> file.toString().endsWith(".puml")).toList()) {
				List<String> lines = new ArrayList<>(Files.readAllLines(puml));
				List<Integer> positions = new ArrayList<>();
				for (int i = 0; i < lines.size(); i++) {
					if (lines.get(i).startsWith("Rel(")) {
						positions.add(i);
					}
				}
				List<String> relations = positions.stream().map(lines::get).sorted().toList();
				for (int i = 0; i < positions.size(); i++) {
					lines.set(positions.get(i), relations.get(i));
				}
				Files.write(puml, lines);
			}
		}
	}

}
