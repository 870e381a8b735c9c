package org.jiexu.registry.domain;

import java.time.Instant;

import org.jiexu.policy.CreditCode;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An insured employer (参保单位), registered at one agency. */
@Table(schema = "registry", name = "employer")
public record Employer(@Id @Nullable Long id, String creditCode, String name, String agencyCode,
		Instant registeredAt, String registeredBy) {

	public static Employer register(CreditCode creditCode, String name, String agencyCode, Instant now,
			String registeredBy) {
		return new Employer(null, creditCode.value(), name, agencyCode, now, registeredBy);
	}

}
