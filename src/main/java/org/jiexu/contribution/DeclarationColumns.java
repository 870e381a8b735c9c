package org.jiexu.contribution;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jiexu.contribution.upload.DeclarationCell;
import org.jiexu.contribution.upload.DeclarationRow;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;

/**
 * Where each column of a declaration file is, from its header row. Every column must be there exactly once;
 * other columns (a 序号, remarks) are ignored. A wrong header is one refusal naming the columns expected, those
 * found and those missing.
 */
final class DeclarationColumns {

	private final Map<DeclarationColumn, Integer> index;

	private DeclarationColumns(Map<DeclarationColumn, Integer> index) {
		this.index = index;
	}

	/** The columns of the file from its first row; an empty file is refused. */
	static DeclarationColumns of(@Nullable DeclarationRow header) {
		if (header == null) {
			throw UserInputException.invalid("file", "contribution.import.file.empty");
		}
		Map<DeclarationColumn, Integer> index = new EnumMap<>(DeclarationColumn.class);
		for (int i = 0; i < header.cells().size(); i++) {
			String name = header.cell(i).text();
			for (DeclarationColumn column : DeclarationColumn.values()) {
				if (column.isNamed(name) && index.putIfAbsent(column, i) != null) {
					throw UserInputException.invalid("file", "contribution.import.file.duplicateColumn", name.strip());
				}
			}
		}
		if (index.size() < DeclarationColumn.values().length) {
			List<String> missing = new ArrayList<>();
			for (DeclarationColumn column : DeclarationColumn.values()) {
				if (!index.containsKey(column)) {
					missing.add(column.chinese + "/" + column.english);
				}
			}
			String found = header.cells()
				.stream()
				.map(DeclarationCell::text)
				.map(String::strip)
				.collect(Collectors.joining(", "));
			throw UserInputException.invalid("file", "contribution.import.file.columns", String.valueOf(header.number()),
					found, String.join(", ", missing));
		}
		return new DeclarationColumns(index);
	}

	DeclarationCell cell(DeclarationRow row, DeclarationColumn column) {
		return row.cell(this.index.get(column));
	}

}
