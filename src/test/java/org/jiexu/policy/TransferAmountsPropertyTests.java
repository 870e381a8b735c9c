package org.jiexu.policy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jiexu.shared.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.pick;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** Properties of {@link TransferAmounts} over generated histories from 1994 to 2025. */
class TransferAmountsPropertyTests {

	private static final YearMonth START = YearMonth.of(1994, 1);

	private static final YearMonth END = YearMonth.of(2025, 12);

	private static final List<BigDecimal> RATES = List.of(new BigDecimal("0.06"), new BigDecimal("0.08"),
			new BigDecimal("0.10"), new BigDecimal("0.11"), new BigDecimal("0.12"));

	/** National rates from 2016, 3% entered for 1994–2015; 2025 has none (the last year may lack one). */
	private static final TransferAmounts AMOUNTS = amounts();

	@Test
	void poolsTwelvePercentOfEveryBaseFrom1998ForOrdinarySegments() {
		qt().withExamples(500).forAll(lists().of(specs()).ofSizeBetween(1, 6)).check(specs -> {
			List<TransferSegment> segments = layOut(specs);
			BigDecimal basesSince1998 = BigDecimal.ZERO;
			for (TransferSegment segment : segments) {
				for (YearMonth month = segment.from(); !month.isAfter(segment.to()); month = month.plusMonths(1)) {
					if (!month.isBefore(YearMonth.of(1998, 1))) {
						basesSince1998 = basesSince1998.add(segment.monthlyBase());
					}
				}
			}
			// whole-yuan bases: 12% of each is exact to the fen, so rounding per year changes nothing
			return AMOUNTS.calculate(segments).pooledFund()
				.compareTo(Money.fen(basesSince1998.multiply(new BigDecimal("0.12")))) == 0;
		});
	}

	@Test
	void splittingASegmentAtAnyMonthChangesNothing() {
		Gen<Cut> cuts = integers().between(0, 12 * 32 - 2)
			.zip(integers().between(2, 120), integers().between(1, 10_000_000), integers().between(1, 119),
					booleans().all(), Cut::new);
		qt().withExamples(500).forAll(cuts).checkAssert(cut -> {
			TransferSegment whole = cut.segment(cut.from(), cut.to());
			YearMonth split = cut.split();
			TransferAmountsResult once = AMOUNTS.calculate(List.of(whole));
			TransferAmountsResult twice = AMOUNTS
				.calculate(List.of(cut.segment(split, cut.to()), cut.segment(cut.from(), split.minusMonths(1))));
			assertThat(twice.pooledFund()).isEqualTo(once.pooledFund());
			assertThat(twice.individualAccount()).isEqualTo(once.individualAccount());
			assertThat(twice.temporaryAccount()).isEqualTo(once.temporaryAccount());
			assertThat(twice.total()).isEqualTo(once.total());
			assertThat(twice.years()).isEqualTo(once.years());
		});
	}

	/**
	 * A segment of at least 2 months (a temporary one from 2010), a base in fen, and a month where to cut it: the
	 * second part starts there.
	 */
	private record Cut(int start, int length, int baseFen, int cut, boolean temporary) {

		YearMonth from() {
			return this.temporary ? YearMonth.of(2010, 1).plusMonths(this.start % 190) : START.plusMonths(this.start);
		}

		YearMonth to() {
			YearMonth to = from().plusMonths(this.length - 1);
			return to.isAfter(END) ? END : to;
		}

		YearMonth split() {
			return from().plusMonths(1 + this.cut % (TransferSegment.of(from(), to(), BigDecimal.ONE, BigDecimal.ONE,
					BigDecimal.ONE).months() - 1));
		}

		TransferSegment segment(YearMonth from, YearMonth to) {
			return new TransferSegment(from, to, BigDecimal.valueOf(this.baseFen, 2), RATES.get(this.baseFen % RATES.size()),
					new BigDecimal("0.05"), this.temporary, null);
		}

	}

	/** A gap before the segment (months), its length, a whole-yuan base and an account rate. */
	private record Spec(int gap, int length, int base, BigDecimal accountRate) {
	}

	private static Gen<Spec> specs() {
		return integers().between(0, 24)
			.zip(integers().between(1, 72), integers().between(1, 50_000), pick(RATES), Spec::new);
	}

	/** The specs end to end from 1994-01, dropping what would run past 2025-12. */
	private static List<TransferSegment> layOut(List<Spec> specs) {
		List<TransferSegment> segments = new ArrayList<>();
		YearMonth next = START;
		for (Spec spec : specs) {
			YearMonth from = next.plusMonths(spec.gap());
			YearMonth to = from.plusMonths(spec.length() - 1);
			if (to.isAfter(END)) {
				break;
			}
			segments.add(TransferSegment.of(from, to, BigDecimal.valueOf(spec.base()), spec.accountRate(),
					new BigDecimal("0.04")));
			next = to.plusMonths(1);
		}
		return segments;
	}

	private static TransferAmounts amounts() {
		Map<Integer, BigDecimal> entered = new TreeMap<>();
		for (int year = START.getYear(); year < InterestRates.FIRST_NATIONAL_YEAR; year++) {
			entered.put(year, new BigDecimal("0.03"));
		}
		return new TransferAmounts(InterestRates.national().withOverrides(entered), InterestMethod.RULE_1997);
	}

}
