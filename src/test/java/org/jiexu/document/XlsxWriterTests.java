package org.jiexu.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxWriterTests {

	private static final List<String> BAD_ROWS = List.of("行号", "列", "说明");

	@Test
	void writesAHeaderRowAndTypedCells() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		XlsxWriter.write(out, "问题行", List.of("行号", "身份证号", "缴费基数", "日期", "时间", "月份", "正确", "空"),
				List.of(Arrays.asList(2, "420981199001011234", new BigDecimal("5000.00"), LocalDate.of(2026, 1, 15),
						LocalDateTime.of(2026, 1, 15, 8, 30), YearMonth.of(2026, 1), true, null)));

		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = workbook.getFirstSheet();
			assertThat(sheet.getName()).isEqualTo("问题行");
			List<Row> rows = sheet.read();
			assertThat(rows.get(0).stream().map(Cell::getText)).containsExactly("行号", "身份证号", "缴费基数", "日期", "时间",
					"月份", "正确", "空");
			Row row = rows.get(1);
			assertThat(row.getCell(0).getType()).isEqualTo(CellType.NUMBER);
			assertThat(row.getCell(1).getText()).isEqualTo("420981199001011234");
			assertThat(row.getCell(2).asNumber()).isEqualByComparingTo("5000");
			assertThat(row.getCell(3).asDate()).isEqualTo(LocalDateTime.of(2026, 1, 15, 0, 0));
			assertThat(row.getCell(4).asDate()).isEqualTo(LocalDateTime.of(2026, 1, 15, 8, 30));
			assertThat(row.getCell(5).getText()).isEqualTo("2026-01");
			assertThat(row.getCell(6).asBoolean()).isTrue();
			assertThat(row.getOptionalCell(7).map(Cell::getType)).isEmpty();
		}
	}

	@Test
	void whatItWritesReadsBackAsTheTextTheUserSees() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxWriter.write(out, "申报", List.of("身份证号", "姓名", "缴费基数", "所属期"), List.of(
				List.of("420981199001011234", "张三", new BigDecimal("5000.50"), LocalDate.of(2026, 1, 1)),
				List.of("420981199001011235", "=1+1", 6000, YearMonth.of(2026, 2))));

		List<TabularColumn> columns = List.of(TabularColumn.required("idNumber", "身份证号"),
				TabularColumn.required("name", "姓名"), TabularColumn.required("base", "缴费基数"),
				TabularColumn.required("month", "所属期").asMonth());
		try (TabularReader reader = TabularReader.open(new ByteArrayInputStream(out.toByteArray()), columns)) {
			List<TabularRow> rows = reader.stream().toList();
			assertThat(rows).extracting(TabularRow::rowNumber).containsExactly(2, 3);
			assertThat(rows.get(0).cells()).containsEntry("name", "张三")
				.containsEntry("base", "5000.5")
				.containsEntry("month", "2026-01");
			assertThat(rows.get(1).cells()).as("text is never a formula")
				.containsEntry("name", "=1+1")
				.containsEntry("base", "6000")
				.containsEntry("month", "2026-02");
		}
	}

	@Test
	void aSheetPastItsRowLimitContinuesOnTheNextWithTheHeaderAgain() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<List<Object>> rows = IntStream.rangeClosed(1, 7).mapToObj(i -> List.<Object>of(i, "B", "第 " + i + " 行")).toList();

		XlsxWriter.write(out, "问题行", BAD_ROWS, rows, 4);

		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			List<Sheet> sheets = workbook.getSheets().toList();
			assertThat(sheets).extracting(Sheet::getName).containsExactly("问题行", "问题行 (2)", "问题行 (3)");
			for (Sheet sheet : sheets) {
				assertThat(sheet.read().get(0).getCellText(0)).isEqualTo("行号");
			}
			assertThat(sheets.get(2).read()).hasSize(2);
		}
	}

	@Test
	void aSheetNameIsMadeAcceptableToExcel() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		XlsxWriter.write(out, "2026/01 [导入]: 问题行*? 以及一个特别特别特别长的名字", BAD_ROWS, List.of());

		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(workbook.getFirstSheet().getName()).isEqualTo("2026_01 _导入__ 问题行__ 以及一个特别特别特别长")
				.hasSize(31);
		}
	}

	@Test
	void writingLeavesTheCallersStreamOpen() {
		TrackingStream out = new TrackingStream();

		XlsxWriter.write(out, "问题行", BAD_ROWS, List.of(List.of(2, "A", "身份证号校验位不正确")));

		assertThat(out.closed).isFalse();
		assertThat(out.toByteArray()).startsWith('P', 'K', 3, 4);
	}

}
