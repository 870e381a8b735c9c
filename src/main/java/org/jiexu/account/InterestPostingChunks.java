package org.jiexu.account;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The chunks of an interest posting run (decision 19): planned one at a time as contiguous ranges of the agency's
 * account ids, each recorded before it is handed to a worker, and posted by {@code workers} workers in parallel,
 * each chunk in its own transaction ({@link InterestPostingChunk}). A run that stopped anywhere resumes by posting
 * its planned chunks that are not posted and planning on after the last one: every account is in exactly one
 * chunk, and a chunk is posted once, so the ledger is the same as after an uninterrupted run.
 */
@Component
class InterestPostingChunks {

	private final JdbcClient jdbc;

	private final InterestPostingChunk chunk;

	private final int workers;

	InterestPostingChunks(JdbcClient jdbc, InterestPostingChunk chunk,
			@Value("${jiexu.interest-posting.workers:2}") int workers) {
		if (workers < 1) {
			throw new IllegalArgumentException("jiexu.interest-posting.workers must be at least 1, not " + workers);
		}
		this.jdbc = jdbc;
		this.chunk = chunk;
		this.workers = workers;
	}

	/**
	 * Posts every chunk of the run that is not posted, and returns when all are posted; if a chunk fails, the
	 * other workers finish the chunk they are in, and its failure is thrown.
	 */
	void postAll(InterestPostingRun run, int chunkSize, Interruption interruption) {
		AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
		Semaphore idle = new Semaphore(this.workers);
		AtomicInteger threads = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(this.workers, task -> {
			Thread thread = new Thread(task, "interest-posting-" + run.jobId() + "-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			Deque<long[]> unposted = unposted(run.jobId());
			while (failure.get() == null) {
				long[] range = unposted.isEmpty() ? planNext(run, chunkSize) : unposted.poll();
				if (range == null) {
					idle.acquireUninterruptibly(this.workers);
					idle.release(this.workers);
					unposted = unposted(run.jobId());
					if (unposted.isEmpty()) {
						break;
					}
					continue; // chunks another runner of the job planned or held, and left unposted
				}
				idle.acquireUninterruptibly();
				pool.execute(() -> {
					try {
						if (failure.get() == null) {
							this.chunk.post(run, range[0], range[1], interruption);
						}
					}
					catch (Throwable ex) {
						failure.compareAndSet(null, ex);
					}
					finally {
						idle.release();
					}
				});
			}
			idle.acquireUninterruptibly(this.workers);
		}
		finally {
			pool.shutdown();
		}
		Throwable failed = failure.get();
		if (failed instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failed != null) {
			throw new IllegalStateException("An interest posting chunk failed", failed);
		}
	}

	/**
	 * The run's planned chunks that are not posted. Locking them waits for a chunk another runner is posting, so a
	 * chunk in its hands is seen as it ends: posted, or not.
	 */
	private Deque<long[]> unposted(long jobId) {
		return new ArrayDeque<>(this.jdbc
			.sql("select first_account_id, end_account_id from account.interest_posting_chunk where job_id = ?"
					+ " and posted_at is null order by first_account_id for update")
			.param(jobId)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list());
	}

	/**
	 * Plans and records the chunk {@code [from, to)} after the last planned one: {@code chunkSize} of the agency's
	 * accounts, or none when every account of the run is planned.
	 */
	private long @Nullable [] planNext(InterestPostingRun run, int chunkSize) {
		long lastAccount = run.lastAccountId();
		while (true) {
			long from = this.jdbc
				.sql("select coalesce(max(end_account_id), 0) from account.interest_posting_chunk where job_id = ?")
				.param(run.jobId())
				.query(Long.class)
				.single();
			if (from > lastAccount) {
				return null;
			}
			Long next = this.jdbc
				.sql("select id from account.individual_account where agency_code = ? and id >= ? and id <= ?"
						+ " order by id offset ? rows fetch next 1 rows only")
				.params(run.agencyCode(), from, lastAccount, chunkSize)
				.query(Long.class)
				.optional()
				.orElse(null);
			long to = next == null ? lastAccount + 1 : next;
			try {
				this.jdbc.sql("insert into account.interest_posting_chunk (job_id, first_account_id, end_account_id)"
						+ " values (?, ?, ?)")
					.params(run.jobId(), from, to)
					.update();
				return new long[] { from, to };
			}
			catch (DuplicateKeyException plannedElsewhere) {
				// another runner of the same job planned it first and posts it; plan the one after
			}
		}
	}

}
