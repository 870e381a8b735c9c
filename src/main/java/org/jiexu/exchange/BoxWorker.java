package org.jiexu.exchange;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Works through the due messages of one box on a thread of its own: when nudged (after a commit put a message
 * there) and every {@code poll} (for the retries that fall due). Each message is claimed for a lease, worked on
 * ({@link #work}), and on failure scheduled again after the {@link Retry} backoff or, after the last attempt, given
 * up as a dead letter. While the transport is unavailable ({@link TransportUnavailable}) a round stops at its
 * first message, which waits without the attempt counting, so an outage of any length makes no dead letters. One
 * thread per box and deployment, so a box's messages are worked on one at a time.
 */
abstract class BoxWorker {

	private static final Logger LOG = LoggerFactory.getLogger(BoxWorker.class);

	private static final int BATCH = 100;

	private final Box box;

	private final Duration poll;

	private final ScheduledExecutorService thread;

	private final AtomicBoolean queued = new AtomicBoolean();

	private final AtomicBoolean transportDown = new AtomicBoolean();

	protected final MessageStore store;

	protected final Retry retry;

	BoxWorker(Box box, MessageStore store, Retry retry, Duration poll) {
		this.box = box;
		this.store = store;
		this.retry = retry;
		this.poll = poll;
		this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread worker = new Thread(runnable, "exchange-" + box.name().toLowerCase(java.util.Locale.ROOT));
			worker.setDaemon(true);
			return worker;
		});
	}

	/** Does what the message needs and marks it done; throws if it could not. */
	abstract void work(UUID messageId);

	/** Works through the due messages soon, on the worker's thread. */
	void nudge() {
		if (this.queued.compareAndSet(false, true)) {
			this.thread.execute(() -> {
				this.queued.set(false);
				drain();
			});
		}
	}

	/** Nudges once the caller's transaction has committed (at once without one). */
	void nudgeAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			nudge();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				nudge();
			}
		});
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		long millis = this.poll.toMillis();
		this.thread.scheduleWithFixedDelay(this::drain, millis, millis, TimeUnit.MILLISECONDS);
	}

	@PreDestroy
	void stop() {
		this.thread.shutdownNow();
	}

	/** Works through every due message, in this thread; how many were done. Package-private for tests. */
	int drain() {
		int done = 0;
		try {
			while (true) {
				List<UUID> due = this.store.due(this.box, BATCH);
				int claimed = 0;
				for (UUID id : due) {
					if (this.store.claim(this.box, id, this.retry.lease())) {
						claimed++;
						Outcome outcome = attempt(id);
						if (outcome == Outcome.TRANSPORT_UNAVAILABLE) {
							// nothing gets through now: the next poll tries again, with one message
							return done;
						}
						done += outcome == Outcome.DONE ? 1 : 0;
					}
				}
				if (claimed == 0) {
					return done;
				}
			}
		}
		catch (RuntimeException ex) {
			LOG.warn("The exchange's {} worker stopped a round; it resumes at the next poll", this.box, ex);
			return done;
		}
	}

	private Outcome attempt(UUID id) {
		try {
			work(id);
			if (this.transportDown.compareAndSet(true, false)) {
				LOG.info("The exchange's transport is back: the {} worker delivers again", this.box);
			}
			return Outcome.DONE;
		}
		catch (TransportUnavailable ex) {
			this.store.postponed(this.box, id, describe(ex), this.retry.first());
			if (this.transportDown.compareAndSet(false, true)) {
				LOG.warn("The exchange's transport is unavailable; messages wait, their attempts not counted, and are"
						+ " tried every {} until it is back: {}", this.retry.first(), describe(ex));
			}
			return Outcome.TRANSPORT_UNAVAILABLE;
		}
		catch (RuntimeException ex) {
			String error = describe(ex);
			boolean dead = this.store.failed(this.box, id, error, this.retry);
			if (dead) {
				LOG.error("Exchange message {} ({}) given up after its attempts: {}", id, this.box, error);
			}
			else {
				LOG.warn("Exchange message {} ({}) failed, tried again later: {}", id, this.box, error);
			}
			return Outcome.FAILED;
		}
	}

	private static String describe(RuntimeException ex) {
		return ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
	}

	private enum Outcome {

		DONE, FAILED, TRANSPORT_UNAVAILABLE

	}

}
