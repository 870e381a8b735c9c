package org.jiexu.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jiexu.identity.AuditAction;
import org.jiexu.identity.AuditTrail;
import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.NewUser;
import org.jiexu.identity.UserManagement;
import org.jiexu.identity.UserView;
import org.jiexu.policy.CreditCode;
import org.jiexu.policy.IdNumber;
import org.jiexu.policy.Regions;
import org.jiexu.registry.domain.Employer;
import org.jiexu.registry.domain.Employers;
import org.jiexu.registry.domain.InsuredPerson;
import org.jiexu.registry.domain.InsuredPersons;
import org.jiexu.registry.domain.PersonRegistration;
import org.jiexu.registry.domain.RegistryQueries;
import org.jiexu.shared.InputCheck;
import org.jiexu.shared.Masking;
import org.jiexu.shared.TextInput;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's facade: scoped reads of persons and employers, and their registration at the counter.
 * Anything outside the user's scope is reported as not found.
 */
@Service
public class RegistryManagement {

	/** Han characters, Latin letters, spaces and the middle dot of minority and foreign names. */
	private static final Pattern NAME = Pattern.compile("[\\p{IsHan}A-Za-z·• ]{2,30}");

	private static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}");

	public static final int MAX_PAGE_SIZE = 100;

	private final InsuredPersons persons;

	private final Employers employers;

	private final RegistryQueries queries;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final UserManagement users;

	private final AuditTrail audit;

	RegistryManagement(InsuredPersons persons, Employers employers, RegistryQueries queries,
			ApplicationEventPublisher events, Clock clock, UserManagement users, AuditTrail audit) {
		this.users = users;
		this.audit = audit;
		this.persons = persons;
		this.employers = employers;
		this.queries = queries;
		this.events = events;
		this.clock = clock;
	}

	/** The agency with this code (agencies are public); refused if there is none. */
	@Transactional(readOnly = true)
	public AgencyView agency(String code) {
		AgencyView agency = this.queries.agencies().get(code);
		if (agency == null) {
			throw new IllegalArgumentException("No agency " + code);
		}
		return agency;
	}

	@Transactional(readOnly = true)
	public Collection<AgencyView> agencies() {
		return this.queries.agencies().values();
	}

	@Transactional(readOnly = true)
	public ResultPage<InsuredPersonSummary> searchPersons(CurrentUser user, @Nullable String query, int page,
			int size) {
		return this.queries.searchPersons(user, query == null ? "" : query, Math.max(page, 0), pageSize(size));
	}

	/** The person's page, masked for readers whose role does not need the full identifiers. */
	@Transactional(readOnly = true)
	public InsuredPersonView person(CurrentUser user, long personId) {
		if (!this.queries.personVisible(user, personId)) {
			throw UserInputException.notFound("registry.person.notFound", personId);
		}
		InsuredPerson person = this.persons.findById(personId).orElseThrow();
		return view(user, person);
	}

	@Transactional
	public InsuredPersonView register(CurrentUser user, RegisterInsuredPerson request) {
		user.requireRegistrar();
		String agencyCode = user.requireAgency();
		InputCheck check = new InputCheck();
		IdNumber idNumber = check.value(() -> IdNumber.of(request.idNumber()));
		LocalDate today = LocalDate.now(this.clock);
		if (idNumber != null) {
			check.require(!idNumber.birthDate().isAfter(today), "idNumber", "registry.person.birthInFuture");
		}
		String name = request.name() == null ? "" : request.name().strip();
		check.require(!name.isEmpty(), "name", "registry.person.name.required");
		check.require(name.isEmpty() || NAME.matcher(name).matches(), "name", "registry.person.name.invalid");
		String phone = blankToNull(request.phone());
		check.require(phone == null || PHONE.matcher(phone).matches(), "phone", "registry.person.phone.invalid");
		String hukou = hukouRegion(request.hukouRegionCode(), idNumber, check);
		Long employerId = employerOf(user, request, check);
		check.throwIfRefused();
		if (this.persons.existsByIdNumber(idNumber.value())) {
			throw UserInputException.conflict("idNumber", "registry.person.duplicate");
		}
		InsuredPerson saved;
		try {
			saved = this.persons.save(InsuredPerson.register(new PersonRegistration(idNumber, name, phone, hukou,
					agencyCode, employerId, today, this.clock.instant(), user.username())));
		}
		catch (DuplicateKeyException raced) { // registered by someone else a moment ago
			throw UserInputException.conflict("idNumber", "registry.person.duplicate");
		}
		this.events.publishEvent(new InsuredPersonRegistered(saved.getId(), agencyCode));
		this.audit.record(user, AuditAction.PERSON_REGISTERED, "person " + saved.getId());
		return view(user, saved);
	}

	@Transactional(readOnly = true)
	public ResultPage<EmployerView> searchEmployers(CurrentUser user, @Nullable String query, int page, int size) {
		return this.queries.searchEmployers(user, query == null ? "" : query, Math.max(page, 0), pageSize(size));
	}

	@Transactional(readOnly = true)
	public EmployerView employer(CurrentUser user, long employerId) {
		return this.queries.employer(user, employerId)
			.orElseThrow(() -> UserInputException.notFound("registry.employer.notFound", employerId));
	}

	/**
	 * The employer without its staff count, for rules and scope checks that need only who it is and where it is
	 * insured; "not found" outside the user's scope.
	 */
	@Transactional(readOnly = true)
	public EmployerReference employerReference(CurrentUser user, long employerId) {
		return this.queries.employerReference(user, employerId)
			.orElseThrow(() -> UserInputException.notFound("registry.employer.notFound", employerId));
	}

	/** The employer's current staff, for readers who may see the employer. */
	@Transactional(readOnly = true)
	public ResultPage<InsuredPersonSummary> staffOf(CurrentUser user, long employerId, int page, int size) {
		employerReference(user, employerId);
		return this.queries.staffOf(employerId, Math.max(page, 0), pageSize(size));
	}

	/** The employer's staff in a month (full ID numbers, for the rules of the module that asks), if visible. */
	@Transactional(readOnly = true)
	public List<PersonReference> staffInMonth(CurrentUser user, long employerId, YearMonth month) {
		employerReference(user, employerId);
		return this.queries.staffInMonth(employerId, month);
	}

	/** Registered persons by ID number, unscoped: for checks such as imports, which report only matches. */
	@Transactional(readOnly = true)
	public List<PersonReference> personsByIdNumber(Collection<String> idNumbers) {
		return this.queries.personsByIdNumber(idNumbers);
	}

	/**
	 * Registered persons by id, unscoped: for modules that name the persons of their own records, which are scoped
	 * already (e.g. an employer's declarations for staff who have left since).
	 */
	@Transactional(readOnly = true)
	public List<PersonReference> personReferences(Collection<Long> ids) {
		return this.queries.personReferences(ids);
	}

	/**
	 * The employments with the employer of the given persons, unscoped: for checks such as imports, after the
	 * caller has checked that the user may see the employer.
	 */
	@Transactional(readOnly = true)
	public List<StaffEmployment> employmentsOf(long employerId, Collection<Long> personIds) {
		return this.queries.employmentsOf(employerId, personIds);
	}

	/**
	 * A person's identity, hukou region and relations, unscoped: for the transfer of a person the caller has found
	 * in its own scope or by a letter from another agency. Empty if no such person is registered.
	 */
	@Transactional(readOnly = true)
	public Optional<PersonRelations> relationsOf(long personId) {
		return this.persons.findById(personId)
			.map(p -> new PersonRelations(this.queries.personReference(personId).orElseThrow(),
					p.getHukouRegionCode(), this.queries.relations(personId)));
	}

	/**
	 * Persons contributing at the registrar's agency whose relation is still held at another agency (suspended or
	 * a temporary account there), the latest arrivals here first, at most {@code limit}.
	 */
	@Transactional(readOnly = true)
	public List<RelationHeldElsewhere> relationsHeldElsewhere(CurrentUser user, int limit) {
		user.requireRegistrar();
		return this.queries.relationsHeldElsewhere(user.requireAgency(), Math.max(1, Math.min(limit, 500)));
	}

	/** A person's employments at every agency, oldest first, unscoped: for a transfer's checks (arrears). */
	@Transactional(readOnly = true)
	public List<EmploymentView> employmentHistory(long personId) {
		return this.queries.employments(personId);
	}

	/** The mobile phones of the persons who have one, by person id, unscoped: for notifications. */
	@Transactional(readOnly = true)
	public java.util.Map<Long, String> phonesOf(Collection<Long> personIds) {
		return this.queries.phonesOf(personIds);
	}

	/**
	 * Ends the person's relation at the agency because a transfer moved it to another agency (已转出), from the day
	 * given. Returns false if the person holds no live relation there (ACTIVE, SUSPENDED or TEMPORARY).
	 */
	@Transactional
	public boolean endRelationByTransfer(long personId, String agencyCode, String toAgency, LocalDate on) {
		return this.queries.endRelation(personId, agencyCode, InsuranceRelationState.TRANSFERRED_OUT, on, toAgency);
	}

	/**
	 * Records, at the receiving agency of a transfer from an agency of another deployment, the relation the person
	 * held there as transferred here (已转出, naming this agency), so that this agency's staff see the continued
	 * records; nothing if this database already holds a relation of the person there (both agencies here).
	 *
	 * @return whether it was recorded
	 */
	@Transactional
	public boolean recordRelationContinuedHere(long personId, String fromAgency, String toAgency, LocalDate startedOn,
			LocalDate on) {
		return this.queries.addEndedRelation(personId, fromAgency, InsuranceRelationState.TRANSFERRED_OUT, startedOn,
				on, toAgency);
	}

	/**
	 * Records that the person starts drawing the pension at the clerk's agency from the month (领取养老待遇): the
	 * person's live relation there (ACTIVE, SUSPENDED or TEMPORARY) becomes {@code DRAWING_PENSION} and keeps the
	 * month. Refused, changing nothing, for a month after the current one, for a person who draws a pension already
	 * (at any agency) and for a person without a live relation at the clerk's agency; "not found" outside the
	 * clerk's scope. From then on the person no longer transfers (国办发〔2009〕66号 第二条).
	 */
	@Transactional
	public InsuredPersonView recordPensionStart(CurrentUser user, long personId, RecordPensionStart request) {
		user.requireRegistrar();
		String agencyCode = user.requireAgency();
		if (!this.queries.personVisible(user, personId)) {
			throw UserInputException.notFound("registry.person.notFound", personId);
		}
		YearMonth from = TextInput.yearMonth("fromMonth", request.fromMonth());
		YearMonth thisMonth = YearMonth.now(this.clock);
		if (from.isAfter(thisMonth)) {
			throw UserInputException.invalid("fromMonth", "registry.pension.fromMonth.future", from.toString(),
					thisMonth.toString());
		}
		this.queries.lockPerson(personId);
		List<InsuranceRelationView> relations = this.queries.relations(personId);
		Optional<InsuranceRelationView> drawing = relations.stream()
			.filter(r -> r.state() == InsuranceRelationState.DRAWING_PENSION)
			.findFirst();
		if (drawing.isPresent()) {
			InsuranceRelationView at = drawing.get();
			throw UserInputException.conflict(null, "registry.pension.alreadyDrawing", at.agency().nameZh(),
					at.agency().nameEn(), at.pensionFrom() == null ? "—" : at.pensionFrom().toString());
		}
		AgencyView here = agency(agencyCode);
		if (!this.queries.startDrawingPension(personId, agencyCode, from)) {
			throw UserInputException.conflict(null, "registry.pension.noLiveRelation", here.nameZh(), here.nameEn());
		}
		this.audit.record(user, AuditAction.PENSION_START_RECORDED, "person " + personId + " from " + from);
		return view(user, this.persons.findById(personId).orElseThrow());
	}

	/** The person's registry facts, if the user may see the person; "not found" otherwise. */
	@Transactional(readOnly = true)
	public PersonReference personReference(CurrentUser user, long personId) {
		if (!this.queries.personVisible(user, personId)) {
			throw UserInputException.notFound("registry.person.notFound", personId);
		}
		return this.queries.personReference(personId).orElseThrow();
	}

	@Transactional
	public EmployerView register(CurrentUser user, RegisterEmployer request) {
		user.requireRegistrar();
		String agencyCode = user.requireAgency();
		InputCheck check = new InputCheck();
		CreditCode creditCode = check.value(() -> CreditCode.of(request.creditCode()));
		String name = request.name() == null ? "" : request.name().strip();
		check.require(!name.isEmpty(), "name", "registry.employer.name.required");
		check.require(name.length() <= 200, "name", "registry.employer.name.tooLong", 200);
		check.throwIfRefused();
		if (this.employers.existsByCreditCode(creditCode.value())) {
			throw UserInputException.conflict("creditCode", "registry.employer.duplicate");
		}
		Employer saved;
		try {
			saved = this.employers
				.save(Employer.register(creditCode, name, agencyCode, this.clock.instant(), user.username()));
		}
		catch (DuplicateKeyException raced) { // registered by someone else a moment ago
			throw UserInputException.conflict("creditCode", "registry.employer.duplicate");
		}
		this.events.publishEvent(new EmployerRegistered(saved.id(), agencyCode));
		this.audit.record(user, AuditAction.EMPLOYER_REGISTERED, "employer " + saved.id());
		return employer(user, saved.id());
	}

	/** Opens the person's own online account, administered by the clerk's agency. */
	@Transactional
	public UserView openOnlineAccount(CurrentUser user, long personId, OpenOnlineAccount request) {
		user.requireRegistrar();
		InsuredPersonView person = person(user, personId);
		if (this.users.personHasAccount(personId)) {
			throw UserInputException.conflict(null, "registry.person.account.exists");
		}
		String username = request.username() == null || request.username().isBlank()
				? this.persons.findById(personId).orElseThrow().getIdNumber() : request.username();
		String displayName = request.displayName() == null || request.displayName().isBlank() ? person.name()
				: request.displayName();
		UserView account = this.users.create(NewUser.insuredPerson(username, nullToEmpty(request.password()),
				displayName, user.requireAgency(), personId));
		this.audit.record(user, AuditAction.ONLINE_ACCOUNT_OPENED, account.username() + " (person " + personId + ")");
		return account;
	}

	/** Opens an online account for a handler (专管员) of an employer registered at the clerk's agency. */
	@Transactional
	public UserView openHandlerAccount(CurrentUser user, long employerId, OpenOnlineAccount request) {
		user.requireRegistrar();
		employerReference(user, employerId);
		String phone = blankToNull(request.phone());
		if (phone != null && !PHONE.matcher(phone).matches()) {
			throw UserInputException.invalid("phone", "registry.person.phone.invalid");
		}
		UserView account = this.users.create(NewUser.employerHandler(nullToEmpty(request.username()),
				nullToEmpty(request.password()), request.displayName(), user.requireAgency(), employerId));
		this.users.setContactPhone(account.username(), phone);
		this.audit.record(user, AuditAction.ONLINE_ACCOUNT_OPENED,
				account.username() + " (employer " + employerId + ")");
		return account;
	}

	private static String nullToEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

	private InsuredPersonView view(CurrentUser user, InsuredPerson person) {
		long id = person.getId();
		boolean full = user.seesFullIdentifiersOf(id);
		String hukou = person.getHukouRegionCode();
		return new InsuredPersonView(id, full ? person.getIdNumber() : Masking.idNumber(person.getIdNumber()),
				person.getName(), person.getGender(), person.getBirthDate(), hukou,
				Regions.standard().fullNameOf(hukou),
				full ? person.getPhone() : Masking.phone(person.getPhone()), !full, this.users.personHasAccount(id),
				this.queries.relations(id),
				this.queries.employments(id));
	}

	private @Nullable Long employerOf(CurrentUser user, RegisterInsuredPerson request, InputCheck check) {
		Long employerId = request.employerId();
		if (employerId != null) {
			check.require(this.queries.employerReference(user, employerId).isPresent(), "employerId",
					"registry.person.employer.unknown", employerId);
			return employerId;
		}
		String code = blankToNull(request.employerCreditCode());
		if (code == null) {
			return null;
		}
		Optional<EmployerView> employer = this.queries.employerByCreditCode(user, code);
		check.require(employer.isPresent(), "employerCreditCode", "registry.person.employer.unknownCode", code);
		return employer.map(EmployerView::id).orElse(null);
	}

	private static @Nullable String hukouRegion(@Nullable String requested, @Nullable IdNumber idNumber,
			InputCheck check) {
		String code = blankToNull(requested);
		if (code == null && idNumber == null) {
			return null; // defaults to the ID number's region, which is refused already
		}
		if (code == null) {
			code = idNumber.regionCode();
		}
		boolean known = code != null && code.length() == 6 && Regions.standard().find(code).isPresent();
		check.require(known, "hukouRegionCode", "registry.person.hukouRegion.unknown", code == null ? "" : code);
		return code;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static int pageSize(int size) {
		return size <= 0 ? 20 : Math.min(size, MAX_PAGE_SIZE);
	}

}
