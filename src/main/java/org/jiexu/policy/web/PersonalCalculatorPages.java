package org.jiexu.policy.web;

import org.jiexu.shared.TextInput;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jiexu.policy.MinimumContribution;
import org.jiexu.policy.RetirementAge;
import org.jiexu.policy.RetirementAgeResult;
import org.jiexu.policy.RetirementCategory;
import org.jiexu.policy.WorkingDayCalendar;
import org.jiexu.policy.web.PensionEstimateApiController.AgeInput;
import org.jiexu.policy.web.PensionEstimateApiController.PensionEstimateRequest;
import org.jiexu.shared.InputCheck;
import org.jiexu.shared.UserInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The public calculators a person uses about themselves, as pages: retirement age, minimum contribution,
 * working-day deadlines and the pension estimate. GET forms, so results can be bookmarked.
 */
@Controller
class PersonalCalculatorPages {

	private final MessageSource messages;

	private final Clock clock;

	private final WorkingDayCalendar calendar = WorkingDayCalendar.standard();

	PersonalCalculatorPages(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/calculators/retirement")
	String retirement(@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
		model.addAttribute("form", form);
		model.addAttribute("categories", RetirementCategory.values());
		if (form.containsKey("calculate")) {
			try {
				InputCheck input = new InputCheck();
				YearMonth birth = input.value(() -> TextInput.yearMonth("birth", form.getFirst("birth")));
				RetirementCategory category = input
					.value(() -> RetirementCategory.byCode(TextInput.required("category", form.getFirst("category"))));
				input.throwIfRefused();
				RetirementAgeResult result = RetirementAge.of(birth, category);
				model.addAttribute("result", result);
				model.addAttribute("monthsToGo", ChronoUnit.MONTHS.between(YearMonth.now(this.clock), result.retirementMonth()));
				model.addAttribute("next", retirementNextSteps(result));
			}
			catch (UserInputException refusal) {
				CalculatorPage.refused(refusal, this.messages, model, response);
			}
		}
		return "policy/retirement";
	}

	@GetMapping("/calculators/minimum-contribution")
	String minimumContribution(@RequestParam MultiValueMap<String, String> form, Model model,
			HttpServletResponse response) {
		model.addAttribute("form", form);
		if (form.containsKey("calculate")) {
			try {
				int year = TextInput.integer("year", form.getFirst("year"), 0, 9999);
				model.addAttribute("result", MinimumContribution.forYear(year));
			}
			catch (UserInputException refusal) {
				CalculatorPage.refused(refusal, this.messages, model, response);
			}
		}
		return "policy/minimum-contribution";
	}

	@GetMapping("/calculators/working-days")
	String workingDays(@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
		model.addAttribute("form", form);
		model.addAttribute("today", LocalDate.now(this.clock));
		try {
			if (form.containsKey("add")) {
				LocalDate from = TextInput.date("from", form.getFirst("from"));
				int days = TextInput.integer("days", form.getFirst("days"), 0, WorkingDayCalendar.MAX_DAYS);
				model.addAttribute("deadline", this.calendar.addWorkingDays(from, days));
			}
			else if (form.containsKey("count")) {
				LocalDate from = TextInput.date("countFrom", form.getFirst("countFrom"));
				LocalDate to = TextInput.date("countTo", form.getFirst("countTo"));
				model.addAttribute("count", this.calendar.workingDaysBetween(from, to));
			}
		}
		catch (UserInputException refusal) {
			CalculatorPage.refused(refusal, this.messages, model, response);
		}
		return "policy/working-days";
	}

	@GetMapping("/calculators/pension-estimate")
	String pensionEstimate(@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
		model.addAttribute("form", form);
		if (form.containsKey("calculate")) {
			try {
				PensionEstimateRequest request = new PensionEstimateRequest(form.getFirst("averageWage"),
						form.getFirst("averageIndex"), form.getFirst("contributionYears"), form.getFirst("accountBalance"),
						new AgeInput(form.getFirst("ageYears"), form.getFirst("ageMonths")));
				model.addAttribute("result", PensionEstimateApiController.estimate(request));
			}
			catch (UserInputException refusal) {
				CalculatorPage.refused(refusal, this.messages, model, response);
			}
		}
		return "policy/pension-estimate";
	}

	private List<String> retirementNextSteps(RetirementAgeResult result) {
		List<String> next = new ArrayList<>();
		YearMonth now = YearMonth.now(this.clock);
		if (!result.retirementMonth().isAfter(now.plusMonths(12))) {
			next.add("policy.page.retirement.nextSoon");
		}
		next.add("policy.page.retirement.nextMinimum");
		if (result.earliestFlexibleMonth().isBefore(result.retirementMonth())) {
			next.add("policy.page.retirement.nextEarly");
		}
		next.add("policy.page.retirement.nextLate");
		return next;
	}

}
