package org.jiexu.document;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiexu.document.TableFiles.assertRefused;
import static org.jiexu.document.TableFiles.readAll;
import static org.jiexu.document.TableFiles.row;

class XlsxTabularReaderTests {

	private static final List<TabularColumn> COLUMNS = List.of(TabularColumn.required("idNumber", "身份证号", "id_number"),
			TabularColumn.required("month", "所属期", "month").asMonth(), TabularColumn.optional("value", "值", "value"));

	@TempDir
	Path folder;

	private Path workbook(Object... values) {
		return TableFiles.xlsx(this.folder, "declaration.xlsx", sheet -> {
			header(sheet);
			for (int i = 0; i < values.length; i++) {
				row(sheet, i + 1, "42098119900101123" + i, "2026-01", values[i]);
			}
		});
	}

	private static void header(Worksheet sheet) {
		row(sheet, 0, "身份证号", "所属期", "值");
	}

	private List<String> values(Path file) {
		return readAll(file, COLUMNS).stream().map(row -> row.get("value")).toList();
	}

	@Test
	void numbersReadAsPlainDecimalsAsExcelShowsThem() {
		Path file = workbook(5000, 5000.5, new BigDecimal("12345.67"), 0.1 + 0.2, 1e20, 1.5e-7, -3, 0.0);

		assertThat(values(file)).containsExactly("5000", "5000.5", "12345.67", "0.3", "100000000000000000000",
				"0.00000015", "-3", "0");
	}

	@Test
	void textIsTrimmedAndBooleansReadAsExcelWritesThem() {
		Path file = workbook("  张三 ", "\u3000李四\u3000", true);

		assertThat(values(file)).containsExactly("张三", "李四", "TRUE");
	}

	@Test
	void datesReadAsIsoDatesMonthsAndTimes() {
		Path file = TableFiles.xlsx(this.folder, "dates.xlsx", sheet -> {
			header(sheet);
			date(sheet, 1, LocalDateTime.of(2026, 1, 15, 0, 0), "yyyy-mm-dd");
			date(sheet, 2, LocalDateTime.of(2026, 2, 1, 0, 0), "yyyy-mm");
			date(sheet, 3, LocalDateTime.of(2026, 3, 1, 0, 0), "yyyy\"年\"m\"月\"");
			date(sheet, 4, LocalDateTime.of(2026, 1, 15, 8, 30, 5), "yyyy/m/d h:mm:ss");
			date(sheet, 5, LocalDateTime.of(1999, 12, 31, 0, 0), "[$-804]yyyy\"年\"m\"月\"d\"日\"");
		});

		assertThat(values(file)).containsExactly("2026-01-15", "2026-02", "2026-03", "2026-01-15 08:30:05",
				"1999-12-31");
	}

	private static void date(Worksheet sheet, int row, LocalDateTime value, String format) {
		row(sheet, row, "42098119900101123" + row, "2026-01");
		sheet.value(row, 2, value);
		sheet.style(row, 2).format(format).set();
	}

	@Test
	void aDateInAMonthColumnReadsAsTheMonthWhateverItsFormat() {
		Path file = TableFiles.xlsx(this.folder, "months.xlsx", sheet -> {
			header(sheet);
			sheet.value(1, 0, "420981199001011234");
			sheet.value(1, 1, LocalDate.of(2026, 1, 1));
			sheet.style(1, 1).format("yyyy-mm-dd").set();
			sheet.value(2, 0, "420981199001011235");
			sheet.value(2, 1, LocalDate.of(2026, 2, 1));
			sheet.style(2, 1).format("mmm-yy").set();
			sheet.value(3, 0, "420981199001011236");
			sheet.value(3, 1, "2026-03");
		});

		assertThat(readAll(file, COLUMNS)).extracting(row -> row.get("month"))
			.containsExactly("2026-01", "2026-02", "2026-03");
	}

	@Test
	void rowNumbersAreThoseExcelShowsAndBlankRowsAreSkipped() {
		Path file = TableFiles.xlsx(this.folder, "gaps.xlsx", sheet -> {
			row(sheet, 1, "身份证号", "所属期");
			row(sheet, 2, "420981199001011234", "2026-01");
			row(sheet, 3, " ");
			row(sheet, 5, "420981199001011235", "2026-01");
		});

		assertThat(readAll(file, COLUMNS)).extracting(TabularRow::rowNumber).containsExactly(3, 6);
	}

	@Test
	void unknownColumnsAreIgnoredAndMissingOnesRefused() {
		Path file = TableFiles.xlsx(this.folder, "columns.xlsx", sheet -> {
			row(sheet, 0, "序号", "身份证号", "姓名");
			row(sheet, 1, 1, "420981199001011234", "张三");
		});

		assertRefused(file, COLUMNS, "document.table.missingColumns", "所属期/month", "序号, 身份证号, 姓名");
	}

	@Test
	void aWorkbookWithOnlyAHeaderIsRefused() {
		Path file = TableFiles.xlsx(this.folder, "header.xlsx", XlsxTabularReaderTests::header);

		assertRefused(file, COLUMNS, "document.table.noRows");
	}

	@Test
	void anEmptyWorkbookIsRefused() {
		Path file = TableFiles.xlsx(this.folder, "empty.xlsx", sheet -> {
		});

		assertRefused(file, COLUMNS, "document.table.empty");
	}

	@Test
	void aWorkbookNamedCsvIsStillReadAsAWorkbook() throws IOException {
		Path file = Files.move(workbook(5000), this.folder.resolve("declaration.csv"));

		try (TabularReader reader = TabularReader.open(file, COLUMNS)) {
			assertThat(reader.format()).isEqualTo(TabularFormat.XLSX);
			assertThat(reader.next().get("value")).isEqualTo("5000");
		}
	}

	@Test
	void aZipFileThatIsNotAWorkbookIsRefused() throws IOException {
		Path zip = this.folder.resolve("photos.zip");
		try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new java.util.zip.ZipEntry("photo.txt"));
			out.write("不是工作簿".getBytes(java.nio.charset.StandardCharsets.UTF_8));
			out.closeEntry();
		}

		assertRefused(zip, COLUMNS, "document.table.unreadable");
	}

	@Test
	void anUploadedWorkbookIsCopiedToATemporaryFileThatClosingDeletes() throws IOException {
		Path file = workbook(5000, 6000);
		Set<Path> before = uploads();

		try (TabularReader reader = TabularReader.open(Files.newInputStream(file), COLUMNS)) {
			assertThat(reader.format()).isEqualTo(TabularFormat.XLSX);
			assertThat(uploads()).hasSize(before.size() + 1);
			assertThat(reader.stream().map(row -> row.get("value"))).containsExactly("5000", "6000");
		}

		assertThat(uploads()).isEqualTo(before);
	}

	private static Set<Path> uploads() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter(path -> path.getFileName().toString().startsWith("jiexu-upload-"))
				.collect(Collectors.toSet());
		}
	}

}
