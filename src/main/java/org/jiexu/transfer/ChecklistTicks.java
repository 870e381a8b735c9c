package org.jiexu.transfer;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of a case's checklist ticks, and the checklist as a reader sees it. */
@Component
class ChecklistTicks {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	ChecklistTicks(JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	void set(long caseId, int item, boolean done, String username) {
		this.jdbc.sql("delete from transfer.checklist_tick where case_id = ? and item = ?").params(caseId, item).update();
		if (done) {
			this.jdbc.sql("insert into transfer.checklist_tick (case_id, item, ticked_by, ticked_at) values (?, ?, ?, ?)")
				.params(caseId, item, username, Timestamp.from(this.clock.instant()))
				.update();
		}
	}

	/** The case's checklist in the reader's language, with who ticked each item when. */
	List<ChecklistItemView> of(TransferCase c, Locale locale) {
		Map<Integer, ChecklistItemView> ticked = new HashMap<>();
		this.jdbc.sql("select item, ticked_by, ticked_at from transfer.checklist_tick where case_id = ?")
			.param(c.id())
			.query((rs, row) -> new ChecklistItemView(rs.getInt(1), "", true, rs.getString(2),
					rs.getTimestamp(3).toInstant()))
			.list()
			.forEach(tick -> ticked.put(tick.item(), tick));
		List<String> keys = c.category().checklist();
		return IntStream.rangeClosed(1, keys.size()).mapToObj(n -> {
			ChecklistItemView tick = ticked.get(n);
			String text = this.messages.getMessage(keys.get(n - 1), null, locale);
			return new ChecklistItemView(n, text, tick != null, tick == null ? null : tick.doneBy(),
					tick == null ? null : tick.doneAt());
		}).toList();
	}

}
