package org.jiexu.registry.domain;

import java.time.LocalDate;

import org.jiexu.registry.InsuranceRelationState;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Part of {@link InsuredPerson}: the relation at one agency. {@code pensionFrom}: the first day of the month the
 * person started drawing the pension here (state {@code DRAWING_PENSION}).
 */
@Table(schema = "registry", name = "insurance_relation")
public record InsuranceRelation(@Id @Nullable Long id, String agencyCode, InsuranceRelationState state,
		LocalDate startedOn, @Nullable LocalDate endedOn, @Nullable String transferredTo,
		@Nullable LocalDate pensionFrom) {
}
