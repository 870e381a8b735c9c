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
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jiexu.contribution.upload.StoredUpload;
import org.jiexu.document.TabularReader;
import org.jiexu.policy.BaseLimits;
import org.jiexu.policy.ContributionRate;
import org.jiexu.policy.ContributionRate.ContributionSplit;
import org.jiexu.policy.ContributionRates;
import org.jiexu.policy.LateFee;
import org.jiexu.registry.PersonReference;
import org.jiexu.registry.RegistryManagement;
import org.jiexu.registry.StaffEmployment;
import org.jiexu.shared.Money;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks every row of a stored declaration file, a chunk at a time, and stages it with its problems: what the
 * row shows on its own ({@link DeclaredRow}), then against the registry (the ID number is registered, the name
 * is the registered one, the person worked for the employer in the month), the base limits of the province and
 * year, and the months already recorded for the person at the agency. Only one chunk of rows is in memory; each
 * is staged in its own transaction with the job's progress. Duplicates within the file are found at the end
 * ({@link ImportStaging#finishValidation}).
 */
@Component
class ImportValidation {

	private final RegistryManagement registry;

	private final ImportStaging staging;

	private final Clock clock;

	private final int chunkSize;

	ImportValidation(RegistryManagement registry, ImportStaging staging, Clock clock,
			@Value("${jiexu.contribution-import.chunk-size:1000}") int chunkSize) {
		this.registry = registry;
		this.staging = staging;
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
			List<DeclaredRow> chunk = new ArrayList<>(this.chunkSize);
			long done = 0;
			while (rows.hasNext()) {
				chunk.add(DeclaredRow.parse(rows.next(), checks.thisMonth));
				if (chunk.size() == this.chunkSize || !rows.hasNext()) {
					done += chunk.size();
					this.staging.saveChunk(target, check(checks, chunk), done);
					chunk.clear();
				}
			}
		}
		this.staging.finishValidation(target);
	}

	private List<StagedRow> check(Checks checks, List<DeclaredRow> chunk) {
		Set<String> idNumbers = chunk.stream()
			.map(DeclaredRow::idNumber)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<String, PersonReference> persons = this.registry.personsByIdNumber(idNumbers)
			.stream()
			.collect(Collectors.toMap(PersonReference::idNumber, Function.identity()));
		Set<Long> personIds = persons.values().stream().map(PersonReference::id).collect(Collectors.toSet());
		Map<Long, List<StaffEmployment>> employments = this.registry
			.employmentsOf(checks.target.employerId(), personIds)
			.stream()
			.collect(Collectors.groupingBy(StaffEmployment::personId));
		Set<YearMonth> months = chunk.stream()
			.map(DeclaredRow::month)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Set<String> recorded = this.staging.recorded(checks.target.agencyCode(), personIds, months);
		List<StagedRow> staged = new ArrayList<>(chunk.size());
		for (DeclaredRow row : chunk) {
			PersonReference person = row.idNumber() == null ? null : persons.get(row.idNumber());
			staged.add(checks.stage(row, person,
					person == null ? List.of() : employments.getOrDefault(person.id(), List.of()), recorded));
		}
		return staged;
	}

	/** The checks of one import, with the rates and limits it has looked up so far. */
	private static final class Checks {

		private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]");

		private static final Pattern MIDDLE_DOTS = Pattern.compile("[•・‧．.]");

		private final ImportTarget target;

		private final LocalDate today;

		private final YearMonth thisMonth;

		private final Map<YearMonth, ContributionRate> rates = new HashMap<>();

		private final Map<Integer, Object> limits = new HashMap<>();

		Checks(ImportTarget target, LocalDate today) {
			this.target = target;
			this.today = today;
			this.thisMonth = YearMonth.from(today);
		}

		StagedRow stage(DeclaredRow row, @Nullable PersonReference person, List<StaffEmployment> employments,
				Set<String> recorded) {
			List<RowProblem> problems = new ArrayList<>(row.problems());
			if (row.idNumber() != null && person == null) {
				problems.add(RowProblem.of(DeclarationColumn.ID_NUMBER, "contribution.import.idNumber.notRegistered"));
			}
			if (person != null) {
				if (row.name() != null && !sameName(row.name(), person.name())) {
					problems.add(RowProblem.of(DeclarationColumn.NAME, "contribution.import.name.mismatch",
							DeclaredRow.abbreviated(row.name())));
				}
				if (employments.isEmpty()) {
					problems.add(RowProblem.of(DeclarationColumn.ID_NUMBER, "contribution.import.employment.none"));
				}
				else if (row.month() != null && employments.stream().noneMatch(e -> e.covers(row.month()))) {
					problems.add(RowProblem.of(DeclarationColumn.MONTH, "contribution.import.employment.month",
							row.month(), periods(employments)));
				}
			}
			if (row.month() != null && row.base() != null) {
				checkLimits(row.month(), row.base(), problems);
			}
			if (!problems.isEmpty()) {
				return new StagedRow(row.number(), StagedRow.State.BAD, row.idNumber(), row.month(),
						person == null ? null : person.id(), null, null, problems);
			}
			YearMonth month = Objects.requireNonNull(row.month());
			ContributionSplit split = this.rates.computeIfAbsent(month, ContributionRates::employee)
				.split(Objects.requireNonNull(row.base()));
			BigDecimal lateFee = LateFee.of(month, split.employerPart().add(split.individualPart()), this.today).fee();
			long personId = Objects.requireNonNull(person).id();
			StagedRow.State state = recorded.contains(ImportStaging.key(personId, month)) ? StagedRow.State.RECORDED
					: StagedRow.State.GOOD;
			return new StagedRow(row.number(), state, row.idNumber(), month, personId, split, lateFee, List.of());
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

		/** Names match ignoring spaces and the form of the middle dot of minority and foreign names. */
		static boolean sameName(String declared, String registered) {
			return normaliseName(declared).equals(normaliseName(registered));
		}

		private static String normaliseName(String name) {
			return MIDDLE_DOTS.matcher(SPACES.matcher(name).replaceAll("")).replaceAll("·");
		}

		private static String periods(List<StaffEmployment> employments) {
			return employments.stream()
				.map(e -> e.firstMonth() + "–" + (e.lastMonth() == null ? "" : e.lastMonth().toString()))
				.collect(Collectors.joining(", "));
		}

	}

}
