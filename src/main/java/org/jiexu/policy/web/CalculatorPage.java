package org.jiexu.policy.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jiexu.policy.Region;
import org.jiexu.policy.Regions;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

import jakarta.servlet.http.HttpServletResponse;

/** What the calculator pages share: refusals shown on the form, repeated form rows, the province list. */
final class CalculatorPage {

	static final int MAX_ROWS = 20;

	private CalculatorPage() {
	}

	/** Shows every refusal beside the form, with the refusal's status (400): nothing was calculated. */
	static void refused(UserInputException refusal, MessageSource messages, Model model, HttpServletResponse response) {
		response.setStatus(refusal.kind().httpStatus());
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("fieldErrors", refusal.messagesByField(messages, locale));
	}

	static List<Region> provinces() {
		return Regions.standard().provinces();
	}

	/** The i-th value of a repeated form field, or null. */
	static @Nullable String nth(MultiValueMap<String, String> form, String name, int i) {
		List<String> values = form.get(name);
		return values == null || values.size() <= i ? null : values.get(i);
	}

	/** How many rows the form shows: the rows asked for ({@code rows}), at least the rows sent, at most 20. */
	static int rows(MultiValueMap<String, String> form, String rowField, int minimum) {
		int sent = form.getOrDefault(rowField, List.of()).size();
		int asked = minimum;
		String rows = form.getFirst("rows");
		if (rows != null && rows.matches("\\d{1,2}")) {
			asked = Integer.parseInt(rows);
		}
		return Math.max(1, Math.min(MAX_ROWS, Math.max(sent, asked)));
	}

	/** Indexes of the rows in which at least one of the fields was filled in. */
	static List<Integer> filledRows(MultiValueMap<String, String> form, int rows, String... fields) {
		List<Integer> filled = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			for (String field : fields) {
				String value = nth(form, field, i);
				if (value != null && !value.isBlank()) {
					filled.add(i);
					break;
				}
			}
		}
		return filled;
	}

	/** The values of the repeated fields, row by row, to fill the form in again. */
	static List<Map<String, String>> rowValues(MultiValueMap<String, String> form, int rows, String... fields) {
		List<Map<String, String>> values = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			Map<String, String> row = new HashMap<>();
			for (String field : fields) {
				String value = nth(form, field, i);
				row.put(field, value == null ? "" : value);
			}
			values.add(row);
		}
		return values;
	}

}
