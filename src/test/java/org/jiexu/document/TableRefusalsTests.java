package org.jiexu.document;

import java.util.List;
import java.util.Locale;

import org.jiexu.shared.UserInputException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class TableRefusalsTests {

	@Test
	void everyRefusalReadsInChineseAndEnglish() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		List<UserInputException> refusals = List.of(TableRefusals.empty(), TableRefusals.noRows(),
				TableRefusals.missingColumns("id_number", "name, base"), TableRefusals.duplicateColumn("name", "B", "D"),
				TableRefusals.notUtf8(100000), TableRefusals.oldExcel(), TableRefusals.unreadable(),
				TableRefusals.unclosedQuote(3), TableRefusals.cellTooLong(2), TableRefusals.tooManyColumns(2));

		for (UserInputException refusal : refusals) {
			String chinese = messages.getMessage(refusal.messageKey(), refusal.arguments(), Locale.SIMPLIFIED_CHINESE);
			String english = messages.getMessage(refusal.messageKey(), refusal.arguments(), Locale.ENGLISH);
			assertThat(chinese).as(refusal.messageKey()).containsPattern("\\p{IsHan}").doesNotContain("{");
			assertThat(english).as(refusal.messageKey()).doesNotContainPattern("\\p{IsHan}").doesNotContain("{");
		}
		assertThat(messages.getMessage("document.table.notUtf8", TableRefusals.notUtf8(100000).arguments(),
				Locale.ENGLISH))
			.startsWith("Row 100000 is not UTF-8")
			.contains("CSV UTF-8");
	}

	@Test
	void columnsAreNamedByTheirExcelLetters() {
		assertThat(List.of(0, 1, 25, 26, 27, 701, 702, 16383).stream().map(TableRefusals::columnLetters))
			.containsExactly("A", "B", "Z", "AA", "AB", "ZZ", "AAA", "XFD");
	}

}
