package org.jiexu.contribution;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.UserKind;
import org.jiexu.policy.ContributionRate;
import org.jiexu.policy.ContributionRates;
import org.jiexu.policy.ContributorType;
import org.jiexu.registry.EmployerReference;
import org.jiexu.registry.PersonReference;
import org.jiexu.registry.RegistryManagement;
import org.jiexu.shared.Money;
import org.jiexu.shared.UserInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employer's monthly payment declaration (月度申报缴费): for every person employed in the current month, a
 * contribution record on the base in force for the year, and the account credit. Earlier months are back-paid
 * ({@link BackPayments}), with their late fee.
 */
@Service
public class PaymentDeclarations {

	private final JdbcClient jdbc;

	private final RegistryManagement registry;

	private final ContributionRecords records;

	private final ContributionRecording recording;

	private final Clock clock;

	PaymentDeclarations(JdbcClient jdbc, RegistryManagement registry, ContributionRecords records,
			ContributionRecording recording, Clock clock) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.records = records;
		this.recording = recording;
		this.clock = clock;
	}

	@Transactional
	public PaymentDeclarationView declare(CurrentUser user, long employerId, YearMonth month) {
		EmployerReference employer = this.registry.employerReference(user, employerId);
		if (!(user.kind() == UserKind.EMPLOYER_HANDLER || user.isRegistrar())) {
			throw new AccessDeniedException("Payment declarations are made by the employer's handler or a registrar");
		}
		YearMonth thisMonth = YearMonth.now(this.clock);
		if (month.isBefore(thisMonth)) {
			throw UserInputException.invalid("month", "contribution.payment.pastMonth", month.toString());
		}
		if (month.isAfter(thisMonth)) {
			throw UserInputException.invalid("month", "contribution.payment.futureMonth", month.toString());
		}
		String agency = employer.agency().code();
		List<PersonReference> staff = this.registry.staffInMonth(user, employerId, month);
		if (staff.isEmpty()) {
			throw UserInputException.invalid("month", "contribution.payment.noStaff", month.toString());
		}
		List<String> withoutBase = new ArrayList<>();
		List<NewContribution> contributions = new ArrayList<>();
		ContributionRate rate = ContributionRates.employee(month);
		LocalDate today = LocalDate.now(this.clock);
		for (PersonReference person : staff) {
			this.records.baseInForce(person.id(), agency, month.getYear())
				.ifPresentOrElse(base -> contributions.add(new NewContribution(person.id(), agency, employerId, month,
						ContributorType.EMPLOYEE, rate.split(base), ContributionOrigin.PAYMENT_DECLARATION, null, today,
						Money.ZERO)), () -> withoutBase.add(person.name()));
		}
		if (!withoutBase.isEmpty()) {
			throw UserInputException.invalid("month", "contribution.payment.baseMissing", month.getYear(),
					withoutBase.size(), String.join("、", withoutBase.subList(0, Math.min(10, withoutBase.size()))));
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("insert into contribution.payment_declaration (agency_code, employer_id, contribution_month,"
				+ " persons, total, declared_by, declared_at) values (?, ?, ?, 0, 0, ?, ?)")
			.params(agency, employerId, Date.valueOf(month.atDay(1)), user.username(),
					Timestamp.from(this.clock.instant()))
			.update(key, "id");
		long id = Objects.requireNonNull(key.getKey()).longValue();
		List<NewContribution> batch = contributions.stream()
			.map(c -> new NewContribution(c.personId(), c.agencyCode(), c.employerId(), c.month(), c.contributorType(),
					c.split(), c.origin(), id, c.paidOn(), c.lateFee()))
			.toList();
		List<NewContribution> written = this.recording.record(batch);
		if (written.isEmpty()) {
			throw UserInputException.conflict("month", "contribution.payment.alreadyPaid", month.toString());
		}
		BigDecimal employerPart = ContributionRecords.sum(written.stream().map(c -> c.split().employerPart()).toList());
		BigDecimal individualPart = ContributionRecords
			.sum(written.stream().map(c -> c.split().individualPart()).toList());
		BigDecimal total = employerPart.add(individualPart);
		this.jdbc.sql("update contribution.payment_declaration set persons = ?, total = ? where id = ?")
			.params(written.size(), total, id)
			.update();
		return new PaymentDeclarationView(id, employerId, month, written.size(), employerPart, individualPart, total);
	}

}
