package org.jiexu.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The transfer dashboard of one agency (转移接续监控): the months of the period with the cases opened and completed
 * and the money moved on each side, their totals, the first-, second- and third-attempt completion rates of the
 * cases opened in the period, and, as of today, the open cases by state and age, the overdue ones (the earliest due
 * first, at most {@link TransferMonitoring#OVERDUE_LISTED}) and the open cases per steward.
 */
public record TransferReportView(String agencyCode, YearMonth from, YearMonth to, LocalDate today,
		List<MonthFigures> months, SideFigures transferInTotal, SideFigures transferOutTotal,
		List<CompletionRate> transferInRates, List<CompletionRate> transferOutRates, Backlog backlog,
		List<OverdueCase> overdueCases, List<StewardLoad> stewards) {
}
