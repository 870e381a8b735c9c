package org.jiexu.document;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jiexu.shared.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.jiexu.document.TableFiles.DECLARATION;
import static org.jiexu.document.TableFiles.readAll;

class CsvTabularReaderTests {

	@TempDir
	Path folder;

	@Test
	void readsRowsByColumnKeyNumberedAsExcelShowsThem() {
		Path file = TableFiles.csvWithByteOrderMark(this.folder,
				"身份证号,姓名,缴费基数\r\n420981199001011234,张三,5000\r\n420981199202022345,李四,6000.50\r\n");

		List<TabularRow> rows = readAll(file, DECLARATION);

		assertThat(rows).extracting(TabularRow::rowNumber).containsExactly(2, 3);
		assertThat(rows.get(0).cells()).containsEntry("idNumber", "420981199001011234")
			.containsEntry("name", "张三")
			.containsEntry("base", "5000");
		assertThat(rows.get(1).get("base")).isEqualTo("6000.50");
	}

	@Test
	void readsUtf8WithoutAByteOrderMarkAndWithUnixLineEnds() {
		Path file = TableFiles.csv(this.folder, "id_number,name,base\n420981199001011234,张三,5000");

		List<TabularRow> rows = readAll(file, DECLARATION);

		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.rowNumber()).isEqualTo(2);
			assertThat(row.get("name")).isEqualTo("张三");
			assertThat(row.get("base")).isEqualTo("5000");
		});
	}

	@Test
	void quotedCellsKeepCommasQuotesAndLineBreaksAndCountAsOneRow() {
		Path file = TableFiles.csv(this.folder, "身份证号,姓名,缴费基数,备注\r\n"
				+ "420981199001011234,\"张三, 李四\",\"5,000\",\"第一行\r\n第二行 \"\"引号\"\"\"\r\n"
				+ "420981199202022345,王五,6000,\r\n");

		List<TabularRow> rows = readAll(file, DECLARATION);

		assertThat(rows).extracting(TabularRow::rowNumber).containsExactly(2, 3);
		assertThat(rows.get(0).get("name")).isEqualTo("张三, 李四");
		assertThat(rows.get(0).get("base")).isEqualTo("5,000");
		assertThat(rows.get(0).get("remark")).isEqualTo("第一行\r\n第二行 \"引号\"");
		assertThat(rows.get(1).get("remark")).isEmpty();
	}

	@Test
	void cellsAreTrimmedOfSpacesOfEveryKind() {
		Path file = TableFiles.csv(this.folder, "身份证号,姓名,缴费基数\n 420981199001011234\t,\u3000张三\u00A0, 5000 \n");

		TabularRow row = readAll(file, DECLARATION).get(0);

		assertThat(row.cells()).containsEntry("idNumber", "420981199001011234")
			.containsEntry("name", "张三")
			.containsEntry("base", "5000");
	}

	@Test
	void blankLinesAreSkippedAndTheRowNumbersStayThoseOfTheFile() {
		Path file = TableFiles.csv(this.folder,
				"身份证号,姓名,缴费基数\n\n420981199001011234,张三,5000\n,,\n420981199202022345,李四,6000\n\n");

		assertThat(readAll(file, DECLARATION)).extracting(TabularRow::rowNumber).containsExactly(3, 5);
	}

	@Test
	void unknownColumnsAreIgnoredAndAMissingOptionalColumnReadsEmpty() {
		Path file = TableFiles.csv(this.folder, "序号,身份证号,单位名称,姓名,缴费基数\n1,420981199001011234,某公司,张三,5000\n");

		try (TabularReader reader = TabularReader.open(file, DECLARATION)) {
			TabularRow row = reader.next();
			assertThat(row.cells()).containsOnlyKeys("idNumber", "name", "base");
			assertThat(row.get("remark")).isEmpty();
			assertThat(reader.hasColumn("remark")).isFalse();
			assertThat(reader.hasColumn("name")).isTrue();
		}
	}

	@Test
	void headersMatchIgnoringCaseSpacesUnderscoresAsterisksAndFullWidthForms() {
		Path file = TableFiles.csv(this.folder, " ID Number ,＊姓名,ＢＡＳＥ\n420981199001011234,张三,5000\n");

		assertThat(readAll(file, DECLARATION).get(0).cells()).containsEntry("idNumber", "420981199001011234")
			.containsEntry("name", "张三")
			.containsEntry("base", "5000");
	}

	@Test
	void missingRequiredColumnsAreRefusedNamingThemAndTheColumnsFound() {
		Path file = TableFiles.csv(this.folder, "姓名,备注,缴费金额\n张三,,5000\n");

		assertRefused(file, "document.table.missingColumns", "身份证号/id_number, 缴费基数/base", "姓名, 备注, 缴费金额");
	}

	@Test
	void aColumnNamedTwiceIsRefusedWithBothPlaces() {
		Path file = TableFiles.csv(this.folder, "身份证号,姓名,缴费基数,id_number\n420981199001011234,张三,5000,x\n");

		assertRefused(file, "document.table.duplicateColumn", "身份证号/id_number", "A", "D");
	}

	@Test
	void anEmptyFileIsRefused() {
		assertRefused(TableFiles.csv(this.folder, ""), "document.table.empty");
		assertRefused(TableFiles.csvWithByteOrderMark(this.folder, "\r\n\r\n"), "document.table.empty");
	}

	@Test
	void aHeaderWithoutDataRowsIsRefused() {
		assertRefused(TableFiles.csv(this.folder, "身份证号,姓名,缴费基数\r\n"), "document.table.noRows");
		assertRefused(TableFiles.csv(this.folder, "身份证号,姓名,缴费基数\n,,\n\n"), "document.table.noRows");
	}

	@Test
	void aGbkFileFromAnOlderExcelIsRefusedWithTheRowWhereItStopsBeingUtf8() {
		Path header = TableFiles.csv(this.folder, "身份证号,姓名,缴费基数\n420981199001011234,张三,5000\n",
				Charset.forName("GBK"));
		assertRefused(header, "document.table.notUtf8", "1");

		StringBuilder text = new StringBuilder("id_number,name,base\n");
		for (int i = 0; i < 3000; i++) {
			text.append("420981199001011234,Zhang San,5000\n");
		}
		text.append("420981199202022345,李四,6000\n");
		Path later = TableFiles.csv(this.folder, text.toString(), Charset.forName("GBK"));
		try (TabularReader reader = TabularReader.open(later, DECLARATION)) {
			assertThatExceptionOfType(UserInputException.class).isThrownBy(() -> reader.forEachRemaining(row -> {
			})).satisfies(refusal -> {
				assertThat(refusal.messageKey()).isEqualTo("document.table.notUtf8");
				assertThat(refusal.arguments()).containsExactly("3002");
			});
			assertThat(reader.rowsRead()).isEqualTo(3000);
		}
	}

	@Test
	void anUnclosedQuoteIsRefusedWithTheRowItStartsIn() {
		Path file = TableFiles.csv(this.folder, "身份证号,姓名,缴费基数\n420981199001011234,张三,5000\n420981199202022345,\"李四,6000\n");

		try (TabularReader reader = TabularReader.open(file, DECLARATION)) {
			assertThat(reader.next().rowNumber()).isEqualTo(2);
			assertThatExceptionOfType(UserInputException.class).isThrownBy(reader::next)
				.satisfies(refusal -> assertThat(refusal.arguments()).containsExactly("3"))
				.extracting(UserInputException::messageKey)
				.isEqualTo("document.table.unclosedQuote");
		}
	}

	@Test
	void aCellLongerThanExcelAllowsIsRefused() {
		Path file = TableFiles.csv(this.folder, "身份证号,姓名,缴费基数\n1,\"" + "长".repeat(40_000) + "\",5000\n");

		assertRefused(file, "document.table.cellTooLong", "2", "32767");
	}

	@Test
	void theFormatIsToldFromTheContentNotTheName() throws Exception {
		Path csvNamedXlsx = Files.move(TableFiles.csv(this.folder, "身份证号,姓名,缴费基数\n1,张三,5000\n"),
				this.folder.resolve("declaration.xlsx"));

		try (TabularReader reader = TabularReader.open(csvNamedXlsx, DECLARATION)) {
			assertThat(reader.format()).isEqualTo(TabularFormat.CSV);
			assertThat(reader.next().get("name")).isEqualTo("张三");
		}
	}

	@Test
	void anUploadStreamIsReadStraightThrough() throws Exception {
		Path file = TableFiles.csv(this.folder, "身份证号,姓名,缴费基数\n1,张三,5000\n2,李四,6000\n");

		try (TabularReader reader = TabularReader.open(Files.newInputStream(file), DECLARATION)) {
			assertThat(reader.format()).isEqualTo(TabularFormat.CSV);
			assertThat(reader.stream().map(row -> row.get("name"))).containsExactly("张三", "李四");
			assertThat(reader.rowsRead()).isEqualTo(2);
		}
	}

	@Test
	void anExcel97FileIsRefusedWithTheAdviceToSaveAsXlsx() {
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 };

		assertRefused(TableFiles.bytes(this.folder, "declaration.xls", ole2), "document.table.oldExcel");
	}

	private static void assertRefused(Path file, String key, Object... arguments) {
		TableFiles.assertRefused(file, DECLARATION, key, arguments);
	}

}
