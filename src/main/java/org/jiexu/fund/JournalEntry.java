package org.jiexu.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jiexu.shared.Money;

/**
 * One journal entry (记账凭证) of one agency, from one step of one of its cases; it cannot exist unbalanced: at least
 * two lines, and the debits equal the credits.
 *
 * @param sourceEventId the step's id ({@code TransferCaseChanged.eventId}); with the agency, the entry's identity
 * @param counterpartCode the other agency of the transfer
 * @param bookedOn the day of the step
 */
record JournalEntry(String agencyCode, long sourceEventId, EntryKind kind, String transferId, String counterpartCode,
		LocalDate bookedOn, List<PostingLine> lines) {

	JournalEntry {
		lines = List.copyOf(lines);
		if (lines.size() < 2) {
			throw new IllegalArgumentException("An entry has at least two lines: " + lines);
		}
		BigDecimal debits = sum(lines, true);
		BigDecimal credits = sum(lines, false);
		if (debits.compareTo(credits) != 0) {
			throw new IllegalArgumentException("Unbalanced entry: debits " + debits + ", credits " + credits);
		}
	}

	/** The amount the entry moves: its debits (equal to its credits). */
	BigDecimal amount() {
		return sum(this.lines, true);
	}

	private static BigDecimal sum(List<PostingLine> lines, boolean debits) {
		return lines.stream().map(line -> debits ? line.debit() : line.credit()).reduce(Money.ZERO, BigDecimal::add);
	}

}
