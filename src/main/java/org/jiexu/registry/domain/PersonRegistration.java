package org.jiexu.registry.domain;

import java.time.Instant;
import java.time.LocalDate;

import org.jiexu.policy.IdNumber;
import org.jspecify.annotations.Nullable;

/** The checked facts of a registration at the counter. */
public record PersonRegistration(IdNumber idNumber, String name, @Nullable String phone, String hukouRegionCode,
		String agencyCode, @Nullable Long employerId, LocalDate today, Instant now, String registeredBy) {
}
