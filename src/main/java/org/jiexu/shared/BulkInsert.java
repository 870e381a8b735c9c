package org.jiexu.shared;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes many rows into one table in the caller's transaction: on PostgreSQL with {@code COPY … FROM STDIN}
 * (one round trip, no per-row statement), elsewhere (H2) as a JDBC batch. Values may be null, strings, numbers,
 * {@link BigDecimal}, {@link LocalDate}, {@link YearMonth} (its first day) or {@link java.time.Instant}.
 */
public final class BulkInsert {

	private BulkInsert() {
	}

	/** Inserts the rows (each with one value per column, in order) into {@code table}. */
	public static void rows(DataSource dataSource, String table, List<String> columns, List<@Nullable Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			if (isPostgres(connection)) {
				copy(connection.unwrap(PGConnection.class), table, columns, rows);
			}
			else {
				batch(connection, table, columns, rows);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Bulk insert into " + table + " failed: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/**
	 * Refreshes the planner's statistics of a table after a bulk insert, on PostgreSQL (autovacuum would do it only
	 * later, and set-wise statements over the new rows would be planned as if the table were as before). Elsewhere
	 * nothing. Runs in the caller's transaction.
	 */
	public static void analyze(DataSource dataSource, String table) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try (java.sql.Statement statement = connection.createStatement()) {
			if (isPostgres(connection)) {
				statement.execute("analyze " + table);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Analyze of " + table + " failed: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static boolean isPostgres(Connection connection) throws SQLException {
		return connection.isWrapperFor(PGConnection.class);
	}

	private static void copy(PGConnection connection, String table, List<String> columns, List<@Nullable Object[]> rows)
			throws SQLException {
		String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin (format csv)";
		try {
			connection.getCopyAPI().copyIn(sql, new CsvRows(rows), 1 << 16);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void batch(Connection connection, String table, List<String> columns, List<@Nullable Object[]> rows)
			throws SQLException {
		String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
				+ String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			int pending = 0;
			for (Object[] row : rows) {
				for (int i = 0; i < row.length; i++) {
					statement.setObject(i + 1, jdbc(row[i]));
				}
				statement.addBatch();
				if (++pending == 1000) {
					statement.executeBatch();
					pending = 0;
				}
			}
			if (pending > 0) {
				statement.executeBatch();
			}
		}
	}

	private static @Nullable Object jdbc(@Nullable Object value) {
		if (value instanceof LocalDate day) {
			return Date.valueOf(day);
		}
		if (value instanceof YearMonth month) {
			return Date.valueOf(month.atDay(1));
		}
		if (value instanceof java.time.Instant instant) {
			return Timestamp.from(instant);
		}
		return value;
	}

	/** The rows as CSV text, produced as COPY reads it (no copy of all rows in memory). */
	private static final class CsvRows extends Reader {

		private final List<@Nullable Object[]> rows;

		private int next;

		private final StringBuilder pending = new StringBuilder(1 << 12);

		private int offset;

		CsvRows(List<@Nullable Object[]> rows) {
			this.rows = rows;
		}

		@Override
		public int read(char[] buffer, int from, int length) {
			while (this.offset == this.pending.length()) {
				if (this.next == this.rows.size()) {
					return -1;
				}
				this.pending.setLength(0);
				this.offset = 0;
				line(this.rows.get(this.next++));
			}
			int count = Math.min(length, this.pending.length() - this.offset);
			this.pending.getChars(this.offset, this.offset + count, buffer, from);
			this.offset += count;
			return count;
		}

		private void line(Object[] row) {
			for (int i = 0; i < row.length; i++) {
				if (i > 0) {
					this.pending.append(',');
				}
				Object value = row[i];
				if (value == null) {
					continue; // an unquoted empty field is NULL
				}
				if (value instanceof CharSequence text) {
					this.pending.append('"');
					for (int c = 0; c < text.length(); c++) {
						char ch = text.charAt(c);
						if (ch == '"') {
							this.pending.append('"');
						}
						this.pending.append(ch);
					}
					this.pending.append('"');
				}
				else if (value instanceof BigDecimal amount) {
					this.pending.append(amount.toPlainString());
				}
				else if (value instanceof YearMonth month) {
					this.pending.append(month.atDay(1));
				}
				else {
					this.pending.append(value);
				}
			}
			this.pending.append('\n');
		}

		@Override
		public void close() {
		}

	}

}
