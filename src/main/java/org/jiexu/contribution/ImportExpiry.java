package org.jiexu.contribution;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes the checked rows of imports that were validated and then left alone: every night, an import validated
 * more than {@code jiexu.contribution-import.keep-validated-days} days ago (default 7) and not imported becomes
 * {@link ImportState#EXPIRED}, and its staged rows (a row per declared row) are deleted. Its report (counts and
 * problems) stays; importing it is refused, and the file can be uploaded again. Without this, every file
 * uploaded to be checked and corrected left its rows behind for good.
 */
@Component
class ImportExpiry {

	private static final Logger LOG = LoggerFactory.getLogger(ImportExpiry.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final int keepDays;

	ImportExpiry(JdbcClient jdbc, TransactionTemplate transaction, Clock clock,
			@Value("${jiexu.contribution-import.keep-validated-days:7}") int keepDays) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.keepDays = keepDays;
	}

	/** Expires the imports validated before the days kept; returns their ids. */
	@Scheduled(cron = "${jiexu.contribution-import.expiry-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
	List<Long> expireAbandoned() {
		Timestamp before = Timestamp.from(this.clock.instant().minus(Duration.ofDays(this.keepDays)));
		List<Long> candidates = this.jdbc
			.sql("select id from contribution.contribution_import where state = 'VALIDATED' and validated_at < ?"
					+ " order by id")
			.param(before)
			.query(Long.class)
			.list();
		List<Long> expired = candidates.stream().filter(this::expire).toList();
		if (!expired.isEmpty()) {
			LOG.info("Contribution imports expired (validated more than {} days ago, not imported): {}", this.keepDays,
					expired);
		}
		return expired;
	}

	/** Expires the import if it is still validated and not imported (its import may have just started). */
	private boolean expire(long importId) {
		return Boolean.TRUE.equals(this.transaction.execute(status -> {
			int changed = this.jdbc
				.sql("update contribution.contribution_import set state = 'EXPIRED', refusal_key = ?,"
						+ " refusal_arguments = ? where id = ? and state = 'VALIDATED'")
				.params("contribution.import.expired", String.valueOf(this.keepDays), importId)
				.update();
			if (changed == 1) {
				this.jdbc.sql("delete from contribution.import_row where import_id = ?").param(importId).update();
			}
			return changed == 1;
		}));
	}

}
