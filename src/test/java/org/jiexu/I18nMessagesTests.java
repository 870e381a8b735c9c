package org.jiexu;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the UI bilingual: the same keys in Chinese and English, no literal text in templates, and no apostrophe lost
 * to MessageFormat.
 */
class I18nMessagesTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	/** Letters of any script (Han, Latin, …): text a reader would read. */
	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Pattern TEXT_ATTRIBUTE = Pattern
		.compile("\\s(?:placeholder|title|alt|aria-label|value)=\"([^\"]*)\"");

	@Test
	void chineseAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> chinese = keys("messages.properties");
		Set<String> english = keys("messages_en.properties");
		assertThat(english).as("keys missing in English").containsAll(chinese);
		assertThat(chinese).as("keys missing in Chinese").containsAll(english);
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template, StandardCharsets.UTF_8)
				.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?s)<script[^>]*>.*?</script>", "")
				.replaceAll("(?s)<style[^>]*>.*?</style>", "")
				.replaceAll("(?i)<!DOCTYPE[^>]*>", "");
			// a tag, whose quoted attribute values may hold ">" (th:if="${a > 1}")
			String text = html.replaceAll("<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", "\n");
			for (String line : text.split("\n")) {
				if (LETTER.matcher(line).find()) {
					literals.add(RESOURCES.relativize(template) + ": text \"" + line.strip() + "\"");
				}
			}
			Matcher attribute = TEXT_ATTRIBUTE.matcher(html);
			while (attribute.find()) {
				if (LETTER.matcher(attribute.group(1)).find()) {
					literals.add(RESOURCES.relativize(template) + ": attribute " + attribute.group().strip());
				}
			}
		}
		assertThat(literals).as("literal text in templates: use th:text=\"#{…}\"").isEmpty();
	}

	@Test
	void everyMessageKeyUsedInTemplatesExists() throws IOException {
		Set<String> known = keys("messages.properties");
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher key = MESSAGE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
			while (key.find()) {
				if (!known.contains(key.group(1))) {
					missing.add(key.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	/** A message with arguments goes through MessageFormat, which eats a single apostrophe: it must be doubled. */
	@Test
	void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
		Pattern argument = Pattern.compile("\\{\\d");
		Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
		List<String> eaten = new ArrayList<>();
		for (String file : List.of("messages.properties", "messages_en.properties")) {
			Properties properties = properties(file);
			for (String key : new TreeSet<>(properties.stringPropertyNames())) {
				String message = properties.getProperty(key);
				if (argument.matcher(message).find() && loneApostrophe.matcher(message).find()) {
					eaten.add(file + ": " + key);
				}
			}
		}
		assertThat(eaten).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Set<String> keys(String file) throws IOException {
		return new TreeSet<>(properties(file).stringPropertyNames());
	}

	private static Properties properties(String file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
