package org.jiexu.policy;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every figure name a money rule explains itself with has a label in both languages, for the pages. */
class PolicyFigureLabelsTests {

	@ParameterizedTest
	@ValueSource(strings = { "messages.properties", "messages_en.properties" })
	void labelsEveryFigureOfTheMoneyRules(String file) throws IOException {
		Properties messages = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", file), StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		Stream<Explanation> explanations = Stream.of(BaseLimits.of("42", 2026).check(new BigDecimal("3000")).explanation(),
				PensionEstimate.of(new PensionEstimate.Input(new BigDecimal("8000"), BigDecimal.ONE, BigDecimal.TEN,
						BigDecimal.TEN, new Age(60, 1))).explanation(),
				ContributionRates.employee(YearMonth.of(2026, 1)).explanation(),
				ContributionRates.flexibleWorker(YearMonth.of(2026, 1)).explanation());
		assertThat(explanations.flatMap(explanation -> explanation.figures().stream()).map(Figure::name).distinct())
			.allSatisfy(name -> assertThat(messages.getProperty("policy.figure." + name)).as(name).isNotBlank());
	}

}
