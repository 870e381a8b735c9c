package org.jiexu.reporting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import org.jiexu.identity.CurrentUser;
import org.jiexu.reporting.BacklogAge;
import org.jiexu.reporting.BacklogRow;
import org.jiexu.reporting.CompletionRate;
import org.jiexu.reporting.MonthFigures;
import org.jiexu.reporting.StewardLoad;
import org.jiexu.reporting.TransferMonitoring;
import org.jiexu.reporting.TransferReportView;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervisor's transfer dashboard page (转移接续监控): the period's figures as ECharts charts and the same
 * figures as tables. Bad months show the form again with the reasons.
 */
@Controller
class TransferReportPages {

	private final TransferMonitoring monitoring;

	private final MessageSource messages;

	TransferReportPages(TransferMonitoring monitoring, MessageSource messages) {
		this.monitoring = monitoring;
		this.messages = messages;
	}

	@GetMapping("/reports/transfers")
	String transfers(CurrentUser user, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Locale locale, Model model,
			HttpServletResponse response) {
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		try {
			TransferReportView report = this.monitoring.report(user, from, to);
			model.addAttribute("report", report);
			model.addAttribute("from", report.from().toString());
			model.addAttribute("to", report.to().toString());
			model.addAttribute("ages", BacklogAge.values());
			model.addAttribute("charts", charts(report, locale));
		}
		catch (UserInputException refusal) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("fieldErrors", refusal.messagesByField(this.messages, locale));
		}
		return "reporting/transfers";
	}

	/** The figures the charts draw, with their labels in the page's language. */
	private Map<String, Object> charts(TransferReportView report, Locale locale) {
		Map<String, Object> charts = new LinkedHashMap<>();
		Map<String, String> labels = new LinkedHashMap<>();
		for (String key : List.of("openedIn", "openedOut", "completedIn", "completedOut", "fundsIn", "fundsOut",
				"open", "overdue")) {
			labels.put(key, text("reporting.transfers." + key, locale));
		}
		labels.put("transferIn", text("transfer.side.IN", locale));
		labels.put("transferOut", text("transfer.side.OUT", locale));
		charts.put("labels", labels);
		List<MonthFigures> months = report.months();
		charts.put("months", months.stream().map(month -> month.month().toString()).toList());
		charts.put("openedIn", each(months, month -> month.transferIn().opened()));
		charts.put("openedOut", each(months, month -> month.transferOut().opened()));
		charts.put("completedIn", each(months, month -> month.transferIn().completed()));
		charts.put("completedOut", each(months, month -> month.transferOut().completed()));
		charts.put("fundsIn", each(months, month -> month.transferIn().fundsMoved()));
		charts.put("fundsOut", each(months, month -> month.transferOut().fundsMoved()));
		List<BacklogRow> backlog = report.backlog().byState();
		charts.put("backlogStates", backlog.stream()
			.map(row -> text("transfer.side." + row.side(), locale) + " · "
					+ text("transfer.state." + row.state(), locale))
			.toList());
		List<String> ages = new ArrayList<>();
		List<List<Long>> byAge = new ArrayList<>();
		for (BacklogAge age : BacklogAge.values()) {
			ages.add(text("reporting.age." + age, locale));
			byAge.add(backlog.stream().map(row -> row.byAge().get(age)).toList());
		}
		charts.put("ages", ages);
		charts.put("backlogByAge", byAge);
		charts.put("attempts", report.transferInRates()
			.stream()
			.map(rate -> text("reporting.transfers.attempt." + rate.attempt(), locale))
			.toList());
		charts.put("ratesIn", percents(report.transferInRates()));
		charts.put("ratesOut", percents(report.transferOutRates()));
		charts.put("stewards", report.stewards()
			.stream()
			.map(load -> load.steward() == null ? text("reporting.transfers.unassigned", locale) : load.steward())
			.toList());
		charts.put("stewardOpen", report.stewards().stream().map(StewardLoad::open).toList());
		charts.put("stewardOverdue", report.stewards().stream().map(StewardLoad::overdue).toList());
		return charts;
	}

	private static <T> List<T> each(List<MonthFigures> months, Function<MonthFigures, T> figure) {
		return months.stream().map(figure).toList();
	}

	/** Percentages for the chart; a rate without cases is a gap. */
	private static List<@Nullable BigDecimal> percents(List<CompletionRate> rates) {
		List<@Nullable BigDecimal> percents = new ArrayList<>();
		rates.forEach(rate -> percents.add(rate.percent()));
		return percents;
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
