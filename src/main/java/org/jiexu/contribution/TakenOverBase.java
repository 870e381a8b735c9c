package org.jiexu.contribution;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A yearly base taken over from an earlier system (or the demo data): the person, the employer that declared it
 * ({@code null} for a flexible worker), the agency, the year and the base as recorded there.
 */
public record TakenOverBase(long personId, @Nullable Long employerId, String agencyCode, int year,
		BigDecimal base) {
}
