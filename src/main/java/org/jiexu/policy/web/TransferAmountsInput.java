package org.jiexu.policy.web;

import org.jiexu.shared.TextInput;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jiexu.policy.ContributionRates;
import org.jiexu.policy.InterestMethod;
import org.jiexu.policy.InterestRates;
import org.jiexu.policy.Regions;
import org.jiexu.policy.TransferAmounts;
import org.jiexu.policy.TransferAmountsResult;
import org.jiexu.policy.TransferSegment;
import org.jiexu.policy.web.TransferAmountsApiController.SegmentInput;
import org.jiexu.policy.web.TransferAmountsApiController.TransferAmountsRequest;
import org.jiexu.shared.InputCheck;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;

/**
 * Turns a transfer-amounts request into the rule's input, refusing every bad field at once. Rates the rule does
 * not use for a segment may be left out: {@code personalRate} is needed for months before 1998 (else the
 * national 8%), {@code accountRate} for ordinary months from 1998.
 */
final class TransferAmountsInput {

	private static final BigDecimal MIN_BASE = new BigDecimal("0.01");

	private TransferAmountsInput() {
	}

	/** The amounts of a request, every bad field refused at once. */
	static TransferAmountsResult calculate(TransferAmountsRequest request) {
		return amounts(request).calculate(segments(request.segments()));
	}

	private static TransferAmounts amounts(TransferAmountsRequest request) {
		InputCheck refusals = new InputCheck();
		String province = request.province();
		if (TextInput.present(province) && !Regions.standard().isProvince(province.strip())) {
			refusals.refuse(UserInputException.invalid("province", "policy.transfer.province", province.strip()));
		}
		InterestMethod method = TextInput.present(request.interestMethod())
				? refusals.value(() -> TextInput.choice("interestMethod", request.interestMethod(), InterestMethod.class))
				: InterestMethod.RULE_1997;
		Map<Integer, BigDecimal> entered = new TreeMap<>();
		Map<String, String> rates = request.interestRates() == null ? Map.of() : request.interestRates();
		rates.forEach((year, rate) -> {
			Integer parsedYear = refusals.value(() -> TextInput.integer("interestRates", year, 1990, 2100));
			BigDecimal parsedRate = refusals.value(() -> rate("interestRates." + year, rate));
			if (parsedYear != null && parsedRate != null) {
				entered.put(parsedYear, parsedRate);
			}
		});
		refusals.throwIfRefused();
		String code = TextInput.present(province) ? province.strip() : "";
		return new TransferAmounts(InterestRates.forProvince(code).withOverrides(entered), method);
	}

	private static List<TransferSegment> segments(@Nullable List<SegmentInput> inputs) {
		if (inputs == null || inputs.isEmpty()) {
			throw UserInputException.invalid("segments", "policy.transfer.segmentsRequired");
		}
		if (inputs.size() > TransferAmounts.MAX_SEGMENTS) {
			throw UserInputException.invalid("segments", "policy.transfer.tooManySegments",
					String.valueOf(inputs.size()), String.valueOf(TransferAmounts.MAX_SEGMENTS));
		}
		InputCheck refusals = new InputCheck();
		List<TransferSegment> segments = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			int index = i;
			TransferSegment segment = refusals.value(() -> segment("segments[" + index + "]", inputs.get(index)));
			if (segment != null) {
				segments.add(segment);
			}
		}
		refusals.throwIfRefused();
		return segments;
	}

	private static TransferSegment segment(String name, @Nullable SegmentInput input) {
		if (input == null) {
			throw UserInputException.invalid(name, "policy.input.required");
		}
		String prefix = name + ".";
		InputCheck refusals = new InputCheck();
		YearMonth from = refusals.value(() -> TextInput.yearMonth(prefix + "from", input.from()));
		YearMonth to = refusals.value(() -> TextInput.yearMonth(prefix + "to", input.to()));
		BigDecimal base = refusals.value(() -> TextInput.decimal(prefix + "monthlyBase", input.monthlyBase(),
				MIN_BASE, TransferAmounts.MAX_BASE));
		Boolean temporary = refusals.value(() -> TextInput.bool(prefix + "temporary", input.temporary(), false));
		BigDecimal employerRate = TextInput.present(input.employerRate())
				? refusals.value(() -> rate(prefix + "employerRate", input.employerRate())) : null;
		boolean before1998 = from != null && from.isBefore(TransferAmounts.ACCOUNT_REFORM);
		BigDecimal personalRate = before1998 || TextInput.present(input.personalRate())
				? refusals.value(() -> rate(prefix + "personalRate", input.personalRate()))
				: ContributionRates.employee(from == null ? TransferAmounts.ACCOUNT_REFORM : from).individualRate();
		boolean ordinarySince1998 = !Boolean.TRUE.equals(temporary)
				&& (to == null || !to.isBefore(TransferAmounts.ACCOUNT_REFORM));
		BigDecimal accountRate = ordinarySince1998 || TextInput.present(input.accountRate())
				? refusals.value(() -> rate(prefix + "accountRate", input.accountRate())) : personalRate;
		refusals.throwIfRefused();
		return new TransferSegment(from, to, base, accountRate, personalRate, temporary, employerRate);
	}

	private static BigDecimal rate(String field, @Nullable String text) {
		return TextInput.decimal(field, text, BigDecimal.ZERO, TransferAmounts.MAX_RATE);
	}

}
