package org.jiexu.contribution;

import org.jspecify.annotations.Nullable;

/**
 * A change waiting in a reviewer's queue: the declaration, the employer's name (none for a flexible worker),
 * the year's limits with their source, and whether the reader submitted it (then another reviewer must decide).
 */
public record BaseDeclarationReview(BaseDeclarationView declaration, @Nullable String employerName,
		BaseLimitsView limits, boolean ownSubmission) {
}
