package org.jiexu.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiexu.identity.CurrentUser;
import org.jiexu.reporting.TransferMonitoring;
import org.jiexu.reporting.TransferReportView;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The transfer dashboard's figures (转移接续监控) of the caller's agency, for supervisors and administrators. */
@RestController
@Tag(name = "Reports (监控统计)")
class TransferReportApiController {

	private final TransferMonitoring monitoring;

	TransferReportApiController(TransferMonitoring monitoring) {
		this.monitoring = monitoring;
	}

	@GetMapping("/api/v1/reports/transfers")
	@Operation(summary = "The caller's agency's transfers from month to month (YYYY-MM, by default the last 12"
			+ " months, at most 60): per month and side the cases opened and completed and the money moved (received"
			+ " on a transfer-in's INFO_RECEIVED, remitted on a transfer-out's INFO_ISSUED), the totals, the first-,"
			+ " second- and third-attempt completion rates of the cases opened in the period (numerator, denominator,"
			+ " percent), and as of today the open cases by side, state and age, the overdue cases and the open cases"
			+ " per steward. Supervisors and administrators only (403); bad months are refused (400)")
	TransferReportView transfers(CurrentUser user,
			@Parameter(example = "2026-01") @RequestParam(required = false) @Nullable String from,
			@Parameter(example = "2026-12") @RequestParam(required = false) @Nullable String to) {
		return this.monitoring.report(user, from, to);
	}

}
