package org.jiexu.contribution.upload;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jiexu.shared.UserInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvRowsTests {

	private static List<DeclarationRow> rows(String csv) {
		List<DeclarationRow> rows = new ArrayList<>();
		try (CsvRows reader = new CsvRows(new StringReader(csv))) {
			for (DeclarationRow row = reader.next(); row != null; row = reader.next()) {
				rows.add(row);
			}
		}
		return rows;
	}

	private static List<String> texts(DeclarationRow row) {
		return row.cells().stream().map(DeclarationCell::text).toList();
	}

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaksAsOneRowLikeExcel() {
		List<DeclarationRow> rows = rows("\uFEFF身份证号,姓名\r\n\"1,2\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x\r\nlast,row");
		assertThat(rows).extracting(DeclarationRow::number).containsExactly(1L, 2L, 3L, 4L);
		assertThat(texts(rows.get(0))).containsExactly("身份证号", "姓名");
		assertThat(texts(rows.get(1))).containsExactly("1,2", "say \"hi\"");
		assertThat(texts(rows.get(2))).containsExactly("two\nlines", "x");
		assertThat(texts(rows.get(3))).containsExactly("last", "row");
	}

	@Test
	void skipsBlankRowsButKeepsCountingThemSoRowNumbersMatchExcel() {
		List<DeclarationRow> rows = rows("a,b\n\n,,\nc,d\r\re,f\n");
		assertThat(rows).extracting(DeclarationRow::number).containsExactly(1L, 4L, 6L);
		assertThat(texts(rows.get(2))).containsExactly("e", "f");
	}

	@Test
	void refusesAQuoteThatIsNeverClosedWithItsRow() {
		assertThatThrownBy(() -> rows("a,b\nc,\"open\nd,e"))
			.isInstanceOfSatisfying(UserInputException.class, refusal -> {
				assertThat(refusal.messageKey()).isEqualTo("contribution.import.file.unclosedQuote");
				assertThat(refusal.arguments()).containsExactly("2");
			});
	}

	@Test
	void refusesARowTooLongToBeADeclaration() {
		assertThatThrownBy(() -> rows("a,b\n" + "x".repeat(CsvRows.MAX_FIELD + 1)))
			.isInstanceOfSatisfying(UserInputException.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("contribution.import.file.lineTooLong"));
		assertThatThrownBy(() -> rows(",".repeat(CsvRows.MAX_FIELDS + 1)))
			.isInstanceOf(UserInputException.class);
	}

	@Test
	void readsRowsOfAnEndlessStreamOneAtATime() {
		// a file that never ends: the reader answers its first rows without reading it all
		InputStream endless = new InputStream() {
			private final byte[] line = "110105199001011234,张三,2026-01,8000\n".getBytes(StandardCharsets.UTF_8);

			private long position;

			@Override
			public int read() {
				return this.line[(int) (this.position++ % this.line.length)] & 0xFF;
			}
		};
		try (CsvRows reader = new CsvRows(new InputStreamReader(endless, StandardCharsets.UTF_8))) {
			DeclarationRow row = null;
			for (int i = 0; i < 10_000; i++) {
				row = reader.next();
			}
			assertThat(row).isNotNull();
			assertThat(row.number()).isEqualTo(10_000);
			assertThat(texts(row)).containsExactly("110105199001011234", "张三", "2026-01", "8000");
		}
	}

}
