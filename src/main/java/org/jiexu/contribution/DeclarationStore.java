package org.jiexu.contribution;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jiexu.policy.BaseLimits;
import org.jiexu.registry.PersonReference;
import org.jiexu.shared.Masking;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The SQL of base declarations and their evidence. */
@Component
class DeclarationStore {

	/** A declaration to insert. */
	record NewDeclaration(long personId, @Nullable Long employerId, String agencyCode, int year,
			BigDecimal declaredBase, BigDecimal base, BaseLimits.Outcome limitOutcome, BaseDeclarationState state,
			@Nullable String reason, @Nullable BigDecimal previousBase) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final Clock clock;

	DeclarationStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.clock = clock;
	}

	Optional<DeclarationRow> find(long id) {
		return this.jdbc.sql(DeclarationRow.SELECT + "where id = ?").param(id).query(DeclarationRow::map).optional();
	}

	/** The declarations in force or waiting for review of the persons at the agency in the year. */
	List<DeclarationRow> current(String agencyCode, int year, Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		List<DeclarationRow> rows = new ArrayList<>();
		List<Long> ids = List.copyOf(personIds);
		for (int from = 0; from < ids.size(); from += 1000) {
			rows.addAll(this.jdbc.sql(DeclarationRow.SELECT + "where agency_code = :agency and declaration_year = :year"
					+ " and state in ('IN_FORCE', 'PENDING_REVIEW') and person_id in (:persons) order by id")
				.param("agency", agencyCode)
				.param("year", year)
				.param("persons", ids.subList(from, Math.min(ids.size(), from + 1000)))
				.query(DeclarationRow::map)
				.list());
		}
		return rows;
	}

	List<DeclarationRow> ofEmployer(long employerId, int year) {
		return this.jdbc.sql(DeclarationRow.SELECT + "where employer_id = ? and declaration_year = ? order by id desc")
			.params(employerId, year)
			.query(DeclarationRow::map)
			.list();
	}

	List<DeclarationRow> ofPerson(long personId, int year) {
		return this.jdbc.sql(DeclarationRow.SELECT + "where person_id = ? and declaration_year = ? order by id desc")
			.params(personId, year)
			.query(DeclarationRow::map)
			.list();
	}

	/** The changes waiting for review at the agency, the oldest first. */
	List<DeclarationRow> pending(String agencyCode, int limit) {
		return this.jdbc.sql(DeclarationRow.SELECT + "where agency_code = ? and state = 'PENDING_REVIEW' order by id"
				+ " limit ?")
			.params(agencyCode, limit)
			.query(DeclarationRow::map)
			.list();
	}

	long insert(NewDeclaration declaration, String submittedBy, @Nullable Long submissionId) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("insert into contribution.base_declaration (person_id, employer_id, agency_code,"
				+ " declaration_year, declared_base, base, limit_outcome, state, reason, submitted_by, submitted_at,"
				+ " submission_id, previous_base) values (:person, :employer, :agency, :year, :declared, :base,"
				+ " :outcome, :state, :reason, :by, :at, :submission, :previous)")
			.param("person", declaration.personId())
			.param("employer", declaration.employerId(), java.sql.Types.BIGINT)
			.param("agency", declaration.agencyCode())
			.param("year", declaration.year())
			.param("declared", declaration.declaredBase())
			.param("base", declaration.base())
			.param("outcome", declaration.limitOutcome().name())
			.param("state", declaration.state().name())
			.param("reason", declaration.reason(), java.sql.Types.VARCHAR)
			.param("by", submittedBy)
			.param("at", Timestamp.from(this.clock.instant()))
			.param("submission", submissionId, java.sql.Types.BIGINT)
			.param("previous", declaration.previousBase(), java.sql.Types.NUMERIC)
			.update(key, "id");
		return Objects.requireNonNull(key.getKey()).longValue();
	}

	/**
	 * Inserts declarations in force unless the person has one in force at the agency in the year already.
	 *
	 * @return how many were inserted
	 */
	int insertInForce(List<NewDeclaration> declarations, String submittedBy) {
		Timestamp now = Timestamp.from(this.clock.instant());
		int[][] counts = this.jdbcTemplate.batchUpdate("insert into contribution.base_declaration (person_id,"
				+ " employer_id, agency_code, declaration_year, declared_base, base, limit_outcome, state, reason,"
				+ " submitted_by, submitted_at) select ?, ?, ?, ?, ?, ?, ?, 'IN_FORCE', ?, ?, ? where not exists"
				+ " (select 1 from contribution.base_declaration where person_id = ? and agency_code = ?"
				+ " and declaration_year = ? and state = 'IN_FORCE')", declarations, 500, (ps, d) -> {
					ps.setLong(1, d.personId());
					if (d.employerId() == null) {
						ps.setNull(2, java.sql.Types.BIGINT);
					}
					else {
						ps.setLong(2, d.employerId());
					}
					ps.setString(3, d.agencyCode());
					ps.setInt(4, d.year());
					ps.setBigDecimal(5, d.declaredBase());
					ps.setBigDecimal(6, d.base());
					ps.setString(7, d.limitOutcome().name());
					ps.setString(8, d.reason());
					ps.setString(9, submittedBy);
					ps.setTimestamp(10, now);
					ps.setLong(11, d.personId());
					ps.setString(12, d.agencyCode());
					ps.setInt(13, d.year());
				});
		int inserted = 0;
		for (int[] batch : counts) {
			for (int count : batch) {
				inserted += count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : Math.max(count, 0);
			}
		}
		return inserted;
	}

	/** Ends what is in force for the person at the agency in the year, except the given declaration. */
	void supersede(long personId, String agencyCode, int year, long except) {
		this.jdbc.sql("update contribution.base_declaration set state = 'SUPERSEDED' where person_id = ?"
				+ " and agency_code = ? and declaration_year = ? and state = 'IN_FORCE' and id <> ?")
			.params(personId, agencyCode, year, except)
			.update();
	}

	/** Decides a change still waiting for review; {@code false} if it was decided meanwhile. */
	boolean decide(long id, BaseDeclarationState state, String reviewer, @Nullable String note) {
		return this.jdbc.sql("update contribution.base_declaration set state = ?, reviewed_by = ?, reviewed_at = ?,"
				+ " review_note = ? where id = ? and state = 'PENDING_REVIEW'")
			.params(state.name(), reviewer, Timestamp.from(this.clock.instant()), note, id)
			.update() == 1;
	}

	void storeEvidence(long declarationId, List<EvidenceCheck.Accepted> files) {
		for (EvidenceCheck.Accepted file : files) {
			this.jdbc.sql("insert into contribution.declaration_evidence (declaration_id, file_name, content_type,"
					+ " size_bytes, content) values (?, ?, ?, ?, ?)")
				.params(declarationId, file.fileName(), file.contentType(), (long) file.content().length,
						file.content())
				.update();
		}
	}

	/** The evidence stored under each of the declarations, without the content. */
	Map<Long, List<EvidenceView>> evidence(Collection<Long> declarationIds) {
		Map<Long, List<EvidenceView>> byDeclaration = new LinkedHashMap<>();
		if (declarationIds.isEmpty()) {
			return byDeclaration;
		}
		this.jdbc.sql("select id, declaration_id, file_name, content_type, size_bytes from"
				+ " contribution.declaration_evidence where declaration_id in (:ids) order by id")
			.param("ids", List.copyOf(declarationIds))
			.query(rs -> {
				byDeclaration.computeIfAbsent(rs.getLong("declaration_id"), id -> new ArrayList<>())
					.add(new EvidenceView(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"),
							rs.getLong("size_bytes")));
			});
		return byDeclaration;
	}

	Optional<EvidenceContent> evidenceContent(long declarationId, long evidenceId) {
		return this.jdbc.sql("select file_name, content_type, content from contribution.declaration_evidence"
				+ " where id = ? and declaration_id = ?")
			.params(evidenceId, declarationId)
			.query((rs, n) -> new EvidenceContent(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	/** The rows as their readers see them, the person named (ID number masked) by {@code persons}. */
	List<BaseDeclarationView> views(List<DeclarationRow> rows, Map<Long, PersonReference> persons) {
		Map<Long, List<EvidenceView>> evidence = evidence(
				rows.stream().filter(r -> r.previousBase() != null).map(DeclarationRow::evidenceKey).distinct().toList());
		return rows.stream().map(row -> {
			PersonReference person = Objects.requireNonNull(persons.get(row.personId()));
			return new BaseDeclarationView(row.id(), row.personId(), person.name(), Masking.idNumber(person.idNumber()),
					row.employerId(), row.agencyCode(), row.year(), row.declaredBase(), row.base(), row.limitOutcome(),
					row.state(), row.previousBase(), row.reason(), row.submittedBy(), local(row.submittedAt()),
					row.reviewedBy(), row.reviewedAt() == null ? null : local(row.reviewedAt()), row.reviewNote(),
					evidence.getOrDefault(row.evidenceKey(), List.of()));
		}).toList();
	}

	private LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, this.clock.getZone());
	}

}
