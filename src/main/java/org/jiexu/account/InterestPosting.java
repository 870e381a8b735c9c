package org.jiexu.account;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jiexu.identity.AuditAction;
import org.jiexu.identity.AuditTrail;
import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.Role;
import org.jiexu.job.JobKind;
import org.jiexu.job.JobState;
import org.jiexu.job.JobView;
import org.jiexu.job.Jobs;
import org.jiexu.policy.InterestMethod;
import org.jiexu.policy.InterestRate;
import org.jiexu.policy.InterestRates;
import org.jiexu.registry.RegistryManagement;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

/**
 * Yearly interest posting (年度结息) of one agency's individual accounts, by the policy's rate for the year and
 * province and its {@link InterestMethod} (the 1997 rule). It runs in the background in chunks of accounts
 * ({@code InterestPostingChunks}) posted by parallel workers, each chunk committed with the mark that it is
 * posted, so a run stopped anywhere resumes with the chunks not posted and ends with the same ledger as an
 * uninterrupted run; a year already posted posts nothing again.
 * <p>
 * A year can be posted once it is over and the year before is posted for every account that has a balance.
 */
@Service
public class InterestPosting {

	private static final Logger LOG = LoggerFactory.getLogger(InterestPosting.class);

	private static final Set<Role> POSTERS = Set.of(Role.ADMIN, Role.SUPERVISOR);

	private final JdbcClient jdbc;

	private final Jobs jobs;

	private final RegistryManagement registry;

	private final InterestPostingChunks chunks;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final AuditTrail audit;

	private final int chunkSize;

	private final ApplicationEventPublisher events;

	private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "interest-posting");
		thread.setDaemon(true);
		return thread;
	});

	private final Set<Long> active = ConcurrentHashMap.newKeySet();

	InterestPosting(JdbcClient jdbc, Jobs jobs, RegistryManagement registry, InterestPostingChunks chunks,
			TransactionTemplate transaction, Clock clock, AuditTrail audit,
			@Value("${jiexu.interest-posting.chunk-size:5000}") int chunkSize, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.registry = registry;
		this.chunks = chunks;
		this.transaction = transaction;
		this.clock = clock;
		this.chunkSize = chunkSize;
		this.audit = audit;
	}

	/**
	 * Starts posting {@code year} for the user's agency (administrators and supervisors), in the background.
	 *
	 * @param enteredRate the rate to apply when the policy has none for the year (a decimal, e.g. 0.0262)
	 * @return the run; its job shows the progress
	 */
	public InterestPostingView start(CurrentUser user, int year, @Nullable BigDecimal enteredRate) {
		InterestPostingView run = prepare(user, year, enteredRate, InterestMethod.RULE_1997);
		submit(run.job().id(), Interruption.NONE);
		return run;
	}

	/** Checks and records a run without starting it (tests start it themselves). */
	InterestPostingView prepare(CurrentUser user, int year, @Nullable BigDecimal enteredRate, InterestMethod method) {
		if (!user.isStaff() || !user.hasAnyRole(POSTERS)) {
			throw new AccessDeniedException("Interest posting needs one of the roles " + POSTERS);
		}
		InterestPostingView run = prepare(user.requireAgency(), year, enteredRate, method, user.username());
		this.transaction.executeWithoutResult(status -> this.audit.record(user, AuditAction.INTEREST_POSTING_STARTED,
				"interest posting job " + run.job().id() + " (" + year + ", rate " + run.rate().toPlainString() + ")"));
		return run;
	}

	private InterestPostingView prepare(String agencyCode, int year, @Nullable BigDecimal enteredRate,
			InterestMethod method, String startedBy) {
		int thisYear = LocalDate.now(this.clock).getYear();
		if (year >= thisYear || year < 1990) {
			throw UserInputException.invalid("year", "account.interest.yearNotOver", year, thisYear);
		}
		InterestRate rate = rate(agencyCode, year, enteredRate);
		Long job = this.transaction.execute(status -> {
			List<Long> unfinished = this.jdbc.sql("select p.job_id from account.interest_posting p join job.job j"
					+ " on j.id = p.job_id where p.agency_code = ? and p.posting_year = ? and j.state in"
					+ " ('RUNNING', 'INTERRUPTED')")
				.params(agencyCode, year)
				.query(Long.class)
				.list();
			if (!unfinished.isEmpty()) {
				throw UserInputException.conflict("year", "account.interest.unfinished", year, unfinished.get(0));
			}
			long unposted = unpostedPreviousYear(agencyCode, year);
			if (unposted > 0) {
				throw UserInputException.conflict("year", "account.interest.previousNotPosted", year - 1, unposted,
						year);
			}
			long[] accounts = this.jdbc
				.sql("select count(*), coalesce(max(id), 0) from account.individual_account where agency_code = ?")
				.param(agencyCode)
				.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
				.single();
			// the job counts the accounts gone through; the run counts those posted (with a balance or postings)
			long id = this.jobs.start(JobKind.INTEREST_POSTING, agencyCode, "year=" + year, accounts[0], startedBy);
			long lastAccount = accounts[1];
			this.jdbc.sql("insert into account.interest_posting (job_id, agency_code, posting_year, rate, method,"
					+ " last_account_id, accounts_posted, interest_total) values (?, ?, ?, ?, ?, ?, 0, 0)")
				.params(id, agencyCode, year, rate.rate(), method.name(), lastAccount)
				.update();
			return id;
		});
		return view(java.util.Objects.requireNonNull(job), rate.source().citation());
	}

	/**
	 * Posts, in this thread, every year of the agency from the first with postings and no yearly balance up to
	 * last year, stopping before the first year the policy has no rate for. For taking over history (and the
	 * demo); users start one year at a time.
	 *
	 * @return the years posted
	 */
	public List<Integer> catchUp(String agencyCode, String startedBy) {
		Integer first = this.jdbc.sql("select min(p.posting_year) from account.posting p join"
				+ " account.individual_account a on a.id = p.account_id where a.agency_code = ? and not exists"
				+ " (select 1 from account.year_balance b where b.account_id = a.id and b.balance_year = p.posting_year)")
			.param(agencyCode)
			.query(Integer.class)
			.optional()
			.orElse(null);
		List<Integer> posted = new java.util.ArrayList<>();
		InterestRates rates = InterestRates.forProvince(province(agencyCode));
		int thisYear = LocalDate.now(this.clock).getYear();
		for (int year = first == null ? thisYear : first; year < thisYear && rates.rate(year).isPresent(); year++) {
			run(prepare(agencyCode, year, null, InterestMethod.RULE_1997, startedBy).job().id(),
					Interruption.NONE, Integer.MAX_VALUE);
			posted.add(year);
		}
		return posted;
	}

	private InterestRate rate(String agencyCode, int year, @Nullable BigDecimal enteredRate) {
		InterestRates rates = InterestRates.forProvince(province(agencyCode));
		if (enteredRate != null) {
			rates = rates.withOverrides(java.util.Map.of(year, enteredRate));
		}
		return rates.rate(year)
			.orElseThrow(() -> UserInputException.invalid("rate", "account.interest.rateMissing", year));
	}

	private String province(String agencyCode) {
		return this.registry.agency(agencyCode).province();
	}

	/** Accounts with postings before {@code year} whose previous year has no balance yet. */
	private long unpostedPreviousYear(String agencyCode, int year) {
		return this.jdbc.sql("select count(*) from account.individual_account a where a.agency_code = ?"
				+ " and exists (select 1 from account.posting p where p.account_id = a.id and p.posting_year < ?)"
				+ " and not exists (select 1 from account.year_balance b where b.account_id = a.id"
				+ " and b.balance_year = ?)")
			.params(agencyCode, year, year - 1)
			.query(Long.class)
			.single();
	}

	/** Resumes an interrupted run of the user's agency. */
	public InterestPostingView resume(CurrentUser user, long jobId) {
		JobView job = this.jobs.find(user, jobId);
		if (job.kind() != JobKind.INTEREST_POSTING || job.state() != JobState.INTERRUPTED) {
			throw UserInputException.conflict("job", "account.interest.notInterrupted", jobId);
		}
		if (!user.hasAnyRole(POSTERS)) {
			throw new AccessDeniedException("Interest posting needs one of the roles " + POSTERS);
		}
		this.jobs.resume(jobId);
		submit(jobId, Interruption.NONE);
		return find(user, jobId);
	}

	/** The run, for staff of its agency. */
	public InterestPostingView find(CurrentUser user, long jobId) {
		JobView job = this.jobs.find(user, jobId);
		if (job.kind() != JobKind.INTEREST_POSTING) {
			throw UserInputException.notFound("job.notFound", jobId);
		}
		return view(jobId, null);
	}

	/** The agency's latest runs, newest first. */
	public List<InterestPostingView> recent(CurrentUser user) {
		return this.jobs.recent(user, JobKind.INTEREST_POSTING, 10).stream().map(job -> view(job.id(), null)).toList();
	}

	private InterestPostingView view(long jobId, @Nullable String rateSource) {
		JobView job = this.jobs.get(jobId);
		return this.jdbc.sql("select agency_code, posting_year, rate, method, accounts_posted, interest_total"
				+ " from account.interest_posting where job_id = ?")
			.param(jobId)
			.query((rs, row) -> {
				int year = rs.getInt("posting_year");
				String source = rateSource != null ? rateSource : sourceOf(rs.getString("agency_code"), year,
						rs.getBigDecimal("rate"));
				return new InterestPostingView(job, rs.getString("agency_code"), year, rs.getBigDecimal("rate"), source,
						rs.getString("method"), rs.getLong("accounts_posted"), rs.getBigDecimal("interest_total"));
			})
			.single();
	}

	private String sourceOf(String agencyCode, int year, BigDecimal applied) {
		return InterestRates.forProvince(province(agencyCode))
			.rate(year)
			.filter(rate -> rate.rate().compareTo(applied) == 0)
			.map(rate -> rate.source().citation())
			.orElse(org.jiexu.policy.Source.entered("记账利率 " + year).citation());
	}

	private void submit(long jobId, Interruption interruption) {
		this.runner.submit(() -> run(jobId, interruption));
	}

	/**
	 * Runs the job's remaining chunks in this thread; a failure leaves it {@link JobState#INTERRUPTED} for
	 * a resume. Package-private so tests can run (and interrupt) it synchronously.
	 */
	void run(long jobId, Interruption interruption) {
		run(jobId, interruption, this.chunkSize);
	}

	private void run(long jobId, Interruption interruption, int chunkSize) {
		if (!this.active.add(jobId)) {
			return; // already running in this application
		}
		try {
			InterestPostingRun run = runOf(jobId);
			this.chunks.postAll(run, chunkSize, interruption);
			this.transaction.executeWithoutResult(status -> {
				this.jobs.finish(jobId, JobState.COMPLETED, null);
				this.events.publishEvent(new InterestYearPosted(run.agencyCode(), run.year(), jobId));
			});
		}
		catch (RuntimeException failure) {
			LOG.warn("Interest posting job {} stopped; it can be resumed", jobId, failure);
			this.jobs.finish(jobId, JobState.INTERRUPTED, failure.getClass().getSimpleName());
			throw failure;
		}
		finally {
			this.active.remove(jobId);
		}
	}

	/** What the chunks of the run need to know. */
	InterestPostingRun runOf(long jobId) {
		return this.jdbc
			.sql("select agency_code, posting_year, rate, method, last_account_id from account.interest_posting"
					+ " where job_id = ?")
			.param(jobId)
			.query((rs, row) -> new InterestPostingRun(jobId, rs.getString("agency_code"), rs.getInt("posting_year"),
					rs.getBigDecimal("rate"), InterestMethod.valueOf(rs.getString("method")).creditWeight(),
					rs.getLong("last_account_id")))
			.single();
	}

	/** Runs left running when the application stopped are resumed once it is up again. */
	@EventListener(ApplicationReadyEvent.class)
	void resumeRunning() {
		this.jobs.running(JobKind.INTEREST_POSTING).forEach(job -> {
			LOG.info("Resuming interest posting job {}", job.id());
			submit(job.id(), Interruption.NONE);
		});
	}

	@PreDestroy
	void stop() {
		this.runner.shutdownNow();
	}

}
