package org.jiexu.policy.web;

import org.jiexu.shared.TextInput;

import java.time.LocalDate;
import java.util.List;

import org.jiexu.policy.WorkingDayCalendar;
import org.jiexu.policy.WorkingDayCount;
import org.jiexu.policy.WorkingDayDeadline;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Public working-day arithmetic on the State Council holiday notices. No login. */
@RestController
@RequestMapping("/api/v1/policy/working-days")
@Tag(name = "Policy calculators (政策计算器)")
class WorkingDayApiController {

	private final WorkingDayCalendar calendar = WorkingDayCalendar.standard();

	@Schema(description = "The N-th working day after a date (the start day not counted)")
	record DeadlineAnswer(@Schema(example = "2025-10-09") LocalDate date,
			@Schema(example = "false", description = "True when a day counted lies in a year whose holiday notice is not yet published (counted with weekends only)") boolean provisional,
			List<FigureView> figures, List<SourceView> sources) {
	}

	@Schema(description = "The number of working days after the start date up to and including the end date")
	record CountAnswer(@Schema(example = "1") int workingDays,
			@Schema(example = "false", description = "True when a day counted lies in a year whose holiday notice is not yet published (counted with weekends only)") boolean provisional,
			List<FigureView> figures, List<SourceView> sources) {
	}

	@GetMapping("/add")
	@Operation(summary = "Add working days to a date",
			description = "The start day is not counted (民法典第二百零一条); days = 0 gives the start date itself. "
					+ "Working days are Monday to Friday except the days off of the State Council notices, plus "
					+ "their make-up working weekend days. At most " + WorkingDayCalendar.MAX_DAYS + " days.")
	DeadlineAnswer add(@Parameter(example = "2025-09-30") @RequestParam(required = false) @Nullable String from,
			@Parameter(example = "1") @RequestParam(required = false) @Nullable String days) {
		LocalDate start = TextInput.date("from", from);
		WorkingDayDeadline deadline = this.calendar.addWorkingDays(start,
				TextInput.integer("days", days, 0, WorkingDayCalendar.MAX_DAYS));
		return new DeadlineAnswer(deadline.date(), deadline.provisional(), FigureView.of(deadline.explanation()),
				SourceView.of(deadline.explanation()));
	}

	@GetMapping("/between")
	@Operation(summary = "Count the working days between two dates",
			description = "The working days after 'from' up to and including 'to'; 'to' must not be before 'from', "
					+ "and at most " + WorkingDayCalendar.MAX_SPAN_YEARS + " years after it.")
	CountAnswer between(@Parameter(example = "2025-09-30") @RequestParam(required = false) @Nullable String from,
			@Parameter(example = "2025-10-09") @RequestParam(required = false) @Nullable String to) {
		WorkingDayCount count = this.calendar.workingDaysBetween(TextInput.date("from", from),
				TextInput.date("to", to));
		return new CountAnswer(count.workingDays(), count.provisional(), FigureView.of(count.explanation()),
				SourceView.of(count.explanation()));
	}

}
