package org.jiexu.contribution;

import java.time.Instant;

import org.jiexu.job.JobState;
import org.jiexu.registry.ResultPage;
import org.jspecify.annotations.Nullable;

/**
 * The report of a monthly declaration import: the file, where the import stands and its progress, how many rows
 * are good, bad or already recorded (importing those again adds nothing), how many were imported, what the good
 * rows come to (employer and individual parts, and the late fee of months before the current one as of the day
 * of the check), and a page of the problems of the bad rows, in the reader's language. Money is yuan with two
 * decimals.
 *
 * @param refusal why the file was refused, the check stopped or the import expired, for {@link ImportState#REFUSED},
 * {@link ImportState#FAILED} and {@link ImportState#EXPIRED}
 * @param earlierImportId an earlier import of the same file for the same employer whose rows were imported
 */
public record ContributionImportView(long id, long jobId, long employerId, String employerName, String fileName,
		String fileFormat, long fileSize, String fileSha256, ImportState state, ImportProgress progress,
		long rowsTotal, long rowsGood, long rowsBad, long rowsRecorded, long rowsImported, String amountDue,
		String lateFee, @Nullable String refusal, @Nullable Long earlierImportId, String createdBy, Instant createdAt,
		@Nullable Instant validatedAt, @Nullable Instant importedAt, ResultPage<ImportProblemView> problems) {

	/**
	 * Progress of the current step (rows checked, or rows imported), from the import's job: its state is
	 * {@code RUNNING} while the step runs.
	 */
	public record ImportProgress(JobState state, long done, long total, int percent) {
	}

}
