package org.jiexu.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One insurance relation of a person: the agency, the state and since/until when. */
public record InsuranceRelationView(AgencyView agency, InsuranceRelationState state, LocalDate startedOn,
		@Nullable LocalDate endedOn) {
}
