package org.jiexu.contribution;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import org.jiexu.policy.BaseLimits;
import org.jspecify.annotations.Nullable;

/** A row of {@code contribution.base_declaration}. */
record DeclarationRow(long id, long personId, @Nullable Long employerId, String agencyCode, int year,
		BigDecimal declaredBase, BigDecimal base, BaseLimits.Outcome limitOutcome, BaseDeclarationState state,
		@Nullable String reason, String submittedBy, Instant submittedAt, @Nullable String reviewedBy,
		@Nullable Instant reviewedAt, @Nullable String reviewNote, @Nullable Long submissionId,
		@Nullable BigDecimal previousBase) {

	static final String SELECT = "select id, person_id, employer_id, agency_code, declaration_year, declared_base,"
			+ " base, limit_outcome, state, reason, submitted_by, submitted_at, reviewed_by, reviewed_at, review_note,"
			+ " submission_id, previous_base from contribution.base_declaration ";

	static DeclarationRow map(ResultSet rs, int row) throws SQLException {
		Timestamp reviewedAt = rs.getTimestamp("reviewed_at");
		return new DeclarationRow(rs.getLong("id"), rs.getLong("person_id"), rs.getObject("employer_id", Long.class),
				rs.getString("agency_code"), rs.getInt("declaration_year"), rs.getBigDecimal("declared_base"),
				rs.getBigDecimal("base"), BaseLimits.Outcome.valueOf(rs.getString("limit_outcome")),
				BaseDeclarationState.valueOf(rs.getString("state")), rs.getString("reason"),
				rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toInstant(), rs.getString("reviewed_by"),
				reviewedAt == null ? null : reviewedAt.toInstant(), rs.getString("review_note"),
				rs.getObject("submission_id", Long.class), rs.getBigDecimal("previous_base"));
	}

	/** The declaration whose id the evidence of this one is stored under. */
	long evidenceKey() {
		return this.submissionId == null ? this.id : this.submissionId;
	}

}
