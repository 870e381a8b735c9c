package org.jiexu.transfer;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The SQL of transfer cases and their history. */
@Component
class CaseStore {

	private static final String COLUMNS = "transfer_id, side, agency_code, counterpart_code, person_id, employer_id,"
			+ " insurance_type,"
			+ " category, state, attempt, steward, opened_on, clock_from, due_on, completed_on, info_received_on,"
			+ " funds_received_on, pooled_fund, individual_account, remitted_total, rejected_by, rejection_reason,"
			+ " refund_total, overlap_months, version";

	private static final String SELECT = "select id, " + COLUMNS + " from transfer.transfer_case ";

	/** The cases as {@code c}, for conditions that join them ({@link CaseQuery}). */
	private static final String SELECT_CASES = "select c.id, c." + COLUMNS.replace(", ", ", c.")
			+ " from transfer.transfer_case c";

	private static final String OPEN = " state not in ('COMPLETED', 'REJECTED')";

	private final JdbcClient jdbc;

	private final Clock clock;

	CaseStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long insert(TransferCase c) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into transfer.transfer_case (" + COLUMNS + ", created_at) values (?, ?, ?, ?, ?, ?, ?, ?,"
				+ " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(values(c))
			.param(Timestamp.from(this.clock.instant()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** Saves the case if nobody changed it since it was read; false if somebody did. */
	boolean update(TransferCase c) {
		return this.jdbc.sql("update transfer.transfer_case set state = ?, attempt = ?, steward = ?, clock_from = ?,"
				+ " due_on = ?, completed_on = ?, info_received_on = ?, funds_received_on = ?, pooled_fund = ?,"
				+ " individual_account = ?, remitted_total = ?, rejected_by = ?, rejection_reason = ?, refund_total = ?,"
				+ " overlap_months = ?, version = version + 1 where id = ? and version = ?")
			.params(c.state().name(), c.attempt(), c.steward(), Date.valueOf(c.clockFrom()), date(c.dueOn()),
					date(c.completedOn()), date(c.infoReceivedOn()), date(c.fundsReceivedOn()), c.pooledFund(),
					c.individualAccount(), c.remittedTotal(), c.rejectedBy() == null ? null : c.rejectedBy().name(),
					c.rejectionReason(), c.refundTotal(), c.overlapMonths(), c.id(), c.version())
			.update() == 1;
	}

	Optional<TransferCase> find(long id) {
		return this.jdbc.sql(SELECT + "where id = ?").param(id).query(CaseStore::map).optional();
	}

	Optional<TransferCase> find(String transferId, TransferSide side) {
		return this.jdbc.sql(SELECT + "where transfer_id = ? and side = ?")
			.params(transferId, side.name())
			.query(CaseStore::map)
			.optional();
	}

	/**
	 * The side of the transfer, locked until the caller's transaction ends: messages about one case are applied one
	 * after the other, each to what the one before left.
	 */
	Optional<TransferCase> lock(String transferId, TransferSide side) {
		return this.jdbc.sql(SELECT + "where transfer_id = ? and side = ? for update")
			.params(transferId, side.name())
			.query(CaseStore::map)
			.optional();
	}

	/** The transfer-out cases of the agency whose account has left (the info table is issued), by transfer id. */
	List<String> accountsSentOut(String agencyCode) {
		return this.jdbc.sql("select transfer_id from transfer.transfer_case where agency_code = ? and side = 'OUT'"
				+ " and state in ('INFO_ISSUED', 'RELATION_TERMINATED', 'COMPLETED') order by id")
			.param(agencyCode)
			.query(String.class)
			.list();
	}

	/** An open transfer-in of the person at the agency from the sending agency, if there is one. */
	Optional<TransferCase> openTransferIn(long personId, String agencyCode, String sendingAgency) {
		return this.jdbc.sql(SELECT + "where person_id = ? and agency_code = ? and counterpart_code = ? and side = 'IN'"
				+ " and (" + OPEN + " or (state = 'REJECTED' and rejected_by = 'SENDING' and attempt < ?))")
			.params(personId, agencyCode, sendingAgency, TransferCase.MAX_ATTEMPTS)
			.query(CaseStore::map)
			.optional();
	}

	/** Of the persons given, those with a transfer-in at the agency under way, as "person:sending agency". */
	java.util.Set<String> transfersUnderWay(String agencyCode, java.util.Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(this.jdbc.sql("select person_id, counterpart_code from transfer.transfer_case"
				+ " where agency_code = :agency and side = 'IN' and person_id in (:persons) and (" + OPEN
				+ " or (state = 'REJECTED' and rejected_by = 'SENDING' and attempt < :max))")
			.param("agency", agencyCode)
			.param("persons", List.copyOf(personIds))
			.param("max", TransferCase.MAX_ATTEMPTS)
			.query((rs, row) -> rs.getLong(1) + ":" + rs.getString(2))
			.list());
	}

	/** The agency's cases the filter selects, in the order asked for, at most {@code limit}. */
	List<TransferCase> list(String agencyCode, CaseFilter filter, CaseSort sort, LocalDate today, int limit) {
		CaseQuery query = CaseQuery.of(agencyCode, filter, today);
		String person = sort.byPerson() ? " join registry.person_identity p on p.person_id = c.person_id" : "";
		return this.jdbc.sql(SELECT_CASES + person + query.where() + " order by " + sort.orderBy() + " limit " + limit)
			.params(query.params())
			.query(CaseStore::map)
			.list();
	}

	List<CompletedTransfer> completedTransferIns(LocalDate from, LocalDate to) {
		return this.jdbc.sql("select id, person_id, agency_code, counterpart_code, completed_on, employer_id"
				+ " from transfer.transfer_case where side = 'IN' and state = 'COMPLETED' and completed_on between ? and ?"
				+ " order by person_id, id")
			.params(Date.valueOf(from), Date.valueOf(to))
			.query((rs, row) -> new CompletedTransfer(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalDate.class), rs.getObject(6, Long.class)))
			.list();
	}

	/**
	 * The history of the agency's cases the filter selects, by case id, each oldest first: one statement for all
	 * of them (the caller reads the cases in the same snapshot).
	 */
	Map<Long, List<CaseEventView>> histories(String agencyCode, CaseFilter filter, LocalDate today) {
		CaseQuery query = CaseQuery.of(agencyCode, filter, today);
		Map<Long, List<CaseEventView>> histories = new HashMap<>();
		this.jdbc.sql("select e.case_id, e.action, e.from_state, e.to_state, e.actor, e.reason, e.happened_at"
				+ " from transfer.case_event e join transfer.transfer_case c on c.id = e.case_id" + query.where()
				+ " order by e.case_id, e.id")
			.params(query.params())
			.query((ResultSet rs) -> {
				histories.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(event(rs, 2));
			});
		return histories;
	}

	/** The transfer-ins the employer's handlers applied for, newest first. */
	List<TransferCase> ofEmployer(long employerId) {
		return this.jdbc.sql(SELECT + "where employer_id = ? order by opened_on desc, id desc limit 500")
			.param(employerId)
			.query(CaseStore::map)
			.list();
	}

	/** The person's cases at every agency (what they see of their own transfers), newest first. */
	List<TransferCase> ofPerson(long personId) {
		return this.jdbc.sql(SELECT + "where person_id = ? order by opened_on desc, id desc")
			.param(personId)
			.query(CaseStore::map)
			.list();
	}

	/** How many open cases each steward of the agency owns (stewards without any are missing). */
	Map<String, Long> openCasesBySteward(String agencyCode) {
		Map<String, Long> counts = new HashMap<>();
		this.jdbc.sql("select steward, count(*) from transfer.transfer_case where agency_code = ? and steward is not null"
				+ " and" + OPEN + " group by steward")
			.param(agencyCode)
			.query((ResultSet rs) -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

	/** Adds a step to the case's history; returns its id. */
	long addEvent(long caseId, CaseAction action, @Nullable CaseState from, CaseState to, String actor,
			@Nullable String reason) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into transfer.case_event (case_id, action, from_state, to_state, actor, reason,"
				+ " happened_at) values (?, ?, ?, ?, ?, ?, ?)")
			.params(caseId, action.name(), from == null ? null : from.name(), to.name(), actor, reason,
					Timestamp.from(this.clock.instant()))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	List<CaseEventView> events(long caseId) {
		return this.jdbc.sql("select action, from_state, to_state, actor, reason, happened_at from transfer.case_event"
				+ " where case_id = ? order by id")
			.param(caseId)
			.query((rs, row) -> event(rs, 1))
			.list();
	}

	/** The event in the columns from {@code first} on: action, from, to, actor, reason, time. */
	private static CaseEventView event(ResultSet rs, int first) throws SQLException {
		String from = rs.getString(first + 1);
		return new CaseEventView(CaseAction.valueOf(rs.getString(first)), from == null ? null : CaseState.valueOf(from),
				CaseState.valueOf(rs.getString(first + 2)), rs.getString(first + 3), rs.getString(first + 4),
				rs.getTimestamp(first + 5).toInstant());
	}

	private static Object[] values(TransferCase c) {
		return new Object[] { c.transferId(), c.side().name(), c.agencyCode(), c.counterpartCode(), c.personId(),
				c.employerId(), c.insuranceType().name(), c.category().name(), c.state().name(), c.attempt(), c.steward(),
				Date.valueOf(c.openedOn()), Date.valueOf(c.clockFrom()), date(c.dueOn()), date(c.completedOn()),
				date(c.infoReceivedOn()), date(c.fundsReceivedOn()), c.pooledFund(), c.individualAccount(),
				c.remittedTotal(), c.rejectedBy() == null ? null : c.rejectedBy().name(), c.rejectionReason(),
				c.refundTotal(), c.overlapMonths(), c.version() };
	}

	private static @Nullable Date date(@Nullable LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

	private static @Nullable LocalDate day(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private static TransferCase map(ResultSet rs, int row) throws SQLException {
		String rejectedBy = rs.getString("rejected_by");
		return new TransferCase(rs.getLong("id"), rs.getString("transfer_id"),
				TransferSide.valueOf(rs.getString("side")), rs.getString("agency_code"),
				rs.getString("counterpart_code"), rs.getLong("person_id"), rs.getObject("employer_id", Long.class),
				InsuranceType.valueOf(rs.getString("insurance_type")),
				TransferCategory.valueOf(rs.getString("category")), CaseState.valueOf(rs.getString("state")),
				rs.getInt("attempt"), rs.getString("steward"), day(rs, "opened_on"), day(rs, "clock_from"),
				day(rs, "due_on"), day(rs, "completed_on"), day(rs, "info_received_on"), day(rs, "funds_received_on"),
				rs.getBigDecimal("pooled_fund"), rs.getBigDecimal("individual_account"),
				rs.getBigDecimal("remitted_total"), rejectedBy == null ? null : RejectedBy.valueOf(rejectedBy),
				rs.getString("rejection_reason"), rs.getBigDecimal("refund_total"),
				rs.getObject("overlap_months", Integer.class), rs.getInt("version"));
	}

}
