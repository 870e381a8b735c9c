package org.jiexu.policy.web;

import org.jiexu.shared.TextInput;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jiexu.policy.BaseLimits;
import org.jiexu.policy.ContributionRate;
import org.jiexu.policy.ContributionRates;
import org.jiexu.policy.ContributorType;
import org.jiexu.policy.InterestRates;
import org.jiexu.shared.InputCheck;
import org.jiexu.shared.Money;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Public policy figures: account interest rates, contribution base limits, contribution rates. No login.
 * Query parameters are text, parsed by {@link TextInput}; numeric-looking examples sit on the parameter's
 * schema, because swagger-core turns a {@code @Parameter(example = "3000.00")} into the number 3000.0.
 */
@RestController
@RequestMapping("/api/v1/policy")
@Tag(name = "Policy calculators (政策计算器)", description = "Public, no login. Every answer names the rule and its source.")
class PolicyFiguresApiController {

	@Schema(description = "The individual account interest rate (记账利率) of one year")
	record InterestRateView(@Schema(example = "2016") int year, @Schema(example = "0.0831") String rate,
			@Schema(example = "人社厅发〔2017〕71号《关于公布2016年职工基本养老保险个人账户记账利率等参数的通知》") String source,
			@Schema(example = "HIGH") String confidence) {
	}

	@Schema(description = "The contribution base limits of a province and year: 60% and 300% of its average wage")
	record BaseLimitsView(@Schema(example = "42") String province, @Schema(example = "2026") int year,
			@Schema(example = "7720.00") String averageWage, @Schema(example = "4632.00") String floor,
			@Schema(example = "23160.00") String ceiling,
			@Schema(description = "The average wage's source (citation)",
					example = "演示数据（非公布数字）：2026年度湖北省全口径城镇单位就业人员月平均工资：按增速推算的演示数字，请以本省公布数字替换") String source,
			@Schema(description = "True when the average wage is demo data, not a published figure",
					example = "true") boolean demo,
			@Schema(description = "The base checked, when one was given") @Nullable BaseCheckView check,
			List<FigureView> figures, List<SourceView> sources) {
	}

	@Schema(description = "A base checked against the limits")
	record BaseCheckView(
			@Schema(example = "BELOW_FLOOR", allowableValues = { "WITHIN", "BELOW_FLOOR", "ABOVE_CEILING" }) String outcome,
			@Schema(example = "3000.00") String declared, @Schema(example = "4632.00") String applied) {
	}

	@Schema(description = "The pension contribution rates of one month, as decimals of the base")
	record ContributionRateView(@Schema(example = "EMPLOYEE") String type, @Schema(example = "2026-01") String month,
			@Schema(description = "To the pooled fund (the employer's rate for an employee)",
					example = "0.16") String pooledRate,
			@Schema(description = "Paid by the person", example = "0.08") String individualRate,
			@Schema(description = "Credited to the individual account", example = "0.08") String accountRate,
			@Schema(description = "Employer and person together", example = "0.24") String totalRate,
			List<FigureView> figures, List<SourceView> sources) {
	}

	@GetMapping("/interest-rates")
	@Operation(summary = "Individual account interest rates (记账利率) by year",
			description = "The national rates from 2016 with their announcing documents; with province=NN also that "
					+ "province's rates before 2016 (demo data until the province's published rates are entered).")
	List<InterestRateView> interestRates(@Parameter(description = "2-digit province code for the rates before 2016",
			schema = @Schema(type = "string", example = "42")) @RequestParam(required = false) @Nullable String province) {
		InterestRates rates = province == null || province.isBlank() ? InterestRates.national()
				: InterestRates.forProvince(ProvinceInput.province("province", province));
		return rates.all()
			.stream()
			.map(rate -> new InterestRateView(rate.year(), rate.rate().toPlainString(), rate.source().citation(),
					rate.source().confidence().name()))
			.toList();
	}

	@GetMapping("/base-limits")
	@Operation(summary = "Contribution base floor and ceiling (缴费基数上下限) of a province and year",
			description = "60% and 300% of the province's all-employment average wage (国办发〔2019〕13号, 劳办发〔1997〕116号), "
					+ "half-up to the fen. With base=… also the base to contribute on.")
	BaseLimitsView baseLimits(
			@Parameter(description = "2-digit province code", schema = @Schema(type = "string",
					example = "42")) @RequestParam(required = false) @Nullable String province,
			@Parameter(description = "Contribution year", schema = @Schema(type = "string",
					example = "2026")) @RequestParam(required = false) @Nullable String year,
			@Parameter(description = "A monthly base to check, yuan", schema = @Schema(type = "string",
					example = "3000.00")) @RequestParam(required = false) @Nullable String base) {
		InputCheck input = new InputCheck();
		String provinceCode = input.value(() -> ProvinceInput.province("province", province));
		Integer contributionYear = input.value(() -> TextInput.integer("year", year, 1900, 2200));
		input.throwIfRefused();
		BaseLimits limits = BaseLimits.of(provinceCode, contributionYear);
		BaseCheckView check = null;
		if (base != null && !base.isBlank()) {
			BaseLimits.Check checked = limits.check(TextInput.number("base", base));
			check = new BaseCheckView(checked.outcome().name(), Money.text(checked.declared()),
					Money.text(checked.applied()));
		}
		return new BaseLimitsView(provinceCode, contributionYear, Money.text(limits.averageWage().monthly()),
				Money.text(limits.floor()), Money.text(limits.ceiling()), limits.averageWage().source().citation(),
				limits.averageWage().demo(), check, FigureView.of(limits.explanation()),
				SourceView.of(limits.explanation()));
	}

	@GetMapping("/contribution-rates")
	@Operation(summary = "Pension contribution rates of a month for an employee or a flexible worker",
			description = "Employee: employer 16% from 2019-05 (国办发〔2019〕13号), person 8%, account 8% from 2006 "
					+ "(11% before). Flexible worker: 20%, 8% of it to the account (国发〔2005〕38号).")
	ContributionRateView contributionRates(
			@Parameter(description = "EMPLOYEE or FLEXIBLE_WORKER", example = "EMPLOYEE") @RequestParam(
					required = false) @Nullable String type,
			@Parameter(description = "The month, YYYY-MM", example = "2026-01") @RequestParam(
					required = false) @Nullable String month) {
		ContributorType contributor = contributorType(type);
		YearMonth yearMonth = TextInput.yearMonth("month", month);
		ContributionRate rate = ContributionRates.of(contributor, yearMonth);
		return new ContributionRateView(contributor.name(), yearMonth.toString(), rate.pooledRate().toPlainString(),
				rate.individualRate().toPlainString(), rate.accountRate().toPlainString(),
				rate.totalRate().toPlainString(), FigureView.of(rate.explanation()), SourceView.of(rate.explanation()));
	}

	private static ContributorType contributorType(@Nullable String text) {
		String value = TextInput.required("type", text);
		return Arrays.stream(ContributorType.values())
			.filter(type -> type.name().equals(value.toUpperCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> UserInputException.invalid("type", "policy.contribution.type", value,
					Arrays.toString(ContributorType.values())));
	}

}
