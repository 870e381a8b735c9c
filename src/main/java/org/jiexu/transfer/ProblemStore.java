package org.jiexu.transfer;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The SQL of problems on cases. */
@Component
class ProblemStore {

	private static final String SELECT = "select id, case_id, reason, note, state, assignee, opened_by, opened_at,"
			+ " resolved_by, resolved_at, resolution from transfer.case_problem ";

	/** A problem with the case it belongs to. */
	record Row(long caseId, CaseProblemView view) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	ProblemStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long open(long caseId, ProblemReason reason, String note, @Nullable String assignee, String openedBy) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into transfer.case_problem (case_id, reason, note, state, assignee, opened_by, opened_at)"
				+ " values (?, ?, ?, 'OPEN', ?, ?, ?)")
			.params(caseId, reason.name(), note, assignee, openedBy, now())
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	boolean assign(long id, String assignee) {
		return this.jdbc.sql("update transfer.case_problem set assignee = ? where id = ? and state = 'OPEN'")
			.params(assignee, id)
			.update() == 1;
	}

	boolean resolve(long id, String resolvedBy, String resolution) {
		return this.jdbc.sql("update transfer.case_problem set state = 'RESOLVED', resolved_by = ?, resolved_at = ?,"
				+ " resolution = ? where id = ? and state = 'OPEN'")
			.params(resolvedBy, now(), resolution, id)
			.update() == 1;
	}

	Optional<Row> find(long id) {
		return this.jdbc.sql(SELECT + "where id = ?").param(id).query(ProblemStore::map).optional();
	}

	List<CaseProblemView> ofCase(long caseId) {
		return this.jdbc.sql(SELECT + "where case_id = ? order by id")
			.param(caseId)
			.query(ProblemStore::map)
			.list()
			.stream()
			.map(Row::view)
			.toList();
	}

	boolean hasOpen(long caseId, ProblemReason reason) {
		return this.jdbc.sql("select count(*) from transfer.case_problem where case_id = ? and reason = ? and state = 'OPEN'")
			.params(caseId, reason.name())
			.query(Long.class)
			.single() > 0;
	}

	/** How many problems are open on each of the agency's cases the filter selects (cases without any are missing). */
	java.util.Map<Long, Integer> openCounts(String agencyCode, CaseFilter filter, java.time.LocalDate today) {
		CaseQuery query = CaseQuery.of(agencyCode, filter, today);
		java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
		this.jdbc.sql("select p.case_id, count(*) from transfer.case_problem p join transfer.transfer_case c"
				+ " on c.id = p.case_id" + query.where() + " and p.state = 'OPEN' group by p.case_id")
			.params(query.params())
			.query((java.sql.ResultSet rs) -> {
				counts.put(rs.getLong(1), rs.getInt(2));
			});
		return counts;
	}

	private static Row map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp resolved = rs.getTimestamp("resolved_at");
		return new Row(rs.getLong("case_id"), new CaseProblemView(rs.getLong("id"),
				ProblemReason.valueOf(rs.getString("reason")), rs.getString("note"), "OPEN".equals(rs.getString("state")),
				rs.getString("assignee"), rs.getString("opened_by"), rs.getTimestamp("opened_at").toInstant(),
				rs.getString("resolved_by"), resolved == null ? null : resolved.toInstant(), rs.getString("resolution")));
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

}
