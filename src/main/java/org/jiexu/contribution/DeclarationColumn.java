package org.jiexu.contribution;

import java.util.Locale;
import java.util.Set;

/**
 * The columns of a monthly declaration file, recognised by their Chinese or English header (spaces, case,
 * underscores and a note in brackets do not matter: {@code 缴费月份（yyyy-MM）} and {@code Month} both name the
 * month). {@link #field} is the name the API and the problems use; labels in {@code contribution.import.column.*}.
 */
enum DeclarationColumn {

	ID_NUMBER("idNumber", "身份证号", "id_number", Set.of("身份证号", "身份证号码", "公民身份号码", "idnumber")),
	NAME("name", "姓名", "name", Set.of("姓名", "name")),
	MONTH("month", "缴费月份", "month", Set.of("缴费月份", "month", "contributionmonth")),
	BASE("base", "缴费基数", "base", Set.of("缴费基数", "base", "contributionbase"));

	final String field;

	final String chinese;

	final String english;

	private final Set<String> names;

	DeclarationColumn(String field, String chinese, String english, Set<String> names) {
		this.field = field;
		this.chinese = chinese;
		this.english = english;
		this.names = names;
	}

	boolean isNamed(String header) {
		return this.names.contains(normalise(header));
	}

	/** The header as the template writes it in the language. */
	String header(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? this.english : this.chinese;
	}

	static String normalise(String header) {
		return header.replace("\uFEFF", "")
			.replaceAll("[(（][^)）]*[)）]", "")
			.replaceAll("[\\s\\u3000_*＊-]", "")
			.toLowerCase(Locale.ROOT);
	}

}
