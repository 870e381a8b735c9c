package org.jiexu.contribution;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A back-payment (补缴) asked for: the months, the base (blank: the base in force for an employee, the floor for
 * a flexible worker), whether to apply the floor or ceiling to a base outside them, and why. Fields are text so
 * every bad value gets its own message.
 */
public record BackPaymentRequest(@Schema(example = "2025-03") @Nullable String firstMonth,
		@Schema(example = "2025-06") @Nullable String lastMonth,
		@Schema(example = "8000.00", description = "blank: the declared base, or the floor for a flexible worker")
		@Nullable String base,
		@Schema(example = "false") @Nullable String applyLimit,
		@Schema(example = "12", description = "staff or handler: the employer the months were worked for")
		@Nullable String employerId,
		@Schema(example = "入职时未及时参保") @Nullable String reason) {
}
