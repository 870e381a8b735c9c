package org.jiexu.registry;

import org.jspecify.annotations.Nullable;

/**
 * Register a person at the clerk's agency. Gender and birth date come from the identity number; the hukou
 * region defaults to the number's region when left empty; the employer (optional) must be registered at the
 * same agency.
 */
public record RegisterInsuredPerson(@Nullable String idNumber, @Nullable String name, @Nullable String phone,
		@Nullable String hukouRegionCode, @Nullable Long employerId) {
}
