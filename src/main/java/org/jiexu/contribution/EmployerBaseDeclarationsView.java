package org.jiexu.contribution;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An employer's base declarations for a year: the year's limits ({@code null} when the province has not
 * published the average wage yet), the current staff with their bases, and every declaration of the year, the
 * newest first (with the outcome of reviews and their reasons).
 */
public record EmployerBaseDeclarationsView(long employerId, String employerName, String agencyCode, int year,
		@Nullable BaseLimitsView limits, List<StaffBaseView> staff, List<BaseDeclarationView> declarations) {
}
