package org.jiexu.policy.web;

import org.jiexu.shared.TextInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jiexu.policy.AccountInterest;
import org.jiexu.policy.AccountYear;
import org.jiexu.policy.InterestMethod;
import org.jiexu.policy.InterestRates;
import org.jiexu.policy.Source;
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

/** Public calculator: an individual account's balance year by year, with interest. No login. */
@RestController
@RequestMapping("/api/v1/calculations")
@Tag(name = "Policy calculators (政策计算器)", description = "Public, no login. Every answer names the rule and its source.")
class AccountBalanceApiController {

	static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

	static final String EXAMPLE = """
			{"openingBalance": "1000.00",
			 "credits": [{"year": 2016, "amount": "2400.00"}, {"year": 2017, "amount": "2400.00"}],
			 "interestRates": {}, "method": "RULE_1997", "province": "42"}""";

	@Schema(description = "An individual account to roll forward. Amounts and years may be strings or numbers.")
	record AccountBalanceRequest(
			@Schema(description = "Balance at the start of the first year, yuan; 0 when absent",
					example = "1000.00") @Nullable String openingBalance,
			@Schema(description = "Each year's credits (记账额), yuan") @Nullable List<@Nullable CreditLine> credits,
			@Schema(description = "Rates entered for this calculation by year, as decimals; they win over the policy's",
					example = "{\"2025\": \"0.015\"}") @Nullable Map<String, @Nullable String> interestRates,
			@Schema(description = "RULE_1997 (default) or OPENING_BALANCE_ONLY",
					example = "RULE_1997") @Nullable String method,
			@Schema(description = "2-digit province code: adds its rates before 2016",
					example = "42") @Nullable String province) {
	}

	@Schema(description = "The credits of one year")
	record CreditLine(@Schema(example = "2016") @Nullable String year,
			@Schema(example = "2400.00") @Nullable String amount) {
	}

	@Schema(description = "The account year by year")
	record AccountBalanceResult(@Schema(example = "1000.00") String openingBalance, List<YearView> years,
			@Schema(example = "6339.32") String closingBalance, @Schema(example = "RULE_1997") String method,
			List<SourceView> sources) {
	}

	@Schema(description = "One year of the account")
	record YearView(@Schema(example = "2016") int year, @Schema(example = "0.0831") String rate,
			@Schema(example = "2400.00") String credits, @Schema(example = "191.10") String interest,
			@Schema(example = "3591.10") String closingBalance,
			@Schema(example = "人社厅发〔2017〕71号《关于公布2016年职工基本养老保险个人账户记账利率等参数的通知》") String rateSource,
			@Schema(example = "HIGH") String rateConfidence) {
	}

	@PostMapping("/account-balance")
	@Operation(summary = "Roll an individual account forward year by year with interest",
			description = "From the opening balance at the start of the first credited year to the end of the last: "
					+ "each year adds its credits and its interest (1997 rule: the opening balance earns a full year, "
					+ "the year's credits rate × 1.083 × 1/2), interest half-up to the fen. A year without a known rate "
					+ "is refused, naming every such year; enter rates under interestRates.")
	AccountBalanceResult accountBalance(@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(examples = @ExampleObject(name = "two years", value = EXAMPLE))) @RequestBody(
					required = false) @Nullable AccountBalanceRequest request) {
		if (request == null) {
			throw UserInputException.invalid("credits", "policy.interest.creditsRequired");
		}
		InputCheck input = new InputCheck();
		BigDecimal opening = request.openingBalance() == null || request.openingBalance().isBlank() ? Money.ZERO
				: input.value(() -> TextInput.decimal("openingBalance", request.openingBalance(), BigDecimal.ZERO,
						MAX_AMOUNT));
		Map<Integer, BigDecimal> credits = credits(request.credits(), input);
		Map<Integer, BigDecimal> entered = enteredRates(request.interestRates(), input);
		InterestMethod method = request.method() == null || request.method().isBlank() ? InterestMethod.RULE_1997
				: input.value(() -> InterestMethod.byCode(request.method()));
		String province = request.province() == null || request.province().isBlank() ? ""
				: input.value(() -> ProvinceInput.province("province", request.province()));
		input.throwIfRefused();

		InterestRates rates = InterestRates.forProvince(province).withOverrides(entered);
		List<AccountYear> years = new AccountInterest(rates, method).roll(opening, credits);
		List<SourceView> sources = new ArrayList<>();
		sources.add(SourceView.of(method.source()));
		years.stream()
			.map(year -> year.rate().source())
			.distinct()
			.map(SourceView::of)
			.forEach(sources::add);
		return new AccountBalanceResult(Money.text(opening), years.stream().map(AccountBalanceApiController::view).toList(),
				Money.text(years.get(years.size() - 1).closingBalance()), method.name(), sources);
	}

	private static Map<Integer, BigDecimal> credits(@Nullable List<@Nullable CreditLine> lines, InputCheck input) {
		Map<Integer, BigDecimal> credits = new TreeMap<>();
		if (lines == null || lines.isEmpty()) {
			input.require(false, "credits", "policy.interest.creditsRequired");
			return credits;
		}
		for (int i = 0; i < lines.size(); i++) {
			CreditLine line = lines.get(i);
			String field = "credits[" + i + "]";
			if (line == null) {
				input.require(false, field, "policy.input.required");
				continue;
			}
			Integer year = input.value(() -> TextInput.integer(field + ".year", line.year(), 1900, 2200));
			BigDecimal amount = input
				.value(() -> TextInput.decimal(field + ".amount", line.amount(), BigDecimal.ZERO, MAX_AMOUNT));
			if (year != null && amount != null) {
				input.require(!credits.containsKey(year), field + ".year", "policy.account.duplicateYear",
						String.valueOf(year));
				credits.put(year, amount);
			}
		}
		return credits;
	}

	private static Map<Integer, BigDecimal> enteredRates(@Nullable Map<String, @Nullable String> rates,
			InputCheck input) {
		Map<Integer, BigDecimal> entered = new LinkedHashMap<>();
		if (rates != null) {
			rates.forEach((yearText, rateText) -> {
				Integer year = input.value(() -> TextInput.integer("interestRates", yearText, 1900, 2200));
				BigDecimal rate = input.value(
						() -> TextInput.decimal("interestRates." + yearText, rateText, BigDecimal.ZERO, BigDecimal.ONE));
				if (year != null && rate != null) {
					entered.put(year, rate);
				}
			});
		}
		return entered;
	}

	private static YearView view(AccountYear year) {
		Source source = year.rate().source();
		return new YearView(year.year(), year.rate().rate().toPlainString(), Money.text(year.credits()),
				Money.text(year.interest()), Money.text(year.closingBalance()), source.citation(),
				source.confidence().name());
	}

}
