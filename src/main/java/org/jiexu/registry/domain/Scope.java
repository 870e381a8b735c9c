package org.jiexu.registry.domain;

import java.util.Map;

import org.jiexu.identity.CurrentUser;

/**
 * The SQL condition that limits a query to the current user's scope, with its parameters. Persons are
 * aliased {@code p}, employers {@code e}.
 */
record Scope(String condition, Map<String, Object> parameters) {

	static Scope ofPersons(CurrentUser user) {
		return switch (user.kind()) {
			case STAFF -> new Scope("""
					exists (select 1 from registry.insurance_relation r
					        where r.insured_person = p.id and r.agency_code = :scopeAgency)""",
					Map.of("scopeAgency", user.requireAgency()));
			case EMPLOYER_HANDLER -> new Scope("""
					exists (select 1 from registry.employment w
					        where w.insured_person = p.id and w.employer_id = :scopeEmployer and w.last_month is null)""",
					Map.of("scopeEmployer", user.employerId()));
			case INSURED_PERSON -> new Scope("p.id = :scopePerson", Map.of("scopePerson", user.personId()));
		};
	}

	static Scope ofEmployers(CurrentUser user) {
		return switch (user.kind()) {
			case STAFF -> new Scope("e.agency_code = :scopeAgency", Map.of("scopeAgency", user.requireAgency()));
			case EMPLOYER_HANDLER -> new Scope("e.id = :scopeEmployer", Map.of("scopeEmployer", user.employerId()));
			case INSURED_PERSON -> new Scope("1 = 0", Map.of());
		};
	}

}
