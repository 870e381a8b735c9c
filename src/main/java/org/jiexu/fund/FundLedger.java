package org.jiexu.fund;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jiexu.transfer.TransferCaseChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books every step of a case that moves money ({@link PostingRules}) in its agency's ledger, after the step's commit,
 * asynchronously, each step once: an entry is unique per (step id, agency, kind), so a step delivered again (the publication
 * registry delivers at least once and republishes on restart) books nothing. Every agency whose steps arrive is noted
 * as kept here ({@code fund.ledger_agency}), so the reports know which transfers they see both sides of.
 */
@Component
class FundLedger {

	private final JdbcClient jdbc;

	private final Clock clock;

	FundLedger(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(TransferCaseChanged changed) {
		apply(changed);
	}

	/** Books the step's entries unless they were booked before; whether an entry was booked now. */
	@Transactional
	boolean apply(TransferCaseChanged changed) {
		this.jdbc.sql("insert into fund.ledger_agency (agency_code, first_seen_on) values (?, ?) on conflict do nothing")
			.params(changed.agencyCode(), Date.valueOf(changed.day()))
			.update();
		boolean booked = false;
		for (Optional<JournalEntry> entry : List.of(PostingRules.normalisationFor(changed),
				PostingRules.entryFor(changed))) {
			booked |= entry.isPresent() && book(entry.get());
		}
		return booked;
	}

	/** Writes the entry and its lines, unless the agency booked the step already. */
	private boolean book(JournalEntry entry) {
		int taken = this.jdbc.sql("""
				insert into fund.journal_entry (agency_code, source_event_id, kind, transfer_id, counterpart_code, booked_on,
				 booked_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(entry.agencyCode(), entry.sourceEventId(), entry.kind().name(), entry.transferId(),
					entry.counterpartCode(), Date.valueOf(entry.bookedOn()), Timestamp.from(this.clock.instant()))
			.update();
		if (taken == 0) {
			return false;
		}
		long id = this.jdbc
			.sql("select id from fund.journal_entry where source_event_id = ? and agency_code = ? and kind = ?")
			.params(entry.sourceEventId(), entry.agencyCode(), entry.kind().name())
			.query(Long.class)
			.single();
		for (PostingLine line : entry.lines()) {
			this.jdbc.sql("insert into fund.journal_line (entry_id, account, debit, credit) values (?, ?, ?, ?)")
				.params(id, line.account().name(), line.debit(), line.credit())
				.update();
		}
		return true;
	}

}
