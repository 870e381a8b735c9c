package org.jiexu.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bulk inserts (COPY on PostgreSQL, a batch on H2) keep every value as given and belong to the transaction. */
class BulkInsertIntegrationTests extends IntegrationTestSupport {

	private static final List<String> COLUMNS = List.of("id", "label", "amount", "on_day", "of_month", "made_at");

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void keepsQuotesCommasLineBreaksEmptyTextAndNullsAsGiven() {
		table();
		List<Object[]> rows = new ArrayList<>();
		rows.add(new Object[] { 1L, "阿依古丽·买买提, \"小\"\n第二行", new BigDecimal("1234567.89"), LocalDate.of(2026, 2, 28),
				YearMonth.of(2025, 12), Instant.parse("2026-12-03T01:02:03Z") });
		rows.add(new Object[] { 2L, "", null, null, null, null });
		rows.add(new Object[] { 3L, null, new BigDecimal("0.05"), null, null, null });
		this.transaction.executeWithoutResult(status -> BulkInsert.rows(this.dataSource, "bulk_insert_test", COLUMNS,
				rows));
		assertThat(this.jdbc.sql("select id, label, amount, on_day, of_month, made_at from bulk_insert_test order by id")
			.query((rs, n) -> java.util.Arrays.asList(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3),
					rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(),
					rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(),
					rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
			.list()).containsExactly(
					java.util.Arrays.asList(1L, "阿依古丽·买买提, \"小\"\n第二行", new BigDecimal("1234567.89"),
							LocalDate.of(2026, 2, 28), LocalDate.of(2025, 12, 1), Instant.parse("2026-12-03T01:02:03Z")),
					java.util.Arrays.asList(2L, "", null, null, null, null),
					java.util.Arrays.asList(3L, null, new BigDecimal("0.05"), null, null, null));
	}

	@Test
	void writesNothingWhenTheTransactionRollsBack() {
		table();
		assertThatThrownBy(() -> this.transaction.executeWithoutResult(status -> {
			BulkInsert.rows(this.dataSource, "bulk_insert_test", COLUMNS,
					List.<Object[]>of(new Object[] { 1L, "a", null, null, null, null }));
			throw new IllegalStateException("rolled back");
		})).hasMessage("rolled back");
		assertThat(this.jdbc.sql("select count(*) from bulk_insert_test").query(Long.class).single()).isZero();
	}

	private void table() {
		this.jdbc.sql("drop table if exists bulk_insert_test").update();
		this.jdbc.sql("create table bulk_insert_test (id bigint primary key, label varchar(100), amount numeric(12, 2),"
				+ " on_day date, of_month date, made_at timestamp with time zone)").update();
	}

}
