package org.jiexu.contribution;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** An import as stored ({@code contribution.contribution_import}). */
record ImportRecord(long id, long jobId, String agencyCode, long employerId, String fileName, String fileFormat,
		long fileSize, String sha256, ImportState state, long rowsTotal, long rowsGood, long rowsBad,
		long rowsRecorded, long rowsImported, BigDecimal amountDue, BigDecimal lateFee, @Nullable String refusalKey,
		List<String> refusalArguments, long checkpoint, String createdBy, Instant createdAt,
		@Nullable Instant validatedAt, @Nullable String importedBy, @Nullable Instant importedAt) {
}
