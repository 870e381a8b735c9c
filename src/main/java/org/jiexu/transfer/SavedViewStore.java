package org.jiexu.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The SQL of saved views; every statement names the user whose views it reads or changes. */
@Component
class SavedViewStore {

	private static final String SELECT = "select id, name, state, side, overdue, steward, sort_by"
			+ " from transfer.saved_view ";

	private final JdbcClient jdbc;

	private final Clock clock;

	SavedViewStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<SavedView> of(String username) {
		return this.jdbc.sql(SELECT + "where username = ? order by name, id")
			.param(username)
			.query(SavedViewStore::map)
			.list();
	}

	Optional<SavedView> find(String username, long id) {
		return this.jdbc.sql(SELECT + "where username = ? and id = ?")
			.params(username, id)
			.query(SavedViewStore::map)
			.optional();
	}

	boolean exists(String username, String name) {
		return this.jdbc.sql("select count(*) from transfer.saved_view where username = ? and name = ?")
			.params(username, name)
			.query(Long.class)
			.single() > 0;
	}

	long insert(String username, String name, CaseSelection selection) {
		CaseFilter filter = selection.filter();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into transfer.saved_view (username, name, state, side, overdue, steward, sort_by,"
				+ " created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(username, name, filter.state() == null ? null : filter.state().name(),
					filter.side() == null ? null : filter.side().name(), filter.overdue(), filter.steward(),
					selection.sort().parameter(), Timestamp.from(this.clock.instant()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** Deletes the user's view; false if the user has no such view. */
	boolean delete(String username, long id) {
		return this.jdbc.sql("delete from transfer.saved_view where username = ? and id = ?")
			.params(username, id)
			.update() == 1;
	}

	private static SavedView map(ResultSet rs, int row) throws SQLException {
		String state = rs.getString("state");
		String side = rs.getString("side");
		return new SavedView(rs.getLong("id"), rs.getString("name"), state == null ? null : CaseState.valueOf(state),
				side == null ? null : TransferSide.valueOf(side), rs.getObject("overdue", Boolean.class),
				rs.getString("steward"), rs.getString("sort_by"));
	}

}
