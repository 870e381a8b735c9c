package org.jiexu.job;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.jiexu.identity.CurrentUser;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The job table: modules start a job, report progress (in the transaction of the work it counts, so the count
 * never runs ahead of what is committed) and finish it; staff read their agency's jobs.
 */
@Service
public class Jobs {

	private static final String COLUMNS = "id, kind, agency_code, parameters, state, total, done, outcome, created_by,"
			+ " created_at, updated_at, finished_at";

	private final JdbcClient jdbc;

	private final Clock clock;

	Jobs(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A new running job of {@code total} units; joins the caller's transaction. */
	@Transactional
	public long start(JobKind kind, String agencyCode, String parameters, long total, String createdBy) {
		Timestamp now = Timestamp.from(this.clock.instant());
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("insert into job.job (kind, agency_code, parameters, state, total, done, created_by,"
				+ " created_at, updated_at) values (?, ?, ?, 'RUNNING', ?, 0, ?, ?, ?)")
			.params(kind.name(), agencyCode, parameters, total, createdBy, now, now)
			.update(key, "id");
		return java.util.Objects.requireNonNull(key.getKey()).longValue();
	}

	/** Sets the units done so far; call it inside the transaction that did them. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void progress(long jobId, long done) {
		this.jdbc.sql("update job.job set done = ?, updated_at = ? where id = ?")
			.params(done, Timestamp.from(this.clock.instant()), jobId)
			.update();
	}

	/**
	 * Adds {@code more} units to those done; call it inside the transaction that did them. Unlike
	 * {@link #progress}, it stays right when several transactions of one job commit in any order.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void advance(long jobId, long more) {
		this.jdbc.sql("update job.job set done = done + ?, updated_at = ? where id = ?")
			.params(more, Timestamp.from(this.clock.instant()), jobId)
			.update();
	}

	@Transactional
	public void total(long jobId, long total) {
		this.jdbc.sql("update job.job set total = ?, updated_at = ? where id = ?")
			.params(total, Timestamp.from(this.clock.instant()), jobId)
			.update();
	}

	/** Marks the job finished ({@link JobState#COMPLETED} or {@link JobState#FAILED}) or interrupted. */
	@Transactional
	public void finish(long jobId, JobState state, @Nullable String outcome) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("update job.job set state = ?, outcome = ?, updated_at = ?, finished_at = ? where id = ?")
			.params(state.name(), outcome, now, state.isFinal() ? now : null, jobId)
			.update();
	}

	/** Marks a job running again before it is resumed. */
	@Transactional
	public void resume(long jobId) {
		this.jdbc.sql("update job.job set state = 'RUNNING', outcome = null, updated_at = ? where id = ?")
			.params(Timestamp.from(this.clock.instant()), jobId)
			.update();
	}

	/**
	 * The job, for staff of its agency and for the user who started it (an employer handler's import); anyone
	 * else gets "not found".
	 */
	@Transactional(readOnly = true)
	public JobView find(CurrentUser user, long jobId) {
		String agency = user.isStaff() ? user.agencyCode() : null;
		return this.jdbc
			.sql("select " + COLUMNS + " from job.job where id = ? and (agency_code = ? or created_by = ?)")
			.params(jobId, agency, user.username())
			.query(Jobs::view)
			.optional()
			.orElseThrow(() -> UserInputException.notFound("job.notFound", jobId));
	}

	/** A job by id, unscoped, for the module that runs it. */
	@Transactional(readOnly = true)
	public JobView get(long jobId) {
		return this.jdbc.sql("select " + COLUMNS + " from job.job where id = ?")
			.param(jobId)
			.query(Jobs::view)
			.single();
	}

	/** The agency's latest jobs of a kind, newest first. */
	@Transactional(readOnly = true)
	public List<JobView> recent(CurrentUser user, JobKind kind, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from job.job where agency_code = ? and kind = ? order by id desc limit ?")
			.params(user.requireAgency(), kind.name(), limit)
			.query(Jobs::view)
			.list();
	}

	/** Jobs of a kind left running when the application stopped. */
	@Transactional(readOnly = true)
	public List<JobView> running(JobKind kind) {
		return this.jdbc.sql("select " + COLUMNS + " from job.job where kind = ? and state = 'RUNNING' order by id")
			.param(kind.name())
			.query(Jobs::view)
			.list();
	}

	private static JobView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new JobView(rs.getLong("id"), JobKind.valueOf(rs.getString("kind")), rs.getString("agency_code"),
				rs.getString("parameters"), JobState.valueOf(rs.getString("state")), rs.getLong("total"),
				rs.getLong("done"), rs.getString("outcome"), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				finished == null ? null : finished.toInstant());
	}

}
