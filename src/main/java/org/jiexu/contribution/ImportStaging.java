package org.jiexu.contribution;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.jiexu.identity.AuditAction;
import org.jiexu.identity.AuditTrail;
import org.jiexu.identity.CurrentUser;
import org.jiexu.job.JobState;
import org.jiexu.job.Jobs;
import org.jiexu.policy.ContributionRate.ContributionSplit;
import org.jiexu.shared.BulkInsert;
import org.jiexu.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import tables: the import itself, its staged rows and their problems. Each chunk of checked rows is
 * written in its own short transaction with the job's progress; duplicates within the file and the report's
 * counts are found set-wise when the last chunk is in.
 */
@Component
class ImportStaging {

	/** Separates the arguments of a stored message. */
	static final String SEPARATOR = "\u001F";

	private static final String COLUMNS = "id, job_id, agency_code, employer_id, file_name, file_format, file_size,"
			+ " file_sha256, state, rows_total, rows_good, rows_bad, rows_recorded, rows_imported, amount_due, late_fee,"
			+ " refusal_key, refusal_arguments, import_checkpoint, created_by, created_at, validated_at, imported_by,"
			+ " imported_at";

	private static final List<String> ROW_COLUMNS = List.of("import_id", "row_number", "state", "id_number",
			"declared_name", "contribution_month", "base", "employer_part", "individual_part", "account_credit",
			"pooled_part", "late_fee");

	/** A staged row {@code r} whose month the agency {@code :agency} has recorded for the person already. */
	private static final String RECORDED_ALREADY = "exists (select 1 from registry.person_identity p"
			+ " join contribution.contribution_record c on c.person_id = p.person_id where p.id_number = r.id_number"
			+ " and c.agency_code = :agency and c.contribution_month = r.contribution_month)";

	private static final List<String> PROBLEM_COLUMNS = List.of("import_id", "row_number", "column_name",
			"message_key", "arguments");

	/** A stored problem. */
	record ProblemRow(long row, @Nullable String column, String key, List<String> arguments) {
	}

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final Jobs jobs;

	private final Clock clock;

	private final AuditTrail audit;

	ImportStaging(JdbcClient jdbc, DataSource dataSource, Jobs jobs, Clock clock, AuditTrail audit) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.jobs = jobs;
		this.clock = clock;
		this.audit = audit;
	}

	/** Records a new import being validated, with its job. */
	@Transactional
	ImportTarget create(ImportTarget target, String fileName, String format, long size, String sha256,
			String createdBy) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("insert into contribution.contribution_import (job_id, agency_code, employer_id, file_name,"
				+ " file_format, file_size, file_sha256, state, rows_total, rows_good, rows_bad, rows_recorded,"
				+ " rows_imported, amount_due, late_fee, import_checkpoint, created_by, created_at)"
				+ " values (?, ?, ?, ?, ?, ?, ?, 'VALIDATING', 0, 0, 0, 0, 0, 0, 0, 0, ?, ?)")
			.params(target.jobId(), target.agencyCode(), target.employerId(), abbreviate(fileName, 255), format, size,
					sha256, createdBy, now())
			.update(key, "id");
		long id = java.util.Objects.requireNonNull(key.getKey()).longValue();
		return new ImportTarget(id, target.jobId(), target.employerId(), target.agencyCode(), target.province());
	}

	/** Stages a chunk of checked rows with their problems and moves the job's progress to {@code done} rows. */
	@Transactional
	void saveChunk(ImportTarget target, List<StagedRow> rows, long done) {
		List<Object[]> staged = new ArrayList<>(rows.size());
		List<Object[]> problems = new ArrayList<>();
		for (StagedRow row : rows) {
			ContributionSplit split = row.split();
			staged.add(new Object[] { target.importId(), row.number(), row.state().name(), row.idNumber(),
					row.name() == null ? null : abbreviate(row.name(), 100), row.month(),
					split == null ? null : split.base(), split == null ? null : split.employerPart(),
					split == null ? null : split.individualPart(), split == null ? null : split.accountCredit(),
					split == null ? null : split.pooledPart(), row.lateFee() });
			for (RowProblem problem : row.problems()) {
				problems.add(problem(target.importId(), row.number(), problem));
			}
		}
		BulkInsert.rows(this.dataSource, "contribution.import_row", ROW_COLUMNS, staged);
		addProblems(problems);
		this.jdbc.sql("update contribution.contribution_import set rows_total = ? where id = ?")
			.params(done, target.importId())
			.update();
		this.jobs.progress(target.jobId(), done);
	}

	/** A problem as {@link #addProblems} takes it. */
	static Object[] problem(long importId, long row, RowProblem problem) {
		return new Object[] { importId, row, problem.column(), problem.key(),
				abbreviate(String.join(SEPARATOR, problem.arguments()), 1000) };
	}

	/** Stores problems made by {@link #problem}, in the caller's transaction. */
	void addProblems(List<Object[]> problems) {
		BulkInsert.rows(this.dataSource, "contribution.import_problem", PROBLEM_COLUMNS, problems);
	}

	/**
	 * Ends the validation after the registry checks: reports both rows of every person and month that appear twice
	 * (the first as having a duplicate, the later ones as duplicates of the first), marks every row with a problem
	 * bad and every good row whose month the agency has recorded for the person already as recorded, and counts
	 * the report. When every good row is recorded already (the same file uploaded again), nothing is left to import
	 * and the staged rows are removed instead of marked.
	 */
	@Transactional
	void finishValidation(ImportTarget target) {
		long id = target.importId();
		// one pass over the import's rows, sorted by person and month: the first row of each pair or more, the
		// row after it, and the later rows
		this.jdbc.sql("insert into contribution.import_problem (import_id, row_number, column_name, message_key,"
				+ " arguments) select import_id, row_number, 'month', case when row_number = first_row then"
				+ " 'contribution.import.duplicate.first' else 'contribution.import.duplicate.later' end,"
				+ " cast(case when row_number = first_row then next_row else first_row end as varchar(20))"
				+ " from (select import_id, row_number,"
				+ " min(row_number) over (partition by id_number, contribution_month) as first_row,"
				+ " count(*) over (partition by id_number, contribution_month) as rows_of_key,"
				+ " lead(row_number) over (partition by id_number, contribution_month order by row_number) as next_row"
				+ " from contribution.import_row where import_id = :id and id_number is not null"
				+ " and contribution_month is not null) d where rows_of_key > 1")
			.param("id", id)
			.update();
		this.jdbc.sql("update contribution.import_row set state = 'BAD' where import_id = :id and state <> 'BAD'"
				+ " and row_number in (select p.row_number from contribution.import_problem p where p.import_id = :id)")
			.param("id", id)
			.update();
		ReportCounts counts = reportCounts(id);
		long alreadyRecorded = this.jdbc.sql("select count(*) from contribution.import_row r where r.import_id = :id"
				+ " and r.state = 'GOOD' and " + RECORDED_ALREADY)
			.param("id", id)
			.param("agency", target.agencyCode())
			.query(Long.class)
			.single();
		if (alreadyRecorded > 0 && alreadyRecorded == counts.good()) {
			// the usual case of a file uploaded again: nothing is left to import, so the staged rows serve nothing
			// (removing them costs a fraction of marking each one recorded)
			this.jdbc.sql("delete from contribution.import_row where import_id = ?").param(id).update();
			counts = new ReportCounts(0, counts.bad(), alreadyRecorded, Money.ZERO, Money.ZERO);
		}
		else if (alreadyRecorded > 0) {
			this.jdbc.sql("update contribution.import_row r set state = 'RECORDED' where r.import_id = :id"
					+ " and r.state = 'GOOD' and " + RECORDED_ALREADY)
				.param("id", id)
				.param("agency", target.agencyCode())
				.update();
			counts = reportCounts(id);
		}
		long good = counts.good();
		long bad = counts.bad();
		long recorded = counts.recorded();
		long total = good + bad + recorded;
		this.jdbc.sql("update contribution.contribution_import set state = 'VALIDATED', rows_total = ?, rows_good = ?,"
				+ " rows_bad = ?, rows_recorded = ?, amount_due = ?, late_fee = ?, validated_at = ? where id = ?")
			.params(total, good, bad, recorded, counts.amountDue(), counts.lateFee(), now(), id)
			.update();
		this.jobs.total(target.jobId(), total);
		this.jobs.progress(target.jobId(), total);
		this.jobs.finish(target.jobId(), JobState.COMPLETED, "rows=" + total + " good=" + good + " bad=" + bad
				+ " recorded=" + recorded);
	}

	/** The report's counts of staged rows by state, and the amounts of the good rows. */
	record ReportCounts(long good, long bad, long recorded, BigDecimal amountDue, BigDecimal lateFee) {
	}

	private ReportCounts reportCounts(long id) {
		long[] counts = new long[StagedRow.State.values().length];
		BigDecimal[] due = { Money.ZERO, Money.ZERO };
		this.jdbc.sql("select state, count(*), coalesce(sum(employer_part + individual_part), 0),"
				+ " coalesce(sum(late_fee), 0) from contribution.import_row where import_id = ? group by state")
			.param(id)
			.query(rs -> {
				StagedRow.State state = StagedRow.State.valueOf(rs.getString(1));
				counts[state.ordinal()] = rs.getLong(2);
				if (state == StagedRow.State.GOOD) {
					due[0] = rs.getBigDecimal(3);
					due[1] = rs.getBigDecimal(4);
				}
			});
		return new ReportCounts(counts[StagedRow.State.GOOD.ordinal()], counts[StagedRow.State.BAD.ordinal()],
				counts[StagedRow.State.RECORDED.ordinal()], due[0], due[1]);
	}

	/** Ends an import that was refused or failed, with the reason, and its job. */
	@Transactional
	void end(ImportRecord record, ImportState state, String key, List<String> arguments) {
		this.jdbc.sql("update contribution.contribution_import set state = ?, refusal_key = ?, refusal_arguments = ?"
				+ " where id = ?")
			.params(state.name(), key, abbreviate(String.join(SEPARATOR, arguments), 1000), record.id())
			.update();
		// nothing can import this file's rows any more (it is uploaded again); its problems stay for the report
		this.jdbc.sql("delete from contribution.import_row where import_id = ?").param(record.id()).update();
		this.jobs.finish(record.jobId(), JobState.FAILED, key);
	}

	@Transactional(readOnly = true)
	Optional<ImportRecord> load(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from contribution.contribution_import where id = ?")
			.param(id)
			.query(ImportStaging::record)
			.optional();
	}

	/** The employer's latest imports, newest first. */
	@Transactional(readOnly = true)
	List<ImportRecord> recent(long employerId, int limit) {
		return this.jdbc.sql("select " + COLUMNS + " from contribution.contribution_import where employer_id = ?"
				+ " order by id desc limit ?")
			.params(employerId, limit)
			.query(ImportStaging::record)
			.list();
	}

	/** The imports in a state (to clean up or resume after a restart). */
	@Transactional(readOnly = true)
	List<ImportRecord> inState(ImportState state) {
		return this.jdbc.sql("select " + COLUMNS + " from contribution.contribution_import where state = ? order by id")
			.param(state.name())
			.query(ImportStaging::record)
			.list();
	}

	/** The latest earlier import of the same file for the same employer whose rows were imported. */
	@Transactional(readOnly = true)
	Optional<Long> earlierImport(ImportRecord record) {
		return this.jdbc.sql("select id from contribution.contribution_import where employer_id = ?"
				+ " and file_sha256 = ? and id < ? and state in ('IMPORTING', 'IMPORTED') order by id desc limit 1")
			.params(record.employerId(), record.sha256(), record.id())
			.query(Long.class)
			.optional();
	}

	@Transactional(readOnly = true)
	long problemCount(long importId) {
		return this.jdbc.sql("select count(*) from contribution.import_problem where import_id = ?")
			.param(importId)
			.query(Long.class)
			.single();
	}

	/** Problems in the order of the rows, a page of them. */
	@Transactional(readOnly = true)
	List<ProblemRow> problems(long importId, long offset, int limit) {
		return this.jdbc.sql("select row_number, column_name, message_key, arguments from contribution.import_problem"
				+ " where import_id = ? order by row_number, id limit ? offset ?")
			.params(importId, limit, offset)
			.query((rs, n) -> problem(rs))
			.list();
	}

	/** Every problem in the order of the rows, streamed (for downloads of any size). */
	@Transactional(readOnly = true)
	void forEachProblem(long importId, Consumer<ProblemRow> consumer) {
		this.jdbc.sql("select row_number, column_name, message_key, arguments from contribution.import_problem"
				+ " where import_id = ? order by row_number, id")
			.param(importId)
			.withFetchSize(1000)
			.query(rs -> {
				consumer.accept(problem(rs));
			});
	}

	/**
	 * Moves a validated import to importing and its job to 0 of the good rows; false if it was not validated
	 * (already started, or done).
	 */
	@Transactional
	boolean startImport(ImportRecord record, CurrentUser user) {
		boolean started = this.jdbc.sql("update contribution.contribution_import set state = 'IMPORTING',"
				+ " imported_by = ? where id = ? and state = 'VALIDATED'")
			.params(user.username(), record.id())
			.update() == 1;
		if (started) {
			this.audit.record(user, AuditAction.CONTRIBUTIONS_IMPORTED, "contribution import " + record.id() + " ("
					+ record.rowsGood() + " rows, employer " + record.employerId() + ")");
			this.jobs.resume(record.jobId());
			this.jobs.total(record.jobId(), record.rowsGood());
			this.jobs.progress(record.jobId(), 0);
		}
		return started;
	}

	/** The next good rows after the checkpoint (a staging row id): how many, and the id of the last. */
	record Chunk(long after, long rows, long last) {
	}

	@Transactional(readOnly = true)
	Chunk nextGoodRows(long importId, long after, int limit) {
		return this.jdbc.sql("select count(*), coalesce(max(id), 0) from (select id from contribution.import_row"
				+ " where import_id = ? and state = 'GOOD' and id > ? order by id limit ?) s")
			.params(importId, after, limit)
			.query((rs, n) -> new Chunk(after, rs.getLong(1), rs.getLong(2)))
			.single();
	}

	/** The months of the import's good rows. */
	@Transactional(readOnly = true)
	List<YearMonth> goodMonths(long importId) {
		return this.jdbc.sql("select distinct contribution_month from contribution.import_row where import_id = ?"
				+ " and state = 'GOOD' order by contribution_month")
			.param(importId)
			.query((rs, n) -> YearMonth.from(rs.getDate(1).toLocalDate()))
			.list();
	}

	@Transactional(readOnly = true)
	long goodRowsUpTo(long importId, long checkpoint) {
		return this.jdbc.sql("select count(*) from contribution.import_row where import_id = ? and state = 'GOOD'"
				+ " and id <= ?")
			.params(importId, checkpoint)
			.query(Long.class)
			.single();
	}

	/** Moves the import's checkpoint past a chunk that wrote {@code written} records. */
	void advance(long importId, long checkpoint, int written) {
		this.jdbc.sql("update contribution.contribution_import set import_checkpoint = ?,"
				+ " rows_imported = rows_imported + ? where id = ?")
			.params(checkpoint, written, importId)
			.update();
	}

	/** Ends an import whose good rows are written, and removes its staged rows. */
	@Transactional
	void imported(ImportRecord record) {
		this.jdbc.sql("update contribution.contribution_import set state = 'IMPORTED', imported_at = ? where id = ?")
			.params(now(), record.id())
			.update();
		// the staged rows served the import and nothing reads them any more (the report's problems stay)
		this.jdbc.sql("delete from contribution.import_row where import_id = ?").param(record.id()).update();
		long imported = load(record.id()).orElseThrow().rowsImported();
		this.jobs.finish(record.jobId(), JobState.COMPLETED, "imported=" + imported);
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private static ProblemRow problem(ResultSet rs) throws SQLException {
		return new ProblemRow(rs.getLong(1), rs.getString(2), rs.getString(3), arguments(rs.getString(4)));
	}

	private static List<String> arguments(@Nullable String stored) {
		return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split(SEPARATOR, -1));
	}

	private static String abbreviate(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

	private static ImportRecord record(ResultSet rs, int row) throws SQLException {
		Timestamp validated = rs.getTimestamp("validated_at");
		Timestamp imported = rs.getTimestamp("imported_at");
		return new ImportRecord(rs.getLong("id"), rs.getLong("job_id"), rs.getString("agency_code"),
				rs.getLong("employer_id"), rs.getString("file_name"), rs.getString("file_format"),
				rs.getLong("file_size"), rs.getString("file_sha256"), ImportState.valueOf(rs.getString("state")),
				rs.getLong("rows_total"), rs.getLong("rows_good"), rs.getLong("rows_bad"), rs.getLong("rows_recorded"),
				rs.getLong("rows_imported"), rs.getBigDecimal("amount_due"), rs.getBigDecimal("late_fee"),
				rs.getString("refusal_key"), arguments(rs.getString("refusal_arguments")),
				rs.getLong("import_checkpoint"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
				validated == null ? null : validated.toInstant(), rs.getString("imported_by"),
				imported == null ? null : imported.toInstant());
	}

}
