package org.jiexu.contribution;

import java.math.BigDecimal;
import java.util.List;

import org.jiexu.registry.AgencyView;
import org.jspecify.annotations.Nullable;

/**
 * A person's base declarations for a year, as the reader may see them: the agency of the active insurance
 * relation and the base in force there, the year's limits, whether the person declares their own base (a
 * flexible worker) or their employer does ({@code employerName}), and the declarations, the newest first.
 */
public record PersonBaseDeclarationsView(long personId, String name, @Nullable AgencyView agency, int year,
		@Nullable BaseLimitsView limits, @Nullable BigDecimal baseInForce, @Nullable String employerName,
		boolean declaresOwnBase, List<BaseDeclarationView> declarations) {
}
