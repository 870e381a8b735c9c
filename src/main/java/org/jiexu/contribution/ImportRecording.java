package org.jiexu.contribution;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.jiexu.account.AccountLedger;
import org.jiexu.account.PostingKind;
import org.jiexu.account.PostingSelection;
import org.jiexu.job.Jobs;
import org.jiexu.policy.ContributorType;
import org.jiexu.policy.LateFee;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the good rows of a validated import as contribution records with their account credits, set-wise: a
 * chunk of staged rows per transaction is one {@code INSERT … SELECT} into the records (a month the agency has
 * recorded for the person meanwhile, or by an earlier import of the same rows, is skipped) and one set-wise
 * booking of the credits of the records just written ({@link AccountLedger#post(PostingSelection)}), together
 * with the import's checkpoint and the job's progress. Stopped anywhere, it resumes after the checkpoint; running
 * it again adds nothing.
 * <p>
 * Every month up to the current one is accepted: a month before the current one is a back-payment and carries
 * the late fee of Social Insurance Law Art. 86 ({@link LateFee}) up to the day of the import, computed with the
 * same rule per month ({@link LateFee#factor}) and rounded half-up to the fen.
 */
@Component
class ImportRecording {

	private final ImportStaging staging;

	private final AccountLedger ledger;

	private final Jobs jobs;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final int chunkSize;

	ImportRecording(ImportStaging staging, AccountLedger ledger, Jobs jobs, JdbcClient jdbc,
			TransactionTemplate transaction, Clock clock,
			@Value("${jiexu.contribution-import.record-chunk-size:50000}") int chunkSize) {
		this.staging = staging;
		this.ledger = ledger;
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.chunkSize = chunkSize;
	}

	void run(ImportRecord record) {
		LocalDate today = LocalDate.now(this.clock);
		String lateFee = lateFee(record.id(), today);
		long checkpoint = record.checkpoint();
		long done = this.staging.goodRowsUpTo(record.id(), checkpoint);
		ImportStaging.Chunk chunk;
		while ((chunk = this.staging.nextGoodRows(record.id(), checkpoint, this.chunkSize)).rows() > 0) {
			ImportStaging.Chunk current = chunk;
			long reached = done + current.rows();
			this.transaction.executeWithoutResult(status -> {
				long before = this.jdbc.sql("select coalesce(max(id), 0) from contribution.contribution_record")
					.query(Long.class)
					.single();
				int written = this.jdbc.sql("insert into contribution.contribution_record (person_id, agency_code,"
						+ " employer_id, contribution_month, contributor_type, base, employer_part, individual_part,"
						+ " account_credit, pooled_part, origin, batch_id, paid_on, late_fee, recorded_at)"
						// the person looked up by ID number per row, not joined: a join is planned as a hash join that
						// reads every registered person once per chunk (most of the time of an import of 10M rows)
						+ " select (select p.person_id from registry.person_identity p where p.id_number = r.id_number),"
						+ " :agency, :employer, r.contribution_month, :type, r.base, r.employer_part,"
						+ " r.individual_part, r.account_credit, r.pooled_part, :origin, :import, :today, " + lateFee
						+ ", :now from contribution.import_row r where r.import_id = :import and r.state = 'GOOD'"
						+ " and r.id > :from and r.id <= :to on conflict do nothing")
					.param("agency", record.agencyCode())
					.param("employer", record.employerId())
					.param("type", ContributorType.EMPLOYEE.name())
					.param("origin", ContributionOrigin.IMPORT.name())
					.param("import", record.id())
					.param("today", Date.valueOf(today))
					.param("now", Timestamp.from(this.clock.instant()))
					.param("from", current.after())
					.param("to", current.last())
					.update();
				// the credits' references as ContributionRecording.reference(month) makes them
				this.ledger.post(new PostingSelection(PostingKind.CONTRIBUTION, "select c.person_id, c.agency_code,"
						+ " c.contribution_month as value_month, cast(:year as int) as posting_year, c.account_credit as amount,"
						+ " cast(:prefix as varchar(20)) || to_char(c.contribution_month, 'YYYY-MM') as reference"
						+ " from contribution.contribution_record c where c.id > :before and c.batch_id = :import"
						+ " and c.origin = :origin and c.account_credit <> 0",
						Map.of("year", today.getYear(), "before", before, "import", record.id(), "origin",
								ContributionOrigin.IMPORT.name(), "prefix", ContributionRecording.REFERENCE_PREFIX)));
				this.staging.advance(record.id(), current.last(), written);
				this.jobs.progress(record.jobId(), reached);
			});
			checkpoint = current.last();
			done = reached;
		}
		this.staging.imported(record);
	}

	/**
	 * The late fee of a staged row paid today, as SQL: the amount owed times the factor of its month
	 * ({@link LateFee#factor}), rounded half-up to the fen. The factors of the months of the import's good rows are
	 * literals (a few hundred at most: 1992 to this month).
	 */
	private String lateFee(long importId, LocalDate today) {
		List<YearMonth> months = this.staging.goodMonths(importId);
		if (months.isEmpty()) {
			return "0";
		}
		StringBuilder sql = new StringBuilder("round((r.employer_part + r.individual_part) * case r.contribution_month");
		for (YearMonth month : months) {
			sql.append(" when date '")
				.append(month.atDay(1))
				.append("' then ")
				.append(LateFee.factor(month, today).toPlainString());
		}
		return sql.append(" else 0 end, 2)").toString();
	}

}
