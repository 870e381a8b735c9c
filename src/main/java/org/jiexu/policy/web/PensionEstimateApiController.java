package org.jiexu.policy.web;

import org.jiexu.shared.TextInput;

import java.math.BigDecimal;
import java.util.List;

import org.jiexu.policy.Age;
import org.jiexu.policy.PensionEstimate;
import org.jiexu.shared.InputCheck;
import org.jiexu.shared.Money;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Public calculator: the monthly basic pension by 国发〔2005〕38号. No login. */
@RestController
@RequestMapping("/api/v1/calculations")
@Tag(name = "Policy calculators (政策计算器)", description = "Public, no login. Every answer names the rule and its source.")
class PensionEstimateApiController {

	static final String EXAMPLE = """
			{"averageWage": "12049", "averageIndex": "0.8", "contributionYears": "30",
			 "accountBalance": "200000", "retirementAge": {"years": 60, "months": 0}}""";

	@Schema(description = "What the estimate needs. Numbers may be strings or JSON numbers.")
	record PensionEstimateRequest(
			@Schema(description = "C: the average wage for pensions (计发基数), yuan per month",
					example = "12049") @Nullable String averageWage,
			@Schema(description = "Z: the average contribution index, 0.1 to 5", example = "0.8") @Nullable String averageIndex,
			@Schema(description = "N: contribution years including deemed years, decimals allowed, 0 to 60",
					example = "30") @Nullable String contributionYears,
			@Schema(description = "Individual account balance at retirement, yuan",
					example = "200000") @Nullable String accountBalance,
			@Nullable AgeInput retirementAge) {
	}

	@Schema(description = "Retirement age in years and months, 40 years to 70 years")
	record AgeInput(@Schema(example = "60") @Nullable String years, @Schema(example = "0") @Nullable String months) {
	}

	@Schema(description = "The monthly pension and how it was found")
	record PensionEstimateResult(@Schema(example = "3253.23") String basicPension,
			@Schema(example = "1438.85") String accountPension,
			@Schema(description = "Payout months (计发月数)", example = "139") String divisor,
			@Schema(example = "4692.08") String total, List<FigureView> figures, List<SourceView> sources) {
	}

	@PostMapping("/pension-estimate")
	@Operation(summary = "Estimate the monthly basic pension (国发〔2005〕38号)",
			description = "basicPension = C × (1 + Z) / 2 × N × 1%; accountPension = balance ÷ payout months of the "
					+ "retirement age (ages with months interpolated, half-up to 0.1); each part half-up to the fen, "
					+ "total = their sum. The provincial transitional pension is not included.")
	PensionEstimateResult pensionEstimate(@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(examples = @ExampleObject(name = "30 years at 60", value = EXAMPLE))) @RequestBody(
					required = false) @Nullable PensionEstimateRequest request) {
		PensionEstimate estimate = estimate(request);
		return new PensionEstimateResult(Money.text(estimate.basicPension()), Money.text(estimate.accountPension()),
				estimate.divisor().months().toPlainString(), Money.text(estimate.total()),
				FigureView.of(estimate.explanation()), SourceView.of(estimate.explanation()));
	}

	/** The estimate of a request, every bad field refused at once. */
	static PensionEstimate estimate(@Nullable PensionEstimateRequest request) {
		if (request == null) {
			throw UserInputException.invalid("averageWage", "policy.input.required");
		}
		InputCheck input = new InputCheck();
		BigDecimal wage = input.value(() -> TextInput.number("averageWage", request.averageWage()));
		BigDecimal index = input.value(() -> TextInput.number("averageIndex", request.averageIndex()));
		BigDecimal years = input.value(() -> TextInput.number("contributionYears", request.contributionYears()));
		BigDecimal balance = input.value(() -> TextInput.number("accountBalance", request.accountBalance()));
		Age age = input.value(() -> age(request.retirementAge()));
		input.throwIfRefused();
		return PensionEstimate.of(new PensionEstimate.Input(wage, index, years, balance, age));
	}

	private static Age age(@Nullable AgeInput age) {
		if (age == null) {
			throw UserInputException.invalid("retirementAge", "policy.input.required");
		}
		InputCheck input = new InputCheck();
		Integer years = input.value(() -> TextInput.integer("retirementAge.years", age.years(), 0, 150));
		Integer months = age.months() == null || age.months().isBlank() ? Integer.valueOf(0)
				: input.value(() -> TextInput.integer("retirementAge.months", age.months(), 0, 11));
		input.throwIfRefused();
		return new Age(years, months);
	}

}
