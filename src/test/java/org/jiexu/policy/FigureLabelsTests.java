package org.jiexu.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every figure a rule explains itself with has a label in both languages ({@code policy.figure.<name>}), so the
 * calculator pages never show a bare code.
 */
class FigureLabelsTests {

	private static final Pattern FIGURE = Pattern.compile("\\.figure\\(\"([A-Za-z0-9]+)\"");

	@Test
	void everyFigureNameUsedByARuleHasALabelInChineseAndEnglish() throws IOException {
		Set<String> names = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/jiexu/policy"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = FIGURE.matcher(Files.readString(file));
				while (matcher.find()) {
					names.add(matcher.group(1));
				}
			}
		}
		assertThat(names).hasSizeGreaterThan(40);
		for (String bundle : new String[] { "/messages.properties", "/messages_en.properties" }) {
			Properties messages = new Properties();
			try (InputStream in = getClass().getResourceAsStream(bundle)) {
				messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			}
			assertThat(names).as(bundle).allSatisfy(name -> assertThat(messages).containsKey("policy.figure." + name));
		}
	}

}
