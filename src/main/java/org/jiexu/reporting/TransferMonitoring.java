package org.jiexu.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.Role;
import org.jiexu.shared.Money;
import org.jiexu.transfer.CaseState;
import org.jiexu.transfer.TransferSide;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transfer dashboard of the reader's agency (转移接续监控), for supervisors and administrators: four grouped
 * queries over the read models ({@code reporting.transfer_month}, {@code reporting.case_standing}), never over the
 * transfer cases themselves. Today comes from the clock.
 */
@Service
public class TransferMonitoring {

	/** The most overdue cases the report lists (the earliest due first); the counts include all of them. */
	public static final int OVERDUE_LISTED = 20;

	private static final Set<Role> READERS = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);

	/** The states a case is open in, as an SQL list (constants, never user input). */
	private static final String OPEN_STATES = Arrays.stream(CaseState.values())
		.filter(state -> !state.isFinal())
		.map(state -> "'" + state.name() + "'")
		.collect(Collectors.joining(", ", "(", ")"));

	private final JdbcClient jdbc;

	private final Clock clock;

	TransferMonitoring(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The report for the months {@code from} to {@code to} ({@code YYYY-MM}; by default the last twelve months);
	 * refuses (403) anyone but a supervisor or administrator of an agency, and bad months (400).
	 */
	@Transactional(readOnly = true)
	public TransferReportView report(CurrentUser reader, @Nullable String from, @Nullable String to) {
		if (!reader.isStaff() || !reader.hasAnyRole(READERS)) {
			throw new AccessDeniedException("The transfer dashboard is for supervisors and administrators");
		}
		String agency = reader.requireAgency();
		LocalDate today = LocalDate.now(this.clock);
		ReportPeriod period = ReportPeriod.of(from, to, YearMonth.from(today));
		Map<TransferSide, Map<YearMonth, MonthRow>> rows = monthRows(agency, period);
		List<MonthFigures> months = period.months()
			.stream()
			.map(month -> new MonthFigures(month, figures(rows, TransferSide.IN, month),
					figures(rows, TransferSide.OUT, month)))
			.toList();
		return new TransferReportView(agency, period.from(), period.to(), today, months,
				total(months, MonthFigures::transferIn), total(months, MonthFigures::transferOut),
				rates(rows.get(TransferSide.IN).values()), rates(rows.get(TransferSide.OUT).values()),
				backlog(agency, today), overdueCases(agency, today), stewards(agency, today));
	}

	/** One stored month of one side. */
	private record MonthRow(SideFigures figures, long completedFirst, long completedSecond, long completedThird) {
	}

	private Map<TransferSide, Map<YearMonth, MonthRow>> monthRows(String agency, ReportPeriod period) {
		Map<TransferSide, Map<YearMonth, MonthRow>> rows = new EnumMap<>(TransferSide.class);
		for (TransferSide side : TransferSide.values()) {
			rows.put(side, new HashMap<>());
		}
		this.jdbc.sql("""
				select month_start, side, opened, completed, cohort_completed_1, cohort_completed_2,
				 cohort_completed_3, funds_moved
				from reporting.transfer_month
				where agency_code = ? and month_start between ? and ?""")
			.params(agency, Date.valueOf(period.from().atDay(1)), Date.valueOf(period.to().atDay(1)))
			.query((rs, n) -> {
				rows.get(TransferSide.valueOf(rs.getString(2)))
					.put(YearMonth.from(rs.getDate(1).toLocalDate()),
							new MonthRow(new SideFigures(rs.getLong(3), rs.getLong(4), Money.fen(rs.getBigDecimal(8))),
									rs.getLong(5), rs.getLong(6), rs.getLong(7)));
				return null;
			})
			.list();
		return rows;
	}

	private static SideFigures figures(Map<TransferSide, Map<YearMonth, MonthRow>> rows, TransferSide side,
			YearMonth month) {
		MonthRow row = rows.get(side).get(month);
		return row == null ? SideFigures.NONE : row.figures();
	}

	private static SideFigures total(List<MonthFigures> months, Function<MonthFigures, SideFigures> side) {
		return months.stream().map(side).reduce(SideFigures.NONE, SideFigures::plus);
	}

	/** The completion rates of the cases opened in the period: at the first attempt, by the second, by the third. */
	private static List<CompletionRate> rates(Collection<MonthRow> rows) {
		long opened = rows.stream().mapToLong(row -> row.figures().opened()).sum();
		long first = rows.stream().mapToLong(MonthRow::completedFirst).sum();
		long second = first + rows.stream().mapToLong(MonthRow::completedSecond).sum();
		long third = second + rows.stream().mapToLong(MonthRow::completedThird).sum();
		return List.of(rate(1, first, opened), rate(2, second, opened), rate(3, third, opened));
	}

	private static CompletionRate rate(int attempt, long completed, long opened) {
		return new CompletionRate(attempt, completed, opened, opened == 0 ? null
				: BigDecimal.valueOf(completed * 100).divide(BigDecimal.valueOf(opened), 1, RoundingMode.HALF_UP));
	}

	/** The open cases of one side, state and age, and how many of them are overdue. */
	private record BacklogCell(TransferSide side, CaseState state, BacklogAge age, long cases, long overdue) {
	}

	private Backlog backlog(String agency, LocalDate today) {
		List<BacklogCell> cells = this.jdbc.sql("""
				select side, state, age, count(*), sum(overdue) from (
				 select side, state,
				  case when opened_on > :upTo30 then 'UP_TO_30_DAYS' when opened_on > :upTo90 then 'UP_TO_90_DAYS'
				   when opened_on > :upTo180 then 'UP_TO_180_DAYS' else 'OVER_180_DAYS' end as age,
				  case when due_on < :today then 1 else 0 end as overdue
				 from reporting.case_standing where agency_code = :agency and state in %s) open_case
				group by side, state, age""".formatted(OPEN_STATES))
			.param("upTo30", Date.valueOf(BacklogAge.UP_TO_30_DAYS.openedAfter(today)))
			.param("upTo90", Date.valueOf(BacklogAge.UP_TO_90_DAYS.openedAfter(today)))
			.param("upTo180", Date.valueOf(BacklogAge.UP_TO_180_DAYS.openedAfter(today)))
			.param("today", Date.valueOf(today))
			.param("agency", agency)
			.query((rs, n) -> new BacklogCell(TransferSide.valueOf(rs.getString(1)), CaseState.valueOf(rs.getString(2)),
					BacklogAge.valueOf(rs.getString(3)), rs.getLong(4), rs.getLong(5)))
			.list();
		Map<TransferSide, Map<CaseState, List<BacklogCell>>> bySideAndState = cells.stream()
			.collect(Collectors.groupingBy(BacklogCell::side, () -> new EnumMap<>(TransferSide.class),
					Collectors.groupingBy(BacklogCell::state, () -> new EnumMap<>(CaseState.class),
							Collectors.toList())));
		List<BacklogRow> rows = new ArrayList<>();
		bySideAndState.forEach((side, byState) -> byState.forEach((state, ofState) -> rows.add(new BacklogRow(side,
				state, ofState.stream().mapToLong(BacklogCell::cases).sum(),
				ofState.stream().mapToLong(BacklogCell::overdue).sum(), byAge(ofState)))));
		return new Backlog(cells.stream().mapToLong(BacklogCell::cases).sum(),
				cells.stream().mapToLong(BacklogCell::overdue).sum(), byAge(cells), rows);
	}

	/** The cases of the cells by age, every age present. */
	private static Map<BacklogAge, Long> byAge(List<BacklogCell> cells) {
		Map<BacklogAge, Long> ages = new EnumMap<>(BacklogAge.class);
		for (BacklogAge age : BacklogAge.values()) {
			ages.put(age, 0L);
		}
		cells.forEach(cell -> ages.merge(cell.age(), cell.cases(), Long::sum));
		return ages;
	}

	private List<OverdueCase> overdueCases(String agency, LocalDate today) {
		return this.jdbc.sql("""
				select case_id, side, state, steward, due_on from reporting.case_standing
				where agency_code = ? and state in %s and due_on < ?
				order by due_on, case_id limit ?""".formatted(OPEN_STATES))
			.params(agency, Date.valueOf(today), OVERDUE_LISTED)
			.query((rs, n) -> {
				LocalDate due = rs.getDate(5).toLocalDate();
				return new OverdueCase(rs.getLong(1), TransferSide.valueOf(rs.getString(2)),
						CaseState.valueOf(rs.getString(3)), rs.getString(4), due, ChronoUnit.DAYS.between(due, today));
			})
			.list();
	}

	private List<StewardLoad> stewards(String agency, LocalDate today) {
		return this.jdbc.sql("""
				select steward, count(*), sum(case when due_on < ? then 1 else 0 end) from reporting.case_standing
				where agency_code = ? and state in %s
				group by steward order by count(*) desc, steward""".formatted(OPEN_STATES))
			.params(Date.valueOf(today), agency)
			.query((rs, n) -> new StewardLoad(rs.getString(1), rs.getLong(2), rs.getLong(3)))
			.list();
	}

}
