package org.jiexu.transfer;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The SQL condition that selects an agency's cases ({@code c}) by a filter, and its named parameters: the one
 * condition of the list, the ledger and the ledger's history, so they select the same cases.
 */
record CaseQuery(String where, Map<String, Object> params) {

	private static final String OPEN = "c.state not in ('COMPLETED', 'REJECTED')";

	static CaseQuery of(String agencyCode, CaseFilter filter, LocalDate today) {
		StringBuilder where = new StringBuilder(" where c.agency_code = :agency");
		Map<String, Object> params = new HashMap<>();
		params.put("agency", agencyCode);
		if (filter.state() != null) {
			where.append(" and c.state = :state");
			params.put("state", filter.state().name());
		}
		if (filter.side() != null) {
			where.append(" and c.side = :side");
			params.put("side", filter.side().name());
		}
		if (filter.steward() != null) {
			where.append(" and c.steward = :steward");
			params.put("steward", filter.steward());
		}
		if (filter.personId() != null) {
			where.append(" and c.person_id = :person");
			params.put("person", filter.personId());
		}
		if (Boolean.TRUE.equals(filter.overdue())) {
			where.append(" and c.due_on < :today and ").append(OPEN);
			params.put("today", Date.valueOf(today));
		}
		else if (Boolean.FALSE.equals(filter.overdue())) {
			where.append(" and (c.due_on is null or c.due_on >= :today)");
			params.put("today", Date.valueOf(today));
		}
		return new CaseQuery(where.toString(), Map.copyOf(params));
	}

}
