package org.jiexu.contribution;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A person employed by the employer this month, with the base the employer declared for the year: the one in
 * force, and a change waiting for review. The ID number is masked.
 */
public record StaffBaseView(long personId, String idNumber, String name, @Nullable BigDecimal baseInForce,
		@Nullable BigDecimal pendingBase) {
}
