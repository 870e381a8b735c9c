package org.jiexu.contribution;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jiexu.document.TabularColumn;

/**
 * The columns of a monthly declaration file, found by their Chinese or English header (the document module's
 * reader ignores case, spaces, {@code _} and {@code -}). {@link #field} is the name the API and the problems use;
 * labels in {@code contribution.import.column.*}.
 */
enum DeclarationColumn {

	ID_NUMBER("idNumber", "身份证号", "id_number", "身份证号码", "公民身份号码"),
	NAME("name", "姓名", "name"),
	MONTH("month", "缴费月份", "month", "contribution_month"),
	BASE("base", "缴费基数", "base", "contribution_base");

	final String field;

	final String chinese;

	final String english;

	private final List<String> aliases;

	DeclarationColumn(String field, String chinese, String english, String... aliases) {
		this.field = field;
		this.chinese = chinese;
		this.english = english;
		this.aliases = List.of(aliases);
	}

	/** The header as the template writes it in the language. */
	String header(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? this.english : this.chinese;
	}

	/** The columns as the reader looks for them: all required, the month read as a month. */
	static List<TabularColumn> tabular() {
		return Arrays.stream(values()).map(column -> {
			String[] names = new String[column.aliases.size() + 2];
			names[0] = column.chinese;
			names[1] = column.english;
			for (int i = 0; i < column.aliases.size(); i++) {
				names[i + 2] = column.aliases.get(i);
			}
			TabularColumn tabular = TabularColumn.required(column.field, names);
			return column == MONTH ? tabular.asMonth() : tabular;
		}).toList();
	}

}
