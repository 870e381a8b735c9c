package org.jiexu.account;

import java.util.Map;

/**
 * Postings to book set-wise ({@link AccountLedger#post(PostingSelection)}): a query of the calling module over its
 * own tables that yields one row per posting with the columns {@code person_id}, {@code agency_code},
 * {@code value_month} (a date, the first of the month), {@code posting_year}, {@code amount} (yuan, scale 2) and
 * {@code reference} (unique per account, at most 40 characters), and the named parameters it uses (none may start
 * with {@code ledger_}; a parameter in the select list needs a cast, for H2). The query is the caller's code, never
 * user input.
 */
public record PostingSelection(PostingKind kind, String query, Map<String, ?> parameters) {

	public PostingSelection {
		parameters = Map.copyOf(parameters);
		if (parameters.keySet().stream().anyMatch(name -> name.startsWith("ledger_"))) {
			throw new IllegalArgumentException("Parameters starting with ledger_ are the ledger's own");
		}
	}

}
