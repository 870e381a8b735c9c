package org.jiexu.policy.web;

import org.jiexu.shared.TextInput;

import java.util.List;

import org.jiexu.policy.MinimumContribution;
import org.jiexu.policy.MinimumContributionResult;
import org.jiexu.policy.RetirementAge;
import org.jiexu.policy.RetirementAgeResult;
import org.jiexu.policy.RetirementCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Public statutory retirement age (2024 reform) and minimum contribution period. No login. */
@RestController
@RequestMapping("/api/v1/policy")
@Tag(name = "Policy calculators (政策计算器)")
class RetirementApiController {

	@Schema(description = "An age in years and further months")
	record AgeView(@Schema(example = "61") int years, @Schema(example = "4") int months) {
	}

	@Schema(description = "Statutory retirement age after the 2024 reform, the flexible retirement window and the minimum contribution period of the retirement year")
	record RetirementAnswer(AgeView statutoryAge, @Schema(example = "2031-05") String retirementMonth,
			@Schema(example = "16") int delayMonths,
			@Schema(example = "2030-01", description = "Earliest flexible early retirement; the statutory month when the statutory month is before 2025-01") String earliestFlexibleMonth,
			@Schema(example = "2034-05", description = "Latest flexible late retirement; the statutory month when the statutory month is before 2025-01") String latestFlexibleMonth,
			@Schema(example = "192") int minimumContributionMonths,
			@Schema(example = "《国务院关于渐进式延迟法定退休年龄的办法》 第一条；附件1《男职工延迟法定退休年龄对照表》") String source,
			List<FigureView> figures, List<SourceView> sources) {

		static RetirementAnswer of(RetirementAgeResult result) {
			return new RetirementAnswer(new AgeView(result.statutoryAge().years(), result.statutoryAge().months()),
					result.retirementMonth().toString(), result.delayMonths(), result.earliestFlexibleMonth().toString(),
					result.latestFlexibleMonth().toString(), result.minimumContributionMonths(),
					result.source().citation(), FigureView.of(result.explanation()), SourceView.of(result.explanation()));
		}

	}

	@Schema(description = "Minimum contribution period for a monthly basic pension in a year")
	record MinimumContributionAnswer(@Schema(example = "186") int months,
			@Schema(example = "《国务院关于渐进式延迟法定退休年龄的办法》 第二条；附件4《提高最低缴费年限情况表》") String source,
			List<SourceView> sources) {
	}

	@GetMapping("/retirement")
	@Operation(summary = "Statutory retirement age, retirement month and flexible window (2024 reform)",
			description = "By birth month and category: MALE (60 → 63), FEMALE_55 (55 → 58), FEMALE_50 (50 → 55). "
					+ "Flexible early retirement at most 36 months earlier and never below the original age, "
					+ "late retirement at most 36 months later; before 2025-01 there is no flexible window. "
					+ "The minimum contribution period is that of the statutory retirement year.")
	RetirementAnswer retirement(@Parameter(example = "1970-01") @RequestParam(required = false) @Nullable String birth,
			@Parameter(example = "MALE", schema = @Schema(allowableValues = { "MALE", "FEMALE_55",
					"FEMALE_50" })) @RequestParam(required = false) @Nullable String category) {
		RetirementCategory parsedCategory = RetirementCategory.byCode(TextInput.required("category", category));
		return RetirementAnswer.of(RetirementAge.of(TextInput.yearMonth("birth", birth), parsedCategory));
	}

	@GetMapping("/minimum-contribution")
	@Operation(summary = "Minimum contribution period of a year (15 years, rising to 20 from 2030)",
			description = "180 months up to 2029, six months more each year from 2030, 240 months from 2039. "
					+ "The year is the year the person reaches the statutory retirement age.")
	MinimumContributionAnswer minimumContribution(
			@Parameter(example = "2030") @RequestParam(required = false) @Nullable String year) {
		MinimumContributionResult result = MinimumContribution.forYear(TextInput.integer("year", year, 0, 9999));
		return new MinimumContributionAnswer(result.months(), result.source().citation(),
				SourceView.of(result.explanation()));
	}

}
