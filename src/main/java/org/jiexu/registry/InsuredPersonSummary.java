package org.jiexu.registry;

import java.time.LocalDate;

import org.jiexu.policy.Gender;
import org.jspecify.annotations.Nullable;

/** A person in a list: the identity number is always masked. */
public record InsuredPersonSummary(long id, String maskedIdNumber, String name, Gender gender, LocalDate birthDate,
		@Nullable AgencyView activeAgency) {
}
