package org.jiexu;

import java.nio.file.Files;
import java.nio.file.Path;

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
		assertThat(folder.resolve("components.puml")).exists();
		assertThat(Files.readString(folder.resolve("components.puml"))).contains("Registry");
	}

}
