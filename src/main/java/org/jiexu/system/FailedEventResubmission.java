package org.jiexu.system;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands the events whose asynchronous listener failed (the fund ledger's booking, the dashboard's counts, …) to that
 * listener again every {@code jiexu.events.resubmit-every} (30 s), instead of only when the application restarts.
 * Only failed publications are resubmitted, not those in flight; the listeners are idempotent (each books or counts
 * an event once), so a second delivery changes nothing.
 */
@Component
class FailedEventResubmission {

	private static final Logger LOG = LoggerFactory.getLogger(FailedEventResubmission.class);

	private final FailedEventPublications failed;

	private final Duration minAge;

	FailedEventResubmission(FailedEventPublications failed,
			@Value("${jiexu.events.resubmit-after:10s}") Duration minAge) {
		this.failed = failed;
		this.minAge = minAge;
	}

	@Scheduled(fixedDelayString = "${jiexu.events.resubmit-every:30s}",
			initialDelayString = "${jiexu.events.resubmit-every:30s}")
	void resubmit() {
		try {
			this.failed.resubmit(ResubmissionOptions.defaults().withMinAge(this.minAge));
		}
		catch (RuntimeException ex) {
			LOG.warn("Resubmitting failed event publications stopped; tried again at the next round", ex);
		}
	}

}
