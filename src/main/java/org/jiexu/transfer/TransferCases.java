package org.jiexu.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.Role;
import org.jiexu.identity.UserKind;
import org.jiexu.policy.IdNumber;
import org.jiexu.registry.AgencyView;
import org.jiexu.registry.InsuranceRelationState;
import org.jiexu.registry.PersonReference;
import org.jiexu.registry.PersonRelations;
import org.jiexu.registry.RegistryManagement;
import org.jiexu.registry.RelationHeldElsewhere;
import org.jiexu.shared.InputCheck;
import org.jiexu.shared.TextInput;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfer cases as users work them: a transfer-in opened at the receiving agency (by its staff, or online by the
 * person), the cases of an agency with filters, one case with its checks and history, and the actions on it. Staff
 * see their agency's side of a transfer only, a person their own cases; anything else is "not found".
 */
@Service
public class TransferCases {

	/** The most cases a list returns. */
	public static final int LIST_LIMIT = 500;

	private final CaseStore store;

	private final CaseSteps steps;

	private final CaseViews views;

	private final StewardAssignment stewards;

	private final RegistryManagement registry;

	private final CaseJournal journal;

	private final Clock clock;

	private final org.jiexu.exchange.PostalLetters postal;

	TransferCases(CaseStore store, CaseSteps steps, CaseViews views, StewardAssignment stewards,
			RegistryManagement registry, CaseJournal journal, Clock clock, org.jiexu.exchange.PostalLetters postal) {
		this.postal = postal;
		this.journal = journal;
		this.store = store;
		this.steps = steps;
		this.views = views;
		this.stewards = stewards;
		this.registry = registry;
		this.clock = clock;
	}

	/** Accepts a transfer-in application (受理) and gives it a steward; the checks run before the letter goes. */
	@Transactional
	public TransferCaseView open(CurrentUser user, OpenTransferIn request, Locale locale) {
		String agencyCode = receivingAgency(user);
		InputCheck check = new InputCheck();
		PersonReference person = check.value(() -> person(user, request.idNumber()));
		AgencyView sending = check.value(() -> sendingAgency(request.sendingAgencyCode(), agencyCode));
		InsuranceType type = check.value(() -> TextInput.choice("insuranceType", request.insuranceType(),
				InsuranceType.class));
		TransferCategory category = TextInput.present(request.category())
				? check.value(() -> TextInput.choice("category", request.category(), TransferCategory.class))
				: TransferCategory.ORDINARY;
		check.throwIfRefused();
		Optional<TransferCase> open = this.store.openTransferIn(person.id(), agencyCode, sending.code());
		if (open.isPresent()) {
			throw UserInputException.conflict("idNumber", "transfer.open.alreadyOpen", open.get().id());
		}
		LocalDate today = LocalDate.now(this.clock);
		Long employer = user.kind() == UserKind.EMPLOYER_HANDLER ? user.employerId() : null;
		TransferCase applied = new TransferCase(0, UUID.randomUUID().toString(), TransferSide.IN, agencyCode,
				sending.code(), person.id(), employer, type, category, CaseState.APPLIED, 0,
				this.stewards.stewardFor(agencyCode).orElse(null), today, today, CaseDeadline.dueFrom(today).date(),
				null, null, null, null, null, null, null, null, null, null, 0);
		long id = this.store.insert(applied);
		TransferCase opened = this.store.find(id).orElseThrow();
		this.journal.record(opened, CaseAction.APPLY, null, user.username(), null);
		return this.views.view(user, opened, locale);
	}

	@Transactional(readOnly = true)
	public TransferCaseView view(CurrentUser user, long id, Locale locale) {
		return this.views.view(user, visible(user, id), locale);
	}

	/** The postal letters its agency sent for the case's transfer (staff of the agency). */
	@Transactional(readOnly = true)
	public List<org.jiexu.exchange.PostalLetterView> postalLetters(CurrentUser user, long id) {
		TransferCase c = visible(user, id);
		if (!user.isStaff()) {
			throw new AccessDeniedException("Postal letters are for agency staff");
		}
		return this.postal.ofTransfer(c.transferId(), c.agencyCode());
	}

	/**
	 * The agency's cases (staff) the filter selects, in the order asked for, or the person's own (an insured person,
	 * newest first, unfiltered).
	 */
	@Transactional(readOnly = true)
	public List<TransferCaseSummary> list(CurrentUser user, CaseFilter filter, CaseSort sort, Locale locale) {
		if (user.kind() == UserKind.INSURED_PERSON && user.personId() != null) {
			return this.views.summaries(this.store.ofPerson(user.personId()), locale);
		}
		if (user.kind() == UserKind.EMPLOYER_HANDLER && user.employerId() != null) {
			return this.views.summaries(this.store.ofEmployer(user.employerId()), locale);
		}
		String agency = user.requireAgency();
		return this.views.summaries(this.store.list(agency, filter, sort, LocalDate.now(this.clock),
				LIST_LIMIT), locale);
	}

	/**
	 * Persons the registrar's agency could open a transfer-in for now: contributing here, their relation still held
	 * at another agency, no transfer-in from there under way. At most {@code limit} who can transfer, then at most
	 * {@code limit} whom a check would stop (marked with the failing checks), so neither kind crowds out the other.
	 */
	@Transactional(readOnly = true)
	public List<TransferCandidate> candidates(CurrentUser user, int limit, Locale locale) {
		List<RelationHeldElsewhere> held = this.registry.relationsHeldElsewhere(user, 500);
		java.util.Set<String> underWay = this.store.transfersUnderWay(user.requireAgency(),
				held.stream().map(h -> h.person().id()).collect(java.util.stream.Collectors.toSet()));
		AgencyView here = this.registry.agency(user.requireAgency());
		LocalDate today = LocalDate.now(this.clock);
		java.util.Map<Boolean, List<TransferCandidate>> byPassing = held.stream()
			.filter(h -> !underWay.contains(h.person().id() + ":" + h.heldAt().code()))
			.map(h -> new TransferCandidate(h.person().id(), h.person().idNumber(), h.person().name(),
					new AgencyOnCase(h.heldAt().code(), h.heldAt().name(locale)), h.state().name(),
					CaseChecks.transferIn(this.registry.relationsOf(h.person().id()).orElseThrow(), here, h.heldAt(),
							true, TransferCategory.ORDINARY, today)
						.stream()
						.filter(check -> check.outcome() == CaseCheck.Outcome.FAIL)
						.map(CaseCheck::code)
						.toList()))
			.collect(java.util.stream.Collectors.partitioningBy(candidate -> candidate.failingChecks().isEmpty()));
		return java.util.stream.Stream
			.concat(byPassing.get(true).stream().limit(limit), byPassing.get(false).stream().limit(limit))
			.toList();
	}

	/** The transfer-ins completed in the days from {@code from} to {@code to} (both included), at every agency. */
	@Transactional(readOnly = true)
	public List<CompletedTransfer> completedTransferIns(LocalDate from, LocalDate to) {
		return this.store.completedTransferIns(from, to);
	}

	/** Takes a user's action on the case ({@code send-contact-letter}, {@code reject}, …). */
	@Transactional
	public TransferCaseView act(CurrentUser user, long id, String actionName, CaseActionRequest request,
			Locale locale) {
		TransferCase c = visible(user, id);
		CaseAction action = CaseAction.byPathName(actionName)
			.orElseThrow(() -> UserInputException.invalid("action", "transfer.action.unknown", actionName,
					String.join(", ", Arrays.stream(CaseAction.values())
						.filter(CaseAction::byUser)
						.map(CaseAction::pathName)
						.toList())));
		if (!CaseViews.mayWork(user, c)) {
			throw new AccessDeniedException("Only the case's steward or a supervisor of its agency works it");
		}
		if (action == CaseAction.REASSIGN) {
			requireReassignable(user, c, request.steward());
		}
		c.requireAllowed(action);
		if (action.needsReason() && (request.reason() == null || request.reason().isBlank())) {
			throw UserInputException.invalid("reason", "transfer.reason.required");
		}
		if (request.reason() != null && request.reason().strip().length() > 500) {
			throw UserInputException.invalid("reason", "transfer.reason.tooLong", 500);
		}
		return this.views.view(user, this.steps.take(c, action, user.username(), request), locale);
	}

	private void requireReassignable(CurrentUser user, TransferCase c, @Nullable String steward) {
		if (!user.hasRole(Role.SUPERVISOR)) {
			throw new AccessDeniedException("Only a supervisor reassigns cases");
		}
		if (steward == null || steward.isBlank()) {
			throw UserInputException.invalid("steward", "transfer.steward.required");
		}
		if (!this.stewards.mayOwn(c.agencyCode(), steward.strip())) {
			throw UserInputException.invalid("steward", "transfer.steward.unknown", steward.strip());
		}
	}

	/** The case if the user may see it: staff of its agency, or the person it is about. */
	private TransferCase visible(CurrentUser user, long id) {
		return this.store.find(id)
			.filter(c -> CaseViews.mayRead(user, c))
			.orElseThrow(() -> UserInputException.notFound("transfer.case.notFound", id));
	}

	/**
	 * Staff open cases at their agency; an employer's handler applies at the employer's agency; a person applies at
	 * the agency where they contribute now.
	 */
	private String receivingAgency(CurrentUser user) {
		if (user.isStaff()) {
			user.requireRegistrar();
			return user.requireAgency();
		}
		if (user.kind() == UserKind.EMPLOYER_HANDLER && user.employerId() != null) {
			return this.registry.employerReference(user, user.employerId()).agency().code();
		}
		if (user.kind() != UserKind.INSURED_PERSON || user.personId() == null) {
			throw new AccessDeniedException("Transfer-ins are applied for by staff, the employer or the person");
		}
		PersonRelations own = this.registry.relationsOf(user.personId()).orElseThrow();
		List<String> active = own.relations()
			.stream()
			.filter(r -> r.state() == InsuranceRelationState.ACTIVE)
			.map(r -> r.agency().code())
			.toList();
		if (active.size() != 1) {
			throw UserInputException.conflict(null, "transfer.open.noActiveRelation");
		}
		return active.get(0);
	}

	/** The person of the ID number, if the user may apply for them; refused otherwise. */
	private PersonReference person(CurrentUser user, @Nullable String idNumber) {
		if (!TextInput.present(idNumber)) {
			throw UserInputException.invalid("idNumber", "transfer.open.idNumber.required");
		}
		String text = IdNumber.of(idNumber).value();
		return this.registry.personsByIdNumber(List.of(text))
			.stream()
			.findFirst()
			.filter(p -> mayApplyFor(user, p))
			.orElseThrow(() -> UserInputException.invalid("idNumber", "transfer.open.idNumber.unknown", text));
	}

	/** Staff for persons of their agency, a handler for the employer's current staff, a person for themselves. */
	private boolean mayApplyFor(CurrentUser user, PersonReference person) {
		if (user.isStaff()) {
			return this.registry.relationsOf(person.id()).flatMap(r -> r.at(user.agencyCode())).isPresent();
		}
		if (user.kind() == UserKind.EMPLOYER_HANDLER && user.employerId() != null) {
			return this.registry.staffInMonth(user, user.employerId(), YearMonth.now(this.clock))
				.stream()
				.anyMatch(staff -> staff.id() == person.id());
		}
		return user.personId() != null && user.personId() == person.id();
	}

	private AgencyView sendingAgency(@Nullable String code, String receiving) {
		String text = code == null ? "" : code.strip();
		AgencyView agency = this.registry.agencies()
			.stream()
			.filter(a -> a.code().equals(text))
			.findFirst()
			.orElseThrow(() -> UserInputException.invalid("sendingAgencyCode", "transfer.open.sendingAgency.unknown",
					text));
		if (agency.code().equals(receiving)) {
			throw UserInputException.invalid("sendingAgencyCode", "transfer.open.sendingAgency.same");
		}
		return agency;
	}

}
