package org.jiexu.contribution;

import java.sql.Date;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.jiexu.account.AccountLedger;
import org.jiexu.account.NewPosting;
import org.jiexu.account.PostingKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes contribution records and credits their account part to the person's individual account at the same
 * agency, in the caller's transaction. A month already recorded for the person at the agency is skipped, and so
 * is its credit (the posting's reference is the month), so recording the same months twice adds nothing.
 */
@Component
class ContributionRecording {

	static final String INSERT = "insert into contribution.contribution_record (person_id, agency_code, employer_id,"
			+ " contribution_month, contributor_type, base, employer_part, individual_part, account_credit, pooled_part,"
			+ " origin, batch_id, paid_on, late_fee, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
			+ " on conflict do nothing";

	private final JdbcTemplate jdbc;

	private final AccountLedger ledger;

	private final Clock clock;

	ContributionRecording(JdbcTemplate jdbc, AccountLedger ledger, Clock clock) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.clock = clock;
	}

	/** What the reference of a month's credit starts with; the month (yyyy-MM) follows. */
	static final String REFERENCE_PREFIX = "contribution:";

	/** The posting reference of a month's credit: unique per account, as the record is per agency and month. */
	static String reference(java.time.YearMonth month) {
		return REFERENCE_PREFIX + month;
	}

	/** @return the records written (the others were already there); their credits are booked on the day paid */
	@Transactional(propagation = Propagation.MANDATORY)
	List<NewContribution> record(List<NewContribution> contributions) {
		return record(contributions, NewContribution::paidOn);
	}

	/** As {@link #record(List)}, with the day each credit is booked (its posting year) given apart. */
	@Transactional(propagation = Propagation.MANDATORY)
	List<NewContribution> record(List<NewContribution> contributions,
			java.util.function.Function<NewContribution, java.time.LocalDate> bookedOn) {
		List<NewContribution> written = insert(contributions);
		this.ledger.post(written.stream()
			.filter(c -> c.split().accountCredit().signum() != 0)
			.map(c -> new NewPosting(c.personId(), c.agencyCode(), PostingKind.CONTRIBUTION, c.month(), bookedOn.apply(c),
					c.split().accountCredit(), reference(c.month())))
			.toList());
		return written;
	}

	/**
	 * Writes the records only, crediting nothing (for a history whose account money arrives otherwise, such as with a
	 * transfer); the records written.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	List<NewContribution> insert(List<NewContribution> contributions) {
		Timestamp now = Timestamp.from(this.clock.instant());
		int[][] counts = this.jdbc.batchUpdate(INSERT, contributions, 1000, (ps, c) -> {
			Date month = Date.valueOf(c.month().atDay(1));
			ps.setLong(1, c.personId());
			ps.setString(2, c.agencyCode());
			if (c.employerId() == null) {
				ps.setNull(3, Types.BIGINT);
			}
			else {
				ps.setLong(3, c.employerId());
			}
			ps.setDate(4, month);
			ps.setString(5, c.contributorType().name());
			ps.setBigDecimal(6, c.split().base());
			ps.setBigDecimal(7, c.split().employerPart());
			ps.setBigDecimal(8, c.split().individualPart());
			ps.setBigDecimal(9, c.split().accountCredit());
			ps.setBigDecimal(10, c.split().pooledPart());
			ps.setString(11, c.origin().name());
			if (c.batchId() == null) {
				ps.setNull(12, Types.BIGINT);
			}
			else {
				ps.setLong(12, c.batchId());
			}
			ps.setDate(13, Date.valueOf(c.paidOn()));
			ps.setBigDecimal(14, c.lateFee());
			ps.setTimestamp(15, now);
		});
		List<NewContribution> written = new ArrayList<>();
		int index = 0;
		for (int[] batch : counts) {
			for (int count : batch) {
				if (count > 0 || count == Statement.SUCCESS_NO_INFO) {
					written.add(contributions.get(index));
				}
				index++;
			}
		}
		return written;
	}

}
