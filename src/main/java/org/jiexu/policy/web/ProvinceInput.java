package org.jiexu.policy.web;

import org.jiexu.policy.Regions;
import org.jiexu.shared.TextInput;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;

/** A province field of a calculator. */
final class ProvinceInput {

	private ProvinceInput() {
	}

	/** A 2-digit province code of GB/T 2260, e.g. {@code 42}. */
	static String province(String field, @Nullable String text) {
		String value = TextInput.required(field, text);
		if (Regions.standard().isProvince(value)) {
			return value;
		}
		throw UserInputException.invalid(field, "policy.input.province", value);
	}

}
