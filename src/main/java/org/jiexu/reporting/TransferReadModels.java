package org.jiexu.reporting;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;

import org.jiexu.shared.Money;
import org.jiexu.transfer.CaseState;
import org.jiexu.transfer.TransferCaseChanged;
import org.jiexu.transfer.TransferSide;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the transfer read models of schema {@code reporting} from every step of a case ({@link TransferCaseChanged}),
 * after the step's commit, asynchronously, each event once (decision 22):
 * <ul>
 * <li>a case opened counts in the month it was opened; a case completed counts in the month of completion, and at its
 * attempt in the month it was opened (the completion rates of the cases opened in a month);</li>
 * <li>the funds count when a transfer-in reaches {@code INFO_RECEIVED} (what was received) or a transfer-out
 * {@code INFO_ISSUED} (the pooled fund and the individual account remitted);</li>
 * <li>the case's standing (state, steward, due date) follows its latest step: a step applied after a later one of the
 * same case (the listener runs steps in any order) changes the counts but not the standing.</li>
 * </ul>
 * Counting happens on the step that moves a case into a state, never on one that stays there (a reconciliation that
 * finds a mismatch, a receipt for a completed case), so each case is counted once however its messages arrive.
 */
@Component
class TransferReadModels {

	private final JdbcClient jdbc;

	TransferReadModels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(TransferCaseChanged changed) {
		apply(changed);
	}

	/** Applies the step unless it was applied before; whether it was applied now. */
	@Transactional
	boolean apply(TransferCaseChanged changed) {
		int taken = this.jdbc.sql("insert into reporting.applied_event (event_id, case_id) values (?, ?)"
				+ " on conflict do nothing").params(changed.eventId(), changed.caseId()).update();
		if (taken == 0) {
			return false;
		}
		count(changed);
		place(changed);
		return true;
	}

	private void count(TransferCaseChanged changed) {
		if (changed.fromState() == null) {
			add(changed, changed.openedOn(), 1, 0, 0, Money.ZERO);
		}
		if (entered(changed, CaseState.COMPLETED)) {
			add(changed, changed.day(), 0, 1, 0, Money.ZERO);
			add(changed, changed.openedOn(), 0, 0, Math.max(1, Math.min(3, changed.attempt())), Money.ZERO);
		}
		BigDecimal funds = fundsMoved(changed);
		if (funds != null) {
			add(changed, changed.day(), 0, 0, 0, funds);
		}
	}

	/**
	 * The money the step moves: received on a transfer-in's INFO_RECEIVED, remitted on a transfer-out's INFO_ISSUED,
	 * and each supplementary remittance (补转) sent or received.
	 */
	private static @Nullable BigDecimal fundsMoved(TransferCaseChanged changed) {
		if (changed.supplement() != null) {
			return changed.supplement();
		}
		if (changed.side() == TransferSide.IN && entered(changed, CaseState.INFO_RECEIVED)) {
			return orZero(changed.remittedTotal());
		}
		if (changed.side() == TransferSide.OUT && entered(changed, CaseState.INFO_ISSUED)) {
			return orZero(changed.pooledFund()).add(orZero(changed.individualAccount()));
		}
		return null;
	}

	private static boolean entered(TransferCaseChanged changed, CaseState state) {
		return changed.toState() == state && changed.fromState() != state;
	}

	private static BigDecimal orZero(@Nullable BigDecimal amount) {
		return amount == null ? Money.ZERO : amount;
	}

	/** Adds to the agency's figures of the side in the day's month (a completion at its attempt, 1 to 3). */
	private void add(TransferCaseChanged changed, LocalDate day, int opened, int completed, int attempt,
			BigDecimal funds) {
		Date month = Date.valueOf(YearMonth.from(day).atDay(1));
		this.jdbc.sql("""
				insert into reporting.transfer_month (agency_code, month_start, side, opened, completed,
				 cohort_completed_1, cohort_completed_2, cohort_completed_3, funds_moved)
				values (?, ?, ?, 0, 0, 0, 0, 0, 0) on conflict do nothing""")
			.params(changed.agencyCode(), month, changed.side().name())
			.update();
		this.jdbc.sql("""
				update reporting.transfer_month set opened = opened + :opened, completed = completed + :completed,
				 cohort_completed_1 = cohort_completed_1 + :first, cohort_completed_2 = cohort_completed_2 + :second,
				 cohort_completed_3 = cohort_completed_3 + :third, funds_moved = funds_moved + :funds
				where agency_code = :agency and month_start = :month and side = :side""")
			.param("opened", opened)
			.param("completed", completed)
			.param("first", attempt == 1 ? 1 : 0)
			.param("second", attempt == 2 ? 1 : 0)
			.param("third", attempt == 3 ? 1 : 0)
			.param("funds", funds)
			.param("agency", changed.agencyCode())
			.param("month", month)
			.param("side", changed.side().name())
			.update();
	}

	/** Records where the case stands now, unless a later step of it has been applied already. */
	private void place(TransferCaseChanged changed) {
		Date due = changed.dueOn() == null ? null : Date.valueOf(changed.dueOn());
		int inserted = this.jdbc.sql("""
				insert into reporting.case_standing (case_id, agency_code, side, state, steward, opened_on, due_on,
				 last_event_id)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(changed.caseId(), changed.agencyCode(), changed.side().name(), changed.toState().name(),
					changed.steward(), Date.valueOf(changed.openedOn()), due, changed.eventId())
			.update();
		if (inserted == 0) {
			this.jdbc.sql("""
					update reporting.case_standing set state = :state, steward = :steward, due_on = :due,
					 last_event_id = :event
					where case_id = :case and last_event_id < :event""")
				.param("state", changed.toState().name())
				.param("steward", changed.steward())
				.param("due", due)
				.param("event", changed.eventId())
				.param("case", changed.caseId())
				.update();
		}
	}

}
