package org.jiexu.transfer.simulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The simulation's money: accounts holding postings keyed by reference, where a reference booked twice on one account
 * books once (as {@code account.posting}'s unique (account, reference)). Accounts are named
 * {@code <agency>/account/<person>} (an individual account), {@code <agency>/pooled} (the pooled fund),
 * {@code <agency>/received} (account money received with a remittance, not yet credited to the person),
 * {@code transit} (remitted, not yet received) and {@code persons/refunds} (refunds paid out to persons).
 */
final class Ledger {

	private final Map<String, Map<String, BigDecimal>> accounts = new LinkedHashMap<>();

	/** Books the amount unless the account already holds the reference; whether it booked. */
	boolean post(String account, String reference, BigDecimal amount) {
		return this.accounts.computeIfAbsent(account, a -> new LinkedHashMap<>()).putIfAbsent(reference, amount) == null;
	}

	boolean holds(String account, String reference) {
		Map<String, BigDecimal> postings = this.accounts.get(account);
		return postings != null && postings.containsKey(reference);
	}

	BigDecimal balance(String account) {
		Map<String, BigDecimal> postings = this.accounts.get(account);
		return postings == null ? Money.ZERO
				: postings.values().stream().reduce(Money.ZERO, BigDecimal::add);
	}

	/** Every account's balance added up. */
	BigDecimal total() {
		return this.accounts.keySet().stream().map(this::balance).reduce(Money.ZERO, BigDecimal::add);
	}

	Set<String> accounts() {
		return this.accounts.keySet();
	}

	/** The postings ({@code account reference amount}) whose reference names the transfer. */
	List<String> postingsOf(String transferId) {
		List<String> found = new ArrayList<>();
		this.accounts.forEach((account, postings) -> postings.forEach((reference, amount) -> {
			if (reference.endsWith(":" + transferId)) {
				found.add(account + " " + reference + " " + amount);
			}
		}));
		return found;
	}

	/** A summary of every balance, for comparing two runs of one seed. */
	String fingerprint() {
		StringBuilder out = new StringBuilder();
		this.accounts.keySet().forEach(account -> out.append(account).append('=').append(balance(account)).append(';'));
		return out.toString();
	}

	/** Amounts in yuan at scale 2. */
	static final class Money {

		static final BigDecimal ZERO = new BigDecimal("0.00");

		private Money() {
		}

		static BigDecimal of(BigDecimal amount) {
			return amount.setScale(2, java.math.RoundingMode.HALF_UP);
		}

	}

}
