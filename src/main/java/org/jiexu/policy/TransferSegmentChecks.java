package org.jiexu.policy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.jiexu.shared.UserInputException;

/**
 * The refusals of {@link TransferAmounts}: every bad value of every segment at once (field
 * {@code segments[i].name}), then overlapping segments, naming the two.
 */
final class TransferSegmentChecks {

	static final YearMonth EARLIEST = YearMonth.of(1990, 1);

	static final YearMonth LATEST = YearMonth.of(2100, 12);

	/** 66号 is in force from 2010-01-01: there is no temporary account before. */
	static final YearMonth MEASURES_IN_FORCE = YearMonth.of(2010, 1);

	private TransferSegmentChecks() {
	}

	static void check(List<TransferSegment> segments) {
		if (segments.isEmpty()) {
			throw UserInputException.invalid("segments", "policy.transfer.segmentsRequired");
		}
		if (segments.size() > TransferAmounts.MAX_SEGMENTS) {
			throw UserInputException.invalid("segments", "policy.transfer.tooManySegments",
					String.valueOf(segments.size()), String.valueOf(TransferAmounts.MAX_SEGMENTS));
		}
		List<UserInputException> refusals = new ArrayList<>();
		for (int i = 0; i < segments.size(); i++) {
			checkSegment("segments[" + i + "].", segments.get(i), refusals);
		}
		if (!refusals.isEmpty()) {
			throw UserInputException.combine(refusals);
		}
		for (int j = 1; j < segments.size(); j++) {
			for (int i = 0; i < j; i++) {
				if (segments.get(i).overlaps(segments.get(j))) {
					throw UserInputException.invalid("segments[" + j + "].from", "policy.transfer.overlap",
							String.valueOf(i + 1), range(segments.get(i)), String.valueOf(j + 1), range(segments.get(j)));
				}
			}
		}
	}

	private static void checkSegment(String prefix, TransferSegment segment, List<UserInputException> refusals) {
		month(prefix + "from", segment.from(), refusals);
		month(prefix + "to", segment.to(), refusals);
		if (segment.from().isAfter(segment.to())) {
			refusals.add(UserInputException.invalid(prefix + "to", "policy.transfer.toBeforeFrom",
					segment.to().toString(), segment.from().toString()));
		}
		BigDecimal base = segment.monthlyBase();
		if (base.signum() <= 0 || base.compareTo(TransferAmounts.MAX_BASE) > 0) {
			refusals.add(UserInputException.invalid(prefix + "monthlyBase", "policy.transfer.baseRange",
					base.toPlainString(), TransferAmounts.MAX_BASE.toPlainString()));
		}
		else if (base.stripTrailingZeros().scale() > 2) {
			refusals.add(UserInputException.invalid(prefix + "monthlyBase", "policy.transfer.baseFen", base.toPlainString()));
		}
		rate(prefix + "accountRate", segment.accountRate(), refusals);
		rate(prefix + "personalRate", segment.personalRate(), refusals);
		if (segment.employerRate() != null) {
			if (segment.temporary()) {
				rate(prefix + "employerRate", segment.employerRate(), refusals);
			}
			else {
				refusals.add(UserInputException.invalid(prefix + "employerRate", "policy.transfer.employerRateOnlyTemporary"));
			}
		}
		if (segment.temporary() && segment.from().isBefore(MEASURES_IN_FORCE)) {
			refusals.add(UserInputException.invalid(prefix + "from", "policy.transfer.temporaryBeforeMeasures",
					segment.from().toString()));
		}
	}

	private static void month(String field, YearMonth month, List<UserInputException> refusals) {
		if (month.isBefore(EARLIEST) || month.isAfter(LATEST)) {
			refusals.add(UserInputException.invalid(field, "policy.transfer.monthRange", month.toString(),
					EARLIEST.toString(), LATEST.toString()));
		}
	}

	private static void rate(String field, BigDecimal rate, List<UserInputException> refusals) {
		if (rate.signum() < 0 || rate.compareTo(TransferAmounts.MAX_RATE) > 0) {
			refusals.add(UserInputException.invalid(field, "policy.transfer.rateRange", rate.toPlainString(),
					TransferAmounts.MAX_RATE.toPlainString()));
		}
	}

	private static String range(TransferSegment segment) {
		return segment.from() + "—" + segment.to();
	}

}
