package org.jiexu.contribution;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jiexu.contribution.upload.StoredUpload;
import org.jiexu.document.TabularReader;
import org.jiexu.policy.BaseLimits;
import org.jiexu.policy.ContributionRate;
import org.jiexu.policy.ContributionRate.ContributionSplit;
import org.jiexu.policy.ContributionRates;
import org.jiexu.policy.LateFee;
import org.jiexu.shared.Money;
import org.jiexu.shared.UserInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks every row of a stored declaration file and stages it with its problems. While the file streams, a chunk
 * at a time: what the row shows on its own ({@link DeclaredRow}), the base limits of the province and year, and
 * the amounts and late fee of a good row; each chunk is staged in bulk in its own transaction with the job's
 * progress. Then, set-wise over all staged rows: the ID number is registered, the name is the registered one,
 * the person worked for the employer in the month ({@link ImportRegistryCheck}), no person and month appear twice
 * and the month is not recorded already ({@link ImportStaging#finishValidation}). Only one chunk of rows is ever
 * in memory.
 */
@Component
class ImportValidation {

	private final ImportStaging staging;

	private final ImportRegistryCheck registryCheck;

	private final Clock clock;

	private final int chunkSize;

	ImportValidation(ImportStaging staging, ImportRegistryCheck registryCheck, Clock clock,
			@Value("${jiexu.contribution-import.chunk-size:5000}") int chunkSize) {
		this.staging = staging;
		this.registryCheck = registryCheck;
		this.clock = clock;
		this.chunkSize = chunkSize;
	}

	/** Reads the header row and checks that data rows follow; a wrong file is refused as a whole. */
	static void checkHeader(StoredUpload upload) {
		TabularReader.open(upload.file(), DeclarationColumn.tabular()).close();
	}

	void validate(ImportTarget target, StoredUpload upload) {
		Checks checks = new Checks(target, LocalDate.now(this.clock));
		try (TabularReader rows = TabularReader.open(upload.file(), DeclarationColumn.tabular())) {
			List<StagedRow> chunk = new ArrayList<>(this.chunkSize);
			long done = 0;
			while (rows.hasNext()) {
				chunk.add(checks.stage(DeclaredRow.parse(rows.next(), checks.thisMonth)));
				if (chunk.size() == this.chunkSize || !rows.hasNext()) {
					done += chunk.size();
					this.staging.saveChunk(target, chunk, done);
					chunk.clear();
				}
			}
		}
		this.registryCheck.run(target);
		this.staging.finishValidation(target);
	}

	/** The checks of one import, with the rates, limits and late fee factors it has looked up so far. */
	private static final class Checks {

		private final ImportTarget target;

		private final LocalDate today;

		private final YearMonth thisMonth;

		private final Map<YearMonth, ContributionRate> rates = new HashMap<>();

		private final Map<Integer, Object> limits = new HashMap<>();

		private final Map<YearMonth, BigDecimal> lateFeeFactors = new HashMap<>();

		Checks(ImportTarget target, LocalDate today) {
			this.target = target;
			this.today = today;
			this.thisMonth = YearMonth.from(today);
		}

		StagedRow stage(DeclaredRow row) {
			List<RowProblem> problems = new ArrayList<>(row.problems());
			if (row.month() != null && row.base() != null) {
				checkLimits(row.month(), row.base(), problems);
			}
			if (!problems.isEmpty()) {
				return new StagedRow(row.number(), StagedRow.State.BAD, row.idNumber(), row.name(), row.month(), null,
						null, problems);
			}
			YearMonth month = Objects.requireNonNull(row.month());
			ContributionSplit split = this.rates.computeIfAbsent(month, ContributionRates::employee)
				.split(Objects.requireNonNull(row.base()));
			BigDecimal lateFee = LateFee.fee(split.employerPart().add(split.individualPart()),
					this.lateFeeFactors.computeIfAbsent(month, m -> LateFee.factor(m, this.today)));
			return new StagedRow(row.number(), StagedRow.State.GOOD, row.idNumber(), row.name(), month, split,
					lateFee, List.of());
		}

		private void checkLimits(YearMonth month, BigDecimal base, List<RowProblem> problems) {
			Object found = this.limits.computeIfAbsent(month.getYear(), year -> {
				try {
					return BaseLimits.of(this.target.province(), year);
				}
				catch (UserInputException missing) {
					return missing;
				}
			});
			if (found instanceof UserInputException missing) {
				problems.add(RowProblem.of(DeclarationColumn.BASE, missing));
				return;
			}
			BaseLimits limits = (BaseLimits) found;
			boolean below = base.compareTo(limits.floor()) < 0;
			if (!below && base.compareTo(limits.ceiling()) <= 0) {
				return;
			}
			problems.add(RowProblem.of(DeclarationColumn.BASE,
					below ? "contribution.import.base.belowFloor" : "contribution.import.base.aboveCeiling",
					Money.text(base), month.getYear(), Money.text(below ? limits.floor() : limits.ceiling()),
					Money.text(limits.averageWage().monthly()), limits.averageWage().source().citation() + "；"
							+ BaseLimits.ALL_EMPLOYMENT_AVERAGE.citation()));
		}

	}

}
