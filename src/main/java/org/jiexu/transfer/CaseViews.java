package org.jiexu.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jiexu.exchange.Exchange;
import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.Role;
import org.jiexu.identity.UserKind;
import org.jiexu.registry.AgencyView;
import org.jiexu.registry.PersonReference;
import org.jiexu.registry.PersonRelations;
import org.jiexu.registry.RegistryManagement;
import org.jiexu.shared.Masking;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Renders cases for a reader: names in the reader's language, identifiers masked unless the role needs them. */
@Component
class CaseViews {

	private final CaseStore store;

	private final RegistryManagement registry;

	private final Exchange exchange;

	private final MessageSource messages;

	private final ProblemStore problems;

	private final CaseMoney money;

	private final BenefitPlaceCheck benefitPlace;

	private final ChecklistTicks checklist;

	private final ArrearsCheck arrears;

	private final Clock clock;

	CaseViews(CaseStore store, RegistryManagement registry, Exchange exchange, MessageSource messages,
			ProblemStore problems, CaseMoney money, BenefitPlaceCheck benefitPlace, ChecklistTicks checklist,
			ArrearsCheck arrears, Clock clock) {
		this.arrears = arrears;
		this.checklist = checklist;
		this.money = money;
		this.benefitPlace = benefitPlace;
		this.store = store;
		this.problems = problems;
		this.registry = registry;
		this.exchange = exchange;
		this.messages = messages;
		this.clock = clock;
	}

	TransferCaseView view(CurrentUser user, TransferCase c, Locale locale) {
		LocalDate today = LocalDate.now(this.clock);
		PersonRelations person = this.registry.relationsOf(c.personId()).orElseThrow();
		PersonReference who = person.person();
		boolean full = user.isStaff() ? user.isRegistrar() : user.kind() == UserKind.INSURED_PERSON;
		AgencyView here = this.registry.agency(c.agencyCode());
		AgencyView there = this.registry.agency(c.counterpartCode());
		List<CaseCheck> checks = switch (c.state()) {
			case APPLIED -> {
				List<CaseCheck> in = new java.util.ArrayList<>(
						CaseChecks.transferIn(person, here, there, this.exchange.servesLocally(there.code()),
								c.category(), today));
				this.benefitPlace.check(person, here).ifPresent(in::add);
				yield in;
			}
			case LETTER_RECEIVED -> {
				List<CaseCheck> out = new java.util.ArrayList<>(
						CaseChecks.transferOut(person, here, this.money.recordedTwice(c).size()));
				out.add(this.arrears.check(c, java.time.YearMonth.from(today)));
				yield out;
			}
			default -> List.of();
		};
		return new TransferCaseView(c.id(), c.transferId(), c.side(), agency(here, locale), agency(there, locale),
				new PersonOnCase(who.id(), full ? who.idNumber() : Masking.idNumber(who.idNumber()), who.name(),
						who.gender(), who.birthDate()),
				c.insuranceType(), c.category(), c.state(), c.attempt(), c.steward(), c.openedOn(), c.dueOn(),
				CaseDeadline.status(c.dueOn(), today), CaseUrgency.of(who.gender(), who.birthDate(), today),
				c.completedOn(), c.infoReceivedOn(), c.fundsReceivedOn(), c.pooledFund(), c.individualAccount(),
				c.infoTotal(), c.remittedTotal(), c.refundTotal(), c.overlapMonths(), c.rejectedBy(),
				c.rejectionReason(),
				checks.stream()
					.map(check -> new CheckView(check.code(), check.outcome(),
							this.messages.getMessage(check.messageKey(), check.arguments().toArray(), locale)))
					.toList(),
				this.checklist.of(c, locale),
				actionsFor(user, c), TransferDocuments.availableOn(c), this.store.events(c.id()),
				this.problems.ofCase(c.id()),
				user.isStaff() ? this.exchange.messagesOf(c.transferId(), c.agencyCode()) : List.of());
	}

	List<TransferCaseSummary> summaries(Collection<TransferCase> cases, Locale locale) {
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, PersonReference> persons = this.registry
			.personReferences(cases.stream().map(TransferCase::personId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(PersonReference::id, Function.identity()));
		return cases.stream().map(c -> {
			PersonReference who = persons.get(c.personId());
			return new TransferCaseSummary(c.id(), c.side(), c.state(), who.name(), Masking.idNumber(who.idNumber()),
					agency(this.registry.agency(c.counterpartCode()), locale), c.steward(), c.attempt(), c.openedOn(),
					c.dueOn(), CaseDeadline.status(c.dueOn(), today),
					CaseUrgency.of(who.gender(), who.birthDate(), today), c.transferId());
		}).toList();
	}

	/** The actions the user may take on the case now, by their API names. */
	static List<String> actionsFor(CurrentUser user, TransferCase c) {
		if (!mayWork(user, c)) {
			return List.of();
		}
		Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
		for (CaseAction action : CaseAction.values()) {
			if (action.byUser() && action.appliesTo(c.side()) && action.allowedFrom(c.state())
					&& (action != CaseAction.REASSIGN || user.hasRole(Role.SUPERVISOR))
					&& (action != CaseAction.RESEND_CONTACT_LETTER || (c.rejectedBy() == RejectedBy.SENDING
							&& c.attempt() < TransferCase.MAX_ATTEMPTS))) {
				actions.add(action);
			}
		}
		return actions.stream().map(CaseAction::pathName).toList();
	}

	/** Whether the user may see the case: staff of its agency, the handler of the employer that applied, the person. */
	static boolean mayRead(CurrentUser user, TransferCase c) {
		if (user.isStaff()) {
			return c.agencyCode().equals(user.agencyCode());
		}
		if (user.kind() == UserKind.EMPLOYER_HANDLER) {
			return user.employerId() != null && user.employerId().equals(c.employerId());
		}
		return user.kind() == UserKind.INSURED_PERSON && user.personId() != null && user.personId() == c.personId();
	}

	/** Whether the user works the case: its steward, or a supervisor of its agency. */
	static boolean mayWork(CurrentUser user, TransferCase c) {
		return user.isStaff() && c.agencyCode().equals(user.agencyCode())
				&& (user.hasRole(Role.SUPERVISOR) || user.username().equals(c.steward()));
	}

	private static AgencyOnCase agency(AgencyView agency, Locale locale) {
		return new AgencyOnCase(agency.code(), agency.name(locale));
	}

}
