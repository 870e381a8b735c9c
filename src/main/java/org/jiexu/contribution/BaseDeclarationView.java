package org.jiexu.contribution;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.jiexu.policy.BaseLimits;
import org.jspecify.annotations.Nullable;

/**
 * One yearly base declaration (缴费基数申报) of a person: the base as typed ({@code declaredBase}) and the base
 * contributions are computed on ({@code base}: the typed one, or the floor or ceiling when the declarant applied
 * the limit, as {@code limitOutcome} says), its state, and for a change the base it replaces, the reason, the
 * evidence and the reviewer's decision with its note. Times are local (Asia/Shanghai). The ID number is masked.
 *
 * @param employerId the declaring employer; {@code null} for a flexible worker's own declaration
 * @param previousBase for a change: the base in force when it was submitted
 */
public record BaseDeclarationView(long id, long personId, String personName, String idNumber,
		@Nullable Long employerId, String agencyCode, int year, BigDecimal declaredBase, BigDecimal base,
		BaseLimits.Outcome limitOutcome, BaseDeclarationState state, @Nullable BigDecimal previousBase,
		@Nullable String reason, String submittedBy, LocalDateTime submittedAt, @Nullable String reviewedBy,
		@Nullable LocalDateTime reviewedAt, @Nullable String reviewNote, List<EvidenceView> evidence) {

	/** Whether this is a change of a base in force (it needed evidence and a reviewer). */
	public boolean change() {
		return this.previousBase != null;
	}

}
