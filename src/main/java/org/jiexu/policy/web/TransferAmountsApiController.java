package org.jiexu.policy.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jiexu.policy.InterestRate;
import org.jiexu.policy.TransferAmountsResult;
import org.jiexu.policy.TransferYear;
import org.jiexu.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Public calculator of the funds a transfer between provinces moves (66号 第四条). No login. */
@RestController
@RequestMapping("/api/v1/calculations")
@Tag(name = "Policy calculators (政策计算器)")
class TransferAmountsApiController {

	static final String EXAMPLE = """
			{"segments": [{"from": "2016-01", "to": "2016-12", "monthlyBase": "5000", "accountRate": "0.08",
			  "personalRate": "0.08", "temporary": false, "employerRate": null}],
			 "interestRates": {"2016": "0.0831"}, "province": "42"}""";

	private final MessageSource messages;

	TransferAmountsApiController(MessageSource messages) {
		this.messages = messages;
	}

	@Schema(description = "A run of months on one monthly base. Numbers may be JSON numbers or text.")
	record SegmentInput(
			@Schema(example = "2016-01", description = "First month, YYYY-MM (1990-01 to 2100-12)")
			@Nullable String from,
			@Schema(example = "2016-12", description = "Last month, included") @Nullable String to,
			@Schema(example = "5000", description = "Monthly contribution base in yuan, more than 0, at most 1000000")
			@Nullable String monthlyBase,
			@Schema(example = "0.08", description = "Rate credited to the individual account (0 to 0.3); needed for ordinary months from 1998")
			@Nullable String accountRate,
			@Schema(example = "0.08", description = "The person's own rate (0 to 0.3); needed for months before 1998, else 0.08")
			@Nullable String personalRate,
			@Schema(example = "false", description = "Paid into a temporary account (from 2010)")
			@Nullable String temporary,
			@Schema(example = "0.16", description = "Employer rate of a temporary segment; empty for the national rate of each month")
			@Nullable String employerRate) {
	}

	@Schema(description = "A contribution history to transfer")
	record TransferAmountsRequest(@Nullable List<SegmentInput> segments,
			@Schema(example = "{\"2016\": \"0.0831\"}", description = "Account interest rates by year, overriding the published ones")
			@Nullable Map<String, String> interestRates,
			@Schema(example = "42", description = "Province whose pre-2016 rates to use (2-digit code); empty for national rates only")
			@Nullable String province,
			@Schema(example = "RULE_1997", allowableValues = { "RULE_1997", "OPENING_BALANCE_ONLY" })
			@Nullable String interestMethod) {
	}

	@Schema(description = "One year of the calculation, money in yuan with two decimals")
	record YearView(@Schema(example = "2016") int year, @Schema(example = "12") int months,
			@Schema(example = "60000.00") String bases, @Schema(example = "7200.00") String pooled,
			@Schema(example = "0.08", description = "0.11 for 1998–2005, 0.08 from 2006; absent before 1998")
			@Nullable String normalisedRate,
			@Schema(example = "4800.00") String accountCredits, @Schema(example = "4800.00") String recordedCredits,
			@Schema(example = "0.00") String topUp, @Schema(example = "0.00") String excessNotMoved,
			@Schema(example = "215.99") String accountInterest, @Schema(example = "5015.99") String accountBalance,
			@Schema(example = "0") int temporaryMonths, @Schema(example = "0.00") String temporaryEmployer,
			@Schema(example = "0.00") String temporaryIndividual, @Schema(example = "0.00") String temporaryInterest,
			@Schema(example = "0.00") String temporaryBalance,
			@Schema(example = "0.0831", description = "Absent when the year has no rate: no interest")
			@Nullable String interestRate,
			@Nullable SourceView interestRateSource,
			@Schema(description = "Why no interest was credited, in the request language")
			@Nullable String interestNote) {
	}

	@Schema(description = """
			The funds moved; temporaryAccount is already included in the pooled fund (employer part) and the \
			individual account (own part)""")
	record TransferAmountsResponse(@Schema(example = "7200.00") String pooledFund,
			@Schema(example = "5015.99") String individualAccount, @Schema(example = "0.00") String temporaryAccount,
			@Schema(example = "12215.99") String total, List<YearView> years, List<FigureView> figures,
			List<SourceView> sources) {
	}

	@PostMapping("/transfer-amounts")
	@Operation(summary = "Funds moved by a transfer: 12% pooled fund, individual account at 11%/8%, temporary accounts",
			description = """
					国办发〔2009〕66号 第四条 with the 11%/8% normalisation (人社部发〔2009〕187号): 12% of every base from 1998 \
					to the pooled fund; the individual account (own contributions before 1998, 11% 1998–2005, 8% from 2006) \
					with yearly interest; temporary accounts move every contribution with interest. A method derived from \
					the rule text, not an official formula. Years without a published rate must be entered, except the last.""")
	TransferAmountsResponse transferAmounts(@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(examples = @ExampleObject(name = "One year 2016", value = EXAMPLE)))
			@RequestBody TransferAmountsRequest request) {
		TransferAmountsResult result = TransferAmountsInput.calculate(request);
		return new TransferAmountsResponse(Money.text(result.pooledFund()), Money.text(result.individualAccount()),
				Money.text(result.temporaryAccount()), Money.text(result.total()),
				result.years().stream().map(this::year).toList(), FigureView.of(result.explanation()),
				SourceView.of(result.explanation()));
	}

	private YearView year(TransferYear year) {
		TransferYear.AccountPart account = year.account();
		TransferYear.TemporaryPart temporary = year.temporary();
		InterestRate rate = year.interestRate();
		BigDecimal normalised = account.normalisedRate();
		return new YearView(year.year(), year.months(), Money.text(year.bases()), Money.text(year.pooled()),
				normalised == null ? null : normalised.toPlainString(), Money.text(account.credits()),
				Money.text(account.recorded()), Money.text(account.topUp()), Money.text(account.excessNotMoved()),
				Money.text(account.interest()), Money.text(account.balance()), temporary.months(),
				Money.text(temporary.employer()), Money.text(temporary.individual()), Money.text(temporary.interest()),
				Money.text(temporary.balance()), rate == null ? null : rate.rate().toPlainString(),
				rate == null ? null : SourceView.of(rate.source()),
				rate == null ? this.messages.getMessage("policy.transfer.noInterest",
						new Object[] { String.valueOf(year.year()) }, LocaleContextHolder.getLocale()) : null);
	}

}
