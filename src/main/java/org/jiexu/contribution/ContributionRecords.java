package org.jiexu.contribution;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.UserKind;
import org.jiexu.policy.ContributorType;
import org.jiexu.policy.Explanation;
import org.jiexu.policy.Gender;
import org.jiexu.policy.MinimumContribution;
import org.jiexu.policy.RetirementAge;
import org.jiexu.policy.RetirementAgeResult;
import org.jiexu.policy.RetirementCategory;
import org.jiexu.registry.AgencyView;
import org.jiexu.registry.InsuranceRelationView;
import org.jiexu.registry.PersonReference;
import org.jiexu.registry.PersonRelations;
import org.jiexu.registry.RegistryManagement;
import org.jiexu.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a person's contribution records, their gaps and their minimum contribution status. */
@Service
public class ContributionRecords {

	private final JdbcClient jdbc;

	private final RegistryManagement registry;

	private final Clock clock;

	ContributionRecords(JdbcClient jdbc, RegistryManagement registry, Clock clock) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.clock = clock;
	}

	/** The person's contributions as the user may see them; "not found" outside the user's scope. */
	@Transactional(readOnly = true)
	public PersonContributionsView contributions(CurrentUser user, long personId) {
		PersonReference person = this.registry.personReference(user, personId);
		Map<String, AgencyView> agencies = this.registry.agencies()
			.stream()
			.collect(Collectors.toMap(AgencyView::code, a -> a));
		List<ContributionRecordView> all = records(personId, null, agencies);
		Set<String> continuedHere = user.kind() == UserKind.STAFF && user.agencyCode() != null
				? continuedAt(personId, user.agencyCode()) : Set.of();
		List<ContributionRecordView> visible = all.stream().filter(r -> visibleTo(user, r, continuedHere)).toList();
		SortedSet<YearMonth> months = all.stream()
			.map(ContributionRecordView::month)
			.collect(Collectors.toCollection(TreeSet::new));
		YearMonth thisMonth = YearMonth.now(this.clock);
		MinimumContributionStatus minimum = minimum(person, all, months, thisMonth);
		YearMonth until = thisMonth.minusMonths(1);
		if (minimum.retirementMonth().isBefore(thisMonth)) {
			until = minimum.retirementMonth().minusMonths(1);
		}
		List<ContributionGap> gaps = ContributionGaps.of(months, until);
		return new PersonContributionsView(personId, visible, years(visible, agencies), gaps,
				withGaps(minimum, gaps));
	}

	/**
	 * The agencies whose records of the person continue at the agency: the agency itself and every agency whose
	 * relation was transferred to it, directly or through others.
	 */
	private Set<String> continuedAt(long personId, String agencyCode) {
		List<InsuranceRelationView> relations = this.registry.relationsOf(personId)
			.map(PersonRelations::relations)
			.orElse(List.of());
		Set<String> agencies = new HashSet<>(Set.of(agencyCode));
		boolean grew = true;
		while (grew) {
			grew = false;
			for (InsuranceRelationView relation : relations) {
				if (relation.transferredTo() != null && agencies.contains(relation.transferredTo())) {
					grew |= agencies.add(relation.agency().code());
				}
			}
		}
		return agencies;
	}

	/**
	 * Staff see the records of their agency and those continued there by transfers; an employer's handler the
	 * records of its own payments; the person all of theirs.
	 */
	private static boolean visibleTo(CurrentUser user, ContributionRecordView record, Set<String> continuedHere) {
		if (user.kind() == UserKind.STAFF) {
			return continuedHere.contains(record.agencyCode());
		}
		if (user.kind() == UserKind.EMPLOYER_HANDLER) {
			return user.employerId() != null && user.employerId().equals(record.employerId());
		}
		return true;
	}

	private static List<ContributionYearSummary> years(List<ContributionRecordView> records,
			Map<String, AgencyView> agencies) {
		Map<String, ContributionYearSummary> byKey = new TreeMap<>();
		for (ContributionRecordView r : records) {
			String key = r.month().getYear() + "/" + r.agencyCode();
			AgencyView agency = agencies.get(r.agencyCode());
			BigDecimal paid = r.employerPart().add(r.individualPart());
			byKey.merge(key,
					new ContributionYearSummary(r.agencyCode(), agency.nameZh(), agency.regionName(),
							r.month().getYear(), 1, paid, r.accountCredit()),
					(a, b) -> new ContributionYearSummary(a.agencyCode(), a.agencyName(), a.regionName(), a.year(),
							a.months() + b.months(), a.paid().add(b.paid()), a.accountCredit().add(b.accountCredit())));
		}
		return new ArrayList<>(byKey.values());
	}

	private MinimumContributionStatus minimum(PersonReference person, List<ContributionRecordView> records,
			SortedSet<YearMonth> months, YearMonth thisMonth) {
		boolean flexible = !records.isEmpty()
				&& records.get(records.size() - 1).contributorType() == ContributorType.FLEXIBLE_WORKER;
		RetirementCategory category = person.gender() == Gender.MALE ? RetirementCategory.MALE
				: flexible ? RetirementCategory.FEMALE_55 : RetirementCategory.FEMALE_50;
		RetirementAgeResult retirement = RetirementAge.of(YearMonth.from(person.birthDate()), category);
		int required = retirement.minimumContributionMonths();
		int contributed = months.size();
		int still = Math.max(0, required - contributed);
		int left = (int) Math.max(0, thisMonth.until(retirement.retirementMonth(), java.time.temporal.ChronoUnit.MONTHS));
		Explanation explanation = Explanation.citing(MinimumContribution.SOCIAL_INSURANCE_LAW,
				MinimumContribution.MEASURES_ANNEX_4, retirement.source())
			.figure("retirementCategory", category)
			.figure("retirementMonth", retirement.retirementMonth())
			.figure("minimumContributionMonths", required)
			.figure("monthsContributed", contributed)
			.figure("monthsStillNeeded", still)
			.figure("monthsUntilRetirement", left)
			.build();
		return new MinimumContributionStatus(contributed, required, still, category, retirement.retirementMonth(),
				left, 0, contributed + left >= required, explanation);
	}

	private static MinimumContributionStatus withGaps(MinimumContributionStatus status, List<ContributionGap> gaps) {
		long gapMonths = gaps.stream().mapToLong(ContributionGap::months).sum();
		return new MinimumContributionStatus(status.monthsContributed(), status.monthsRequired(),
				status.monthsStillNeeded(), status.category(), status.retirementMonth(), status.monthsUntilRetirement(),
				gapMonths, status.reachable(), status.explanation());
	}

	/**
	 * The person's records at one agency, oldest first, unscoped: for a transfer between agencies, whose cases are
	 * scoped already.
	 */
	@Transactional(readOnly = true)
	public List<ContributionRecordView> recordsAt(long personId, String agencyCode) {
		Map<String, AgencyView> agencies = this.registry.agencies()
			.stream()
			.collect(Collectors.toMap(AgencyView::code, a -> a));
		return records(personId, agencyCode, agencies);
	}

	private List<ContributionRecordView> records(long personId, @Nullable String agencyCode,
			Map<String, AgencyView> agencies) {
		return this.jdbc.sql("select contribution_month, agency_code, employer_id,"
				+ " contributor_type, base, employer_part, individual_part, account_credit, pooled_part, origin, paid_on,"
				+ " late_fee from contribution.contribution_record where person_id = ?"
				+ (agencyCode == null ? "" : " and agency_code = ?") + " order by contribution_month, agency_code")
			.params(agencyCode == null ? new Object[] { personId } : new Object[] { personId, agencyCode })
			.query((rs, row) -> {
				String agency = rs.getString("agency_code");
				long employer = rs.getLong("employer_id");
				return new ContributionRecordView(YearMonth.from(rs.getDate("contribution_month").toLocalDate()),
						agency, agencies.get(agency).nameZh(), rs.wasNull() ? null : employer,
						ContributorType.valueOf(rs.getString("contributor_type")), rs.getBigDecimal("base"),
						rs.getBigDecimal("employer_part"), rs.getBigDecimal("individual_part"),
						rs.getBigDecimal("account_credit"), rs.getBigDecimal("pooled_part"),
						ContributionOrigin.valueOf(rs.getString("origin")), rs.getDate("paid_on").toLocalDate(),
						rs.getBigDecimal("late_fee"));
			})
			.list();
	}

	/** The base in force for the person at the agency in the year, if declared. */
	@Transactional(readOnly = true)
	public java.util.Optional<BigDecimal> baseInForce(long personId, String agencyCode, int year) {
		return this.jdbc.sql("select base from contribution.base_declaration where person_id = ? and agency_code = ?"
				+ " and declaration_year = ? and state = 'IN_FORCE' order by id desc limit 1")
			.params(personId, agencyCode, year)
			.query(BigDecimal.class)
			.optional();
	}

	/** Total of a list of amounts; zero for none. */
	static BigDecimal sum(List<BigDecimal> amounts) {
		return amounts.stream().reduce(Money.ZERO, BigDecimal::add);
	}

}
