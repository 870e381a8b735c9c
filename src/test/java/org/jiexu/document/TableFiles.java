package org.jiexu.document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jiexu.shared.UserInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Uploads built in the test: CSV text in a given encoding, workbooks written with fastexcel as Excel would. */
final class TableFiles {

	static final List<TabularColumn> DECLARATION = List.of(TabularColumn.required("idNumber", "身份证号", "id_number"),
			TabularColumn.required("name", "姓名", "name"), TabularColumn.required("base", "缴费基数", "base"),
			TabularColumn.optional("remark", "备注", "remark"));

	private TableFiles() {
	}

	static Path csv(Path folder, String text) {
		return bytes(folder, "upload.csv", text.getBytes(StandardCharsets.UTF_8));
	}

	static Path csvWithByteOrderMark(Path folder, String text) {
		return bytes(folder, "upload.csv", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
	}

	static Path csv(Path folder, String text, Charset charset) {
		return bytes(folder, "upload.csv", text.getBytes(charset));
	}

	static Path bytes(Path folder, String name, byte[] content) {
		try {
			return Files.write(folder.resolve(name), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A workbook with one sheet "申报", filled by {@code fill}. */
	static Path xlsx(Path folder, String name, Consumer<Worksheet> fill) {
		Path file = folder.resolve(name);
		try (OutputStream out = Files.newOutputStream(file)) {
			Workbook workbook = new Workbook(out, "Test", "1.0");
			workbook.setCompressionLevel(1);
			Worksheet sheet = workbook.newWorksheet("申报");
			fill.accept(sheet);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/** Puts values into a row of a sheet: texts as shared strings (as Excel writes them), numbers, booleans. */
	static void row(Worksheet sheet, int row, Object... values) {
		for (int column = 0; column < values.length; column++) {
			Object value = values[column];
			if (value instanceof Number number) {
				sheet.value(row, column, number);
			}
			else if (value instanceof Boolean bool) {
				sheet.value(row, column, bool);
			}
			else {
				sheet.value(row, column, value.toString());
			}
		}
	}

	static void assertRefused(Path file, List<TabularColumn> columns, String key, Object... arguments) {
		assertThatExceptionOfType(UserInputException.class).isThrownBy(() -> TabularReader.open(file, columns))
			.satisfies(refusal -> {
				assertThat(refusal.messageKey()).isEqualTo(key);
				assertThat(refusal.arguments()).containsExactly(arguments);
				assertThat(refusal.kind()).isEqualTo(UserInputException.Kind.INVALID);
			});
	}

	static List<TabularRow> readAll(Path file, List<TabularColumn> columns) {
		try (TabularReader reader = TabularReader.open(file, columns)) {
			List<TabularRow> rows = new ArrayList<>();
			reader.forEachRemaining(rows::add);
			return rows;
		}
	}

}
