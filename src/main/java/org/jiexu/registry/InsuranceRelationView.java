package org.jiexu.registry;

import java.time.LocalDate;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * One insurance relation of a person: the agency, the state and since/until when; for a relation transferred out,
 * the code of the agency it went to; for a relation drawing a pension, the month the pension started.
 */
public record InsuranceRelationView(AgencyView agency, InsuranceRelationState state, LocalDate startedOn,
		@Nullable LocalDate endedOn, @Nullable String transferredTo, @Nullable YearMonth pensionFrom) {
}
