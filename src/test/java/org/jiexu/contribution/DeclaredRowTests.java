package org.jiexu.contribution;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.jiexu.document.TabularReader;
import org.jiexu.document.TabularRow;
import org.jiexu.policy.IdNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DeclaredRowTests {

	private static final YearMonth THIS_MONTH = YearMonth.of(2026, 11);

	private static final String ID = IdNumber.compose("110102", LocalDate.of(1985, 3, 4), 123).value();

	private static DeclaredRow parse(String id, String name, String month, String base) {
		return DeclaredRow.parse(new TabularRow(7, Map.of("idNumber", id, "name", name, "month", month, "base", base)),
				THIS_MONTH);
	}

	@Test
	void readsAGoodRow() {
		DeclaredRow row = parse(ID.toLowerCase(), " 张三 ", "2026-01", "8,000.5");
		assertThat(row.problems()).isEmpty();
		assertThat(row.number()).isEqualTo(7);
		assertThat(row.idNumber()).isEqualTo(ID);
		assertThat(row.name()).isEqualTo("张三");
		assertThat(row.month()).isEqualTo(YearMonth.of(2026, 1));
		assertThat(row.base()).isEqualByComparingTo("8000.50");
	}

	@Test
	void findsTheColumnsByTheirChineseOrEnglishHeadersInAnyOrder(@TempDir Path folder) throws Exception {
		Path file = Files.writeString(folder.resolve("d.csv"), "序号,Base, 身份证号码 ,姓名,Contribution Month\r\n"
				+ "1,9000," + ID + ",李四,2025/3\r\n", StandardCharsets.UTF_8);
		List<DeclaredRow> rows = new ArrayList<>();
		try (TabularReader reader = TabularReader.open(file, DeclarationColumn.tabular())) {
			reader.forEachRemaining(row -> rows.add(DeclaredRow.parse(row, THIS_MONTH)));
		}
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.problems()).isEmpty();
			assertThat(row.number()).isEqualTo(2);
			assertThat(row.month()).isEqualTo(YearMonth.of(2025, 3));
			assertThat(row.base()).isEqualByComparingTo("9000");
		});
	}

	@Test
	void takesTheMonthInTheFormsExcelWrites() {
		for (String text : List.of("2026-01", "2026-1", "2026/1", "2026.01", "202601", "2026年1月", "2026/1/31",
				"2026-01-01")) {
			assertThat(DeclaredRow.parseMonth(text)).as(text).isEqualTo(YearMonth.of(2026, 1));
		}
		for (String text : List.of("2026-13", "26-01", "2026/2/30", "Jan-26", "2026")) {
			assertThat(DeclaredRow.parseMonth(text)).as(text).isNull();
		}
	}

	@Test
	void reportsEachBadValueOnItsColumn() {
		String wrongCheck = ID.substring(0, 17) + (ID.charAt(17) == '1' ? '2' : '1');
		DeclaredRow row = parse(wrongCheck, "", "2026-12", "8000.123");
		assertThat(row.problems()).extracting(RowProblem::column, RowProblem::key)
			.containsExactly(Tuple.tuple("idNumber", "policy.idNumber.checkCharacter"),
					Tuple.tuple("name", "contribution.import.name.required"),
					Tuple.tuple("month", "contribution.import.month.future"),
					Tuple.tuple("base", "contribution.import.base.decimals"));
		assertThat(parse(ID, "张三", "1991-12", "0").problems()).extracting(RowProblem::key)
			.containsExactly("contribution.import.month.tooEarly", "contribution.import.base.notPositive");
		assertThat(parse(ID, "张三", "一月", "八千").problems()).extracting(RowProblem::key, RowProblem::arguments)
			.containsExactly(Tuple.tuple("contribution.import.month.format", List.of("一月")),
					Tuple.tuple("contribution.import.base.format", List.of("八千")));
	}

	@Test
	void explainsAnIdNumberExcelTurnedIntoANumber() {
		for (String number : List.of(ID.substring(0, 15) + "000", "1.10102E+17", "1.10102198503041E17")) {
			assertThat(parse(number, "张三", "2026-01", "8000").problems()).as(number)
				.extracting(RowProblem::key)
				.containsExactly("contribution.import.idNumber.number");
		}
		assertThat(parse(ID, "张三", "2026-01", "8000").base()).isEqualTo(new BigDecimal("8000.00"));
	}

}
