package org.jiexu.contribution.upload;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxRowsTests {

	@Test
	void readsTextNumbersAndDatesWithTheirExcelRowNumbers(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("declaration.xlsx");
		try (OutputStream out = Files.newOutputStream(file)) {
			Workbook workbook = new Workbook(out, "Test", "1.0");
			Worksheet sheet = workbook.newWorksheet("申报");
			sheet.value(0, 0, "身份证号");
			sheet.value(0, 1, "缴费月份");
			sheet.value(0, 2, "缴费基数");
			sheet.value(2, 0, "110105199001011234");
			sheet.value(2, 1, LocalDate.of(2026, 1, 15));
			sheet.style(2, 1).format("yyyy\"年\"m\"月\"").set();
			sheet.value(2, 2, new BigDecimal("8000.5"));
			sheet.value(3, 2, 0.1 + 0.2);
			workbook.finish();
		}
		try (DeclarationRows rows = DeclarationRows.open(file, FileFormat.XLSX)) {
			assertThat(rows.next().cell(0).text()).isEqualTo("身份证号");
			DeclarationRow row = rows.next();
			assertThat(row.number()).isEqualTo(3); // row 2 is blank
			assertThat(row.cell(0)).isEqualTo(new DeclarationCell(DeclarationCell.Kind.TEXT, "110105199001011234"));
			assertThat(row.cell(1)).isEqualTo(new DeclarationCell(DeclarationCell.Kind.DATE, "2026-01-15"));
			assertThat(row.cell(2)).isEqualTo(new DeclarationCell(DeclarationCell.Kind.NUMBER, "8000.5"));
			assertThat(rows.next().cell(2).text()).isEqualTo("0.3");
			assertThat(rows.next()).isNull();
		}
	}

	@Test
	void knowsDateFormatsFromNumberFormats() {
		assertThat(XlsxRows.isDateFormat(14, null)).isTrue();
		assertThat(XlsxRows.isDateFormat(31, null)).isTrue();
		assertThat(XlsxRows.isDateFormat(164, "yyyy-mm")).isTrue();
		assertThat(XlsxRows.isDateFormat(165, "[$-804]yyyy\"年\"m\"月\";@")).isTrue();
		assertThat(XlsxRows.isDateFormat(2, "0.00")).isFalse();
		assertThat(XlsxRows.isDateFormat(166, "#,##0.00\"元\"")).isFalse();
		assertThat(XlsxRows.isDateFormat(0, "General")).isFalse();
	}

	@Test
	void turnsExcelSerialDaysIntoDates() {
		assertThat(XlsxRows.excelDate(new BigDecimal("46023"))).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(XlsxRows.excelDate(new BigDecimal("1"))).isEqualTo(LocalDate.of(1900, 1, 1));
		assertThat(XlsxRows.excelDate(new BigDecimal("-1"))).isNull();
	}

}
