package org.jiexu.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One insurance relation of a person: the agency, the state and since/until when; for a relation transferred out,
 * the code of the agency it went to.
 */
public record InsuranceRelationView(AgencyView agency, InsuranceRelationState state, LocalDate startedOn,
		@Nullable LocalDate endedOn, @Nullable String transferredTo) {
}
