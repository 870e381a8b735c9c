package org.jiexu.contribution;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jiexu.job.Jobs;
import org.jiexu.policy.ContributorType;
import org.jiexu.policy.LateFee;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the good rows of a validated import as contribution records with their account credits
 * ({@link ContributionRecording}), a chunk per transaction that also moves the import's checkpoint and the job's
 * progress. Stopped anywhere, it resumes after the checkpoint; a month recorded meanwhile (or by an earlier
 * import of the same rows) is skipped with its credit, so running it again adds nothing.
 * <p>
 * Every month up to the current one is accepted: a month before the current one is a back-payment and carries
 * the late fee of Social Insurance Law Art. 86 ({@link LateFee}) up to the day of the import.
 */
@Component
class ImportRecording {

	private final ImportStaging staging;

	private final ContributionRecording recording;

	private final Jobs jobs;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final int chunkSize;

	ImportRecording(ImportStaging staging, ContributionRecording recording, Jobs jobs, TransactionTemplate transaction,
			Clock clock, @Value("${jiexu.contribution-import.chunk-size:1000}") int chunkSize) {
		this.staging = staging;
		this.recording = recording;
		this.jobs = jobs;
		this.transaction = transaction;
		this.clock = clock;
		this.chunkSize = chunkSize;
	}

	void run(ImportRecord record) {
		LocalDate today = LocalDate.now(this.clock);
		long[] checkpoint = { record.checkpoint() };
		long[] done = { this.staging.goodRowsUpTo(record.id(), record.checkpoint()) };
		boolean more = true;
		while (more) {
			more = Boolean.TRUE.equals(this.transaction.execute(status -> {
				List<ImportStaging.GoodRow> rows = this.staging.goodRowsAfter(record.id(), checkpoint[0],
						this.chunkSize);
				if (rows.isEmpty()) {
					return false;
				}
				List<NewContribution> contributions = rows.stream().map(row -> {
					BigDecimal due = row.split().employerPart().add(row.split().individualPart());
					return new NewContribution(row.personId(), record.agencyCode(), record.employerId(), row.month(),
							ContributorType.EMPLOYEE, row.split(), ContributionOrigin.IMPORT, record.id(), today,
							LateFee.of(row.month(), due, today).fee());
				}).toList();
				int written = this.recording.record(contributions).size();
				checkpoint[0] = rows.get(rows.size() - 1).id();
				done[0] += rows.size();
				this.staging.advance(record.id(), checkpoint[0], written);
				this.jobs.progress(record.jobId(), done[0]);
				return true;
			}));
		}
		this.staging.imported(record);
	}

}
