package org.jiexu.registry;

import org.jspecify.annotations.Nullable;

/**
 * Register a person at the clerk's agency. Gender and birth date come from the identity number; the hukou
 * region defaults to the number's region when left empty; the employer (optional, by id or by credit code)
 * must be registered at the same agency.
 */
public record RegisterInsuredPerson(@Nullable String idNumber, @Nullable String name, @Nullable String phone,
		@Nullable String hukouRegionCode, @Nullable Long employerId, @Nullable String employerCreditCode) {

	/** Registration with the employer given by id (or none). */
	public RegisterInsuredPerson(@Nullable String idNumber, @Nullable String name, @Nullable String phone,
			@Nullable String hukouRegionCode, @Nullable Long employerId) {
		this(idNumber, name, phone, hukouRegionCode, employerId, null);
	}

}
