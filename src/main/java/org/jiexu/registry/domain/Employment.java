package org.jiexu.registry.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Part of {@link InsuredPerson}: work for an employer (or as a flexible worker when {@code employerId} is
 * null) insured at an agency, from the first day of {@code firstMonth} to the month of {@code lastMonth}.
 */
@Table(schema = "registry", name = "employment")
public record Employment(@Id @Nullable Long id, @Nullable Long employerId, String agencyCode, LocalDate firstMonth,
		@Nullable LocalDate lastMonth) {
}
