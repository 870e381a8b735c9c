package org.jiexu.contribution;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.UserKind;
import org.jiexu.policy.BaseLimits;
import org.jiexu.policy.ContributionRate;
import org.jiexu.policy.ContributionRate.ContributionSplit;
import org.jiexu.policy.ContributionRates;
import org.jiexu.policy.ContributorType;
import org.jiexu.policy.Explanation;
import org.jiexu.policy.LateFee;
import org.jiexu.registry.EmploymentView;
import org.jiexu.registry.InsuranceRelationState;
import org.jiexu.registry.InsuredPersonView;
import org.jiexu.registry.RegistryManagement;
import org.jiexu.shared.InputCheck;
import org.jiexu.shared.Money;
import org.jiexu.shared.TextInput;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Back-payment (补缴) of past months, on the bases and rates of those months, with the late fee an employer owes
 * (Social Insurance Law Art. 86). Months before the person's registration date can be paid too (seed 002: a
 * flexible worker who registered in 2020 could not pay 2019 online), as long as they are after the person's 16th
 * birthday and not already contributed anywhere.
 * <p>
 * Who pays decides the kind: an employer's handler (or a registrar naming the employer) pays as the employer,
 * for months the person worked there; a person online, or a registrar without an employer, pays as a flexible
 * worker, at the agency holding the person's active relation (flexible workers owe no late fee).
 */
@Service
public class BackPayments {

	static final int MAX_MONTHS = 240;

	private final JdbcClient jdbc;

	private final RegistryManagement registry;

	private final ContributionRecords records;

	private final ContributionRecording recording;

	private final Clock clock;

	BackPayments(JdbcClient jdbc, RegistryManagement registry, ContributionRecords records,
			ContributionRecording recording, Clock clock) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.records = records;
		this.recording = recording;
		this.clock = clock;
	}

	/** What the back-payment would cost, without making it. */
	@Transactional(readOnly = true)
	public BackPaymentView quote(CurrentUser user, long personId, BackPaymentRequest request) {
		return plan(user, personId, request).view(null);
	}

	@Transactional
	public BackPaymentView pay(CurrentUser user, long personId, BackPaymentRequest request) {
		Plan plan = plan(user, personId, request);
		LocalDate today = LocalDate.now(this.clock);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("insert into contribution.back_payment (person_id, agency_code, employer_id, first_month,"
				+ " last_month, months, contributions, late_fee, paid_on, reason, created_by, created_at)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(personId, plan.agencyCode, plan.employerId, Date.valueOf(plan.first.atDay(1)),
					Date.valueOf(plan.last.atDay(1)), plan.months.size(), plan.contributions(), plan.lateFee(),
					Date.valueOf(today), plan.reason, user.username(), Timestamp.from(this.clock.instant()))
			.update(key, "id");
		long id = Objects.requireNonNull(key.getKey()).longValue();
		List<NewContribution> contributions = new ArrayList<>();
		for (int i = 0; i < plan.months.size(); i++) {
			BackPaymentMonth month = plan.months.get(i);
			contributions.add(new NewContribution(personId, plan.agencyCode, plan.employerId, month.month(), plan.type,
					plan.splits.get(i), ContributionOrigin.BACK_PAYMENT, id, today, month.lateFee()));
		}
		if (this.recording.record(contributions).size() != contributions.size()) {
			// a month was recorded by someone else since the check: pay nothing rather than part
			throw UserInputException.conflict("firstMonth", "contribution.backPayment.raced");
		}
		return plan.view(id);
	}

	private Plan plan(CurrentUser user, long personId, BackPaymentRequest request) {
		InsuredPersonView person = this.registry.person(user, personId);
		InputCheck check = new InputCheck();
		YearMonth first = check.value(() -> TextInput.yearMonth("firstMonth", request.firstMonth()));
		YearMonth last = check.value(() -> TextInput.yearMonth("lastMonth", request.lastMonth()));
		BigDecimal base = TextInput.present(request.base())
				? check.value(() -> TextInput.decimal("base", request.base(), BigDecimal.ZERO, new BigDecimal("999999")))
				: null;
		Boolean applyLimit = check.value(() -> TextInput.bool("applyLimit", request.applyLimit(), false));
		Long employerId = TextInput.present(request.employerId())
				? check.value(() -> (long) TextInput.integer("employerId", request.employerId(), 1, Integer.MAX_VALUE))
				: null;
		String reason = request.reason() == null ? "" : request.reason().strip();
		check.require(!reason.isEmpty(), "reason", "contribution.backPayment.reasonRequired");
		check.require(reason.length() <= 500, "reason", "contribution.backPayment.reasonTooLong");
		check.throwIfRefused();
		Payer payer = payer(user, person, employerId);
		YearMonth thisMonth = YearMonth.now(this.clock);
		YearMonth sixteen = YearMonth.from(person.birthDate().plusYears(16));
		check.require(!first.isAfter(last), "lastMonth", "contribution.backPayment.order");
		check.require(last.isBefore(thisMonth), "lastMonth", "contribution.backPayment.notPast", thisMonth.toString());
		check.require(!first.isBefore(sixteen), "firstMonth", "contribution.backPayment.beforeSixteen",
				sixteen.toString());
		check.throwIfRefused();
		long count = first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
		check.require(count <= MAX_MONTHS, "lastMonth", "contribution.backPayment.tooMany", MAX_MONTHS);
		check.throwIfRefused();
		refuseRecordedMonths(personId, first, last);
		if (payer.type == ContributorType.EMPLOYEE) {
			refuseMonthsNotEmployed(person, Objects.requireNonNull(payer.employerId), first, last);
		}
		return price(personId, payer, first, last, base, Boolean.TRUE.equals(applyLimit), reason);
	}

	private Payer payer(CurrentUser user, InsuredPersonView person, @Nullable Long employerId) {
		if (user.kind() == UserKind.INSURED_PERSON) {
			if (employerId != null) {
				throw UserInputException.invalid("employerId", "contribution.backPayment.employerNotYours");
			}
			return new Payer(activeAgency(person), null, ContributorType.FLEXIBLE_WORKER);
		}
		if (user.kind() == UserKind.EMPLOYER_HANDLER) {
			long own = Objects.requireNonNull(user.employerId());
			if (employerId != null && employerId != own) {
				throw UserInputException.notFound("registry.employer.notFound", employerId);
			}
			return new Payer(this.registry.employerReference(user, own).agency().code(), own, ContributorType.EMPLOYEE);
		}
		if (!user.isRegistrar()) {
			throw new AccessDeniedException("Back-payments are taken by registrars, handlers and the person");
		}
		if (employerId != null) {
			return new Payer(this.registry.employerReference(user, employerId).agency().code(), employerId,
					ContributorType.EMPLOYEE);
		}
		return new Payer(user.requireAgency(), null, ContributorType.FLEXIBLE_WORKER);
	}

	private static String activeAgency(InsuredPersonView person) {
		return person.relations()
			.stream()
			.filter(relation -> relation.state() == InsuranceRelationState.ACTIVE)
			.map(relation -> relation.agency().code())
			.findFirst()
			.orElseThrow(() -> UserInputException.conflict(null, "contribution.backPayment.noActiveRelation"));
	}

	private void refuseRecordedMonths(long personId, YearMonth first, YearMonth last) {
		List<String> recorded = this.jdbc.sql("select distinct contribution_month from contribution.contribution_record"
				+ " where person_id = ? and contribution_month between ? and ? order by contribution_month")
			.params(personId, Date.valueOf(first.atDay(1)), Date.valueOf(last.atDay(1)))
			.query((rs, row) -> YearMonth.from(rs.getDate(1).toLocalDate()).toString())
			.list();
		if (!recorded.isEmpty()) {
			throw UserInputException.conflict("firstMonth", "contribution.backPayment.alreadyRecorded",
					recorded.size(), String.join("、", recorded.subList(0, Math.min(12, recorded.size()))));
		}
	}

	private static void refuseMonthsNotEmployed(InsuredPersonView person, long employerId, YearMonth first,
			YearMonth last) {
		List<String> outside = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			YearMonth m = month;
			boolean employed = person.employments()
				.stream()
				.filter(e -> Objects.equals(e.employerId(), employerId))
				.anyMatch(e -> !m.isBefore(e.firstMonth()) && (e.lastMonth() == null || !m.isAfter(e.lastMonth())));
			if (!employed) {
				outside.add(month.toString());
			}
		}
		if (!outside.isEmpty()) {
			throw UserInputException.invalid("firstMonth", "contribution.backPayment.notEmployed", outside.size(),
					String.join("、", outside.subList(0, Math.min(12, outside.size()))));
		}
	}

	private Plan price(long personId, Payer payer, YearMonth first, YearMonth last, @Nullable BigDecimal base,
			boolean applyLimit, String reason) {
		String province = this.registry.agency(payer.agencyCode).province();
		LocalDate today = LocalDate.now(this.clock);
		Map<Integer, BigDecimal> baseByYear = new HashMap<>();
		InputCheck check = new InputCheck();
		for (int year = first.getYear(); year <= last.getYear(); year++) {
			int y = year;
			BigDecimal applied = check.value(() -> baseOf(personId, payer, province, y, base, applyLimit));
			if (applied != null) {
				baseByYear.put(year, applied);
			}
		}
		check.throwIfRefused();
		List<BackPaymentMonth> months = new ArrayList<>();
		List<ContributionSplit> splits = new ArrayList<>();
		Explanation.Builder explanation = Explanation.citing();
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			ContributionRate rate = ContributionRates.of(payer.type, month);
			rate.explanation().sources().forEach(explanation::source);
			ContributionSplit split = rate.split(baseByYear.get(month.getYear()));
			LateFee.Result fee = payer.type == ContributorType.EMPLOYEE
					? LateFee.of(month, split.employerPart().add(split.individualPart()), today) : null;
			if (fee != null) {
				fee.explanation().sources().forEach(explanation::source);
			}
			splits.add(split);
			months.add(new BackPaymentMonth(month, split.base(), split.employerPart(), split.individualPart(),
					split.accountCredit(), fee == null ? 0 : fee.lateDays(), fee == null ? Money.ZERO : fee.fee()));
		}
		baseByYear.keySet()
			.forEach(year -> BaseLimits.of(province, year).explanation().sources().forEach(explanation::source));
		return new Plan(personId, payer.agencyCode, payer.employerId, payer.type, first, last, months, splits, reason,
				explanation);
	}

	private BigDecimal baseOf(long personId, Payer payer, String province, int year, @Nullable BigDecimal base,
			boolean applyLimit) {
		if (base != null) {
			return BaseLimitCheck.applied("base", province, year, base, applyLimit);
		}
		if (payer.type == ContributorType.FLEXIBLE_WORKER) {
			return BaseLimits.of(province, year).floor();
		}
		return this.records.baseInForce(personId, payer.agencyCode, year)
			.orElseThrow(() -> UserInputException.invalid("base", "contribution.backPayment.baseRequired", year));
	}

	private record Payer(String agencyCode, @Nullable Long employerId, ContributorType type) {
	}

	private record Plan(long personId, String agencyCode, @Nullable Long employerId, ContributorType type,
			YearMonth first, YearMonth last, List<BackPaymentMonth> months, List<ContributionSplit> splits,
			String reason, Explanation.Builder explanation) {

		BigDecimal contributions() {
			return ContributionRecords
				.sum(this.months.stream().map(m -> m.employerPart().add(m.individualPart())).toList());
		}

		BigDecimal lateFee() {
			return ContributionRecords.sum(this.months.stream().map(BackPaymentMonth::lateFee).toList());
		}

		BackPaymentView view(@Nullable Long id) {
			BigDecimal contributions = contributions();
			BigDecimal fee = lateFee();
			Explanation explained = this.explanation.figure("firstMonth", this.first)
				.figure("lastMonth", this.last)
				.figure("months", this.months.size())
				.figure("contributions", Money.text(contributions))
				.figure("lateFee", Money.text(fee))
				.figure("total", Money.text(contributions.add(fee)))
				.build();
			return new BackPaymentView(id, this.personId, this.agencyCode, this.employerId, this.type, this.months,
					contributions, fee, contributions.add(fee), explained);
		}

	}

}
