package org.jiexu.transfer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/** The texts of one ledger in the reader's language, each looked up once (a ledger repeats its labels). */
final class LedgerLabels {

	private final MessageSource messages;

	private final Locale locale;

	private final Map<String, String> cache = new HashMap<>();

	LedgerLabels(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	String of(String key) {
		return this.cache.computeIfAbsent(key, k -> this.messages.getMessage(k, null, this.locale));
	}

	/** A label with arguments (not cached). */
	String format(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, this.locale);
	}

	Locale locale() {
		return this.locale;
	}

}
