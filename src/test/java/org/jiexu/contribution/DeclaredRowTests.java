package org.jiexu.contribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.jiexu.contribution.upload.DeclarationCell;
import org.jiexu.contribution.upload.DeclarationRow;
import org.jiexu.policy.IdNumber;
import org.jiexu.shared.UserInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeclaredRowTests {

	private static final YearMonth THIS_MONTH = YearMonth.of(2026, 11);

	private static final String ID = IdNumber.compose("110102", LocalDate.of(1985, 3, 4), 123).value();

	private static final DeclarationColumns COLUMNS = DeclarationColumns
		.of(row(1, "序号", " 身份证号码 ", "姓名", "缴费月份（yyyy-MM）", "Base"));

	private static DeclarationRow row(long number, String... texts) {
		return new DeclarationRow(number, Arrays.stream(texts).map(DeclarationCell::text).toList());
	}

	private static DeclaredRow parse(DeclarationCell id, String name, DeclarationCell month, DeclarationCell base) {
		return DeclaredRow.parse(new DeclarationRow(7, List.of(DeclarationCell.text("1"), id, DeclarationCell.text(name),
				month, base)), COLUMNS, THIS_MONTH);
	}

	private static DeclaredRow parse(String id, String name, String month, String base) {
		return parse(DeclarationCell.text(id), name, DeclarationCell.text(month), DeclarationCell.text(base));
	}

	@Test
	void readsAGoodRowWithItsColumnsInAnyOrderAndSpelling() {
		DeclaredRow row = parse(ID.toLowerCase(), " 张三 ", "2026-01", "8,000.5");
		assertThat(row.problems()).isEmpty();
		assertThat(row.number()).isEqualTo(7);
		assertThat(row.idNumber()).isEqualTo(ID);
		assertThat(row.name()).isEqualTo("张三");
		assertThat(row.month()).isEqualTo(YearMonth.of(2026, 1));
		assertThat(row.base()).isEqualByComparingTo("8000.50");
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
		DeclaredRow fromDate = parse(DeclarationCell.text(ID), "张三",
				new DeclarationCell(DeclarationCell.Kind.DATE, "2025-07-01"), DeclarationCell.text("8000"));
		assertThat(fromDate.month()).isEqualTo(YearMonth.of(2025, 7));
	}

	@Test
	void reportsEachBadValueOnItsColumn() {
		String wrongCheck = ID.substring(0, 17) + (ID.charAt(17) == '1' ? '2' : '1');
		DeclaredRow row = parse(wrongCheck, "", "2026-12", "8000.123");
		assertThat(row.problems()).extracting(RowProblem::column, RowProblem::key)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("idNumber", "policy.idNumber.checkCharacter"),
					org.assertj.core.groups.Tuple.tuple("name", "contribution.import.name.required"),
					org.assertj.core.groups.Tuple.tuple("month", "contribution.import.month.future"),
					org.assertj.core.groups.Tuple.tuple("base", "contribution.import.base.decimals"));
		assertThat(parse(ID, "张三", "1991-12", "0").problems()).extracting(RowProblem::key)
			.containsExactly("contribution.import.month.tooEarly", "contribution.import.base.notPositive");
		assertThat(parse(ID, "张三", "一月", "八千").problems()).extracting(RowProblem::key, RowProblem::arguments)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("contribution.import.month.format", List.of("一月")),
					org.assertj.core.groups.Tuple.tuple("contribution.import.base.format", List.of("八千")));
	}

	@Test
	void explainsAnIdNumberExcelTurnedIntoANumber() {
		DeclaredRow row = parse(new DeclarationCell(DeclarationCell.Kind.NUMBER, "110102198503041000"), "张三",
				DeclarationCell.text("2026-01"), new DeclarationCell(DeclarationCell.Kind.NUMBER, "8000"));
		assertThat(row.problems()).extracting(RowProblem::key).containsExactly("contribution.import.idNumber.number");
		assertThat(row.base()).isEqualTo(new BigDecimal("8000.00"));
	}

	@Test
	void refusesAHeaderWithoutTheColumnsNamingWhatIsMissing() {
		assertThatThrownBy(() -> DeclarationColumns.of(row(1, "身份证号", "姓名", "月份", "工资")))
			.isInstanceOfSatisfying(UserInputException.class, refusal -> {
				assertThat(refusal.messageKey()).isEqualTo("contribution.import.file.columns");
				assertThat(refusal.arguments()).containsExactly("1", "身份证号, 姓名, 月份, 工资",
						"缴费月份/month, 缴费基数/base");
			});
		assertThatThrownBy(() -> DeclarationColumns.of(row(1, "身份证号", "id_number", "姓名", "month", "base")))
			.isInstanceOfSatisfying(UserInputException.class, refusal -> assertThat(refusal.messageKey())
				.isEqualTo("contribution.import.file.duplicateColumn"));
		assertThatThrownBy(() -> DeclarationColumns.of(null)).isInstanceOfSatisfying(UserInputException.class,
				refusal -> assertThat(refusal.messageKey()).isEqualTo("contribution.import.file.empty"));
	}

}
