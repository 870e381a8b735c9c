package org.jiexu.contribution;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jiexu.contribution.DeclarationStore.NewDeclaration;
import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.UserKind;
import org.jiexu.policy.BaseLimits;
import org.jiexu.registry.AgencyView;
import org.jiexu.registry.EmployerReference;
import org.jiexu.registry.EmploymentView;
import org.jiexu.registry.InsuranceRelationState;
import org.jiexu.registry.InsuredPersonView;
import org.jiexu.registry.PersonReference;
import org.jiexu.registry.RegistryManagement;
import org.jiexu.shared.InputCheck;
import org.jiexu.shared.Masking;
import org.jiexu.shared.TextInput;
import org.jiexu.shared.UserInputException;
import org.jiexu.shared.UserInputException.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly contribution base declarations (缴费基数申报) by an employer for its staff (its handler, or a registrar of
 * its agency) and by a flexible worker for themselves (or a registrar at the counter), for this year or next.
 * <ul>
 * <li>A base outside the limits is refused with the limit, the average wage and the source
 * ({@link BaseLimitCheck}) unless the declarant applies the limit; then the limit is the base and the typed one is
 * kept.</li>
 * <li>A declarant's first declaration of a person's year is in force at once, replacing any base another declarant
 * (an earlier employer, or the person as a flexible worker) declared at the agency.</li>
 * <li>Changing a base the same declarant has in force needs a reason and evidence (PDF, JPEG, PNG) and waits for a
 * reviewer of the agency ({@link BaseDeclarationReviews}).</li>
 * <li>An employer declares many persons at once: every row is checked, all refusals come together, each naming
 * the row and the person, and nothing is saved while any row is refused.</li>
 * </ul>
 * Contribution records already written are never changed: a base applies to the payments made while it is in
 * force.
 */
@Service
public class BaseDeclarations {

	static final int MAX_ITEMS = 2000;

	static final int MAX_REASON = 500;

	static final BigDecimal MAX_BASE = new BigDecimal("99999999.99");

	private final DeclarationStore store;

	private final RegistryManagement registry;

	private final Clock clock;

	BaseDeclarations(DeclarationStore store, RegistryManagement registry, Clock clock) {
		this.store = store;
		this.registry = registry;
		this.clock = clock;
	}

	/** A row to declare: the person, and the base and applyLimit as typed under their field names. */
	private record Candidate(String fieldPrefix, @Nullable Integer row, PersonReference person, @Nullable String base,
			@Nullable String applyLimit) {
	}

	/** An employer's declaration for staff employed this month. */
	@Transactional
	public List<BaseDeclarationView> declareForStaff(CurrentUser user, long employerId, BaseDeclarationRequest request,
			List<EvidenceFile> evidence) {
		EmployerReference employer = this.registry.employerReference(user, employerId);
		if (!(user.kind() == UserKind.EMPLOYER_HANDLER || user.isRegistrar())) {
			throw new AccessDeniedException("Base declarations are made by the employer's handler or a registrar");
		}
		InputCheck check = new InputCheck();
		Integer year = check.value(() -> year(request.year()));
		List<BaseDeclarationRequest.Item> items = request.items() == null ? List.of() : request.items();
		check.require(!items.isEmpty(), "items", "contribution.declaration.items.required");
		check.require(items.size() <= MAX_ITEMS, "items", "contribution.declaration.items.tooMany",
				String.valueOf(MAX_ITEMS));
		check.throwIfRefused();
		Map<Long, PersonReference> staff = new HashMap<>();
		Map<String, PersonReference> staffByIdNumber = new HashMap<>();
		for (PersonReference person : this.registry.staffInMonth(user, employerId, YearMonth.now(this.clock))) {
			staff.put(person.id(), person);
			staffByIdNumber.put(person.idNumber(), person);
		}
		List<Candidate> candidates = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			BaseDeclarationRequest.Item item = items.get(i);
			String prefix = "items[" + i + "].";
			if (item == null) {
				check.refuse(UserInputException.invalid("items[" + i + "]", "contribution.declaration.person.required",
						String.valueOf(i + 1)));
				continue;
			}
			Optional<PersonReference> person = person(item, staff, staffByIdNumber, prefix, i, check);
			if (person.isEmpty()) {
				continue;
			}
			if (!seen.add(person.get().id())) {
				check.refuse(UserInputException.invalid(prefix + "idNumber", "contribution.declaration.person.twice",
						String.valueOf(i + 1), person.get().name()));
				continue;
			}
			candidates.add(new Candidate(prefix, i + 1, person.get(), item.base(), item.applyLimit()));
		}
		return declare(user, employer.agency(), employerId, Objects.requireNonNull(year), candidates,
				request.reason(), evidence, check);
	}

	/** A flexible worker's declaration of their own base, by themselves or a registrar of their agency. */
	@Transactional
	public List<BaseDeclarationView> declareOwnBase(CurrentUser user, long personId, OwnBaseDeclarationRequest request,
			List<EvidenceFile> evidence) {
		InsuredPersonView person = this.registry.person(user, personId);
		boolean self = user.kind() == UserKind.INSURED_PERSON && Objects.equals(user.personId(), personId);
		if (!(self || user.isRegistrar())) {
			throw new AccessDeniedException("A flexible worker's base is declared by the person or a registrar");
		}
		InputCheck check = new InputCheck();
		Integer year = check.value(() -> year(request.year()));
		check.throwIfRefused();
		AgencyView agency = activeAgency(person)
			.orElseThrow(() -> UserInputException.invalid(null, "contribution.declaration.own.noActiveRelation"));
		if (user.isStaff() && !agency.code().equals(user.agencyCode())) {
			throw UserInputException.invalid(null, "contribution.declaration.own.otherAgency", agency.nameZh(),
					agency.nameEn());
		}
		currentEmployer(person).ifPresent(employer -> {
			throw UserInputException.invalid(null, "contribution.declaration.own.employed", employer);
		});
		PersonReference reference = this.registry.personReference(user, personId);
		return declare(user, agency, null, Objects.requireNonNull(year),
				List.of(new Candidate("", null, reference, request.base(), request.applyLimit())), request.reason(),
				evidence, check);
	}

	private List<BaseDeclarationView> declare(CurrentUser user, AgencyView agency, @Nullable Long employerId, int year,
			List<Candidate> candidates, @Nullable String reasonText, List<EvidenceFile> evidence, InputCheck check) {
		String province = agency.province();
		BaseLimits limits = check.value(() -> BaseLimits.of(province, year));
		if (limits == null) { // no average wage for the year: no row can be checked
			check.throwIfRefused();
		}
		Map<Long, List<DeclarationRow>> current = this.store
			.current(agency.code(), year, candidates.stream().map(c -> c.person().id()).toList())
			.stream()
			.collect(Collectors.groupingBy(DeclarationRow::personId));
		List<NewDeclaration> firsts = new ArrayList<>();
		List<NewDeclaration> changes = new ArrayList<>();
		String reason = reasonText == null || reasonText.isBlank() ? null : reasonText.strip();
		for (Candidate candidate : candidates) {
			NewDeclaration declaration = check.value(() -> checked(candidate, agency.code(), employerId, year,
					province, Objects.requireNonNull(limits), current.getOrDefault(candidate.person().id(), List.of()),
					reason));
			if (declaration == null) {
				continue;
			}
			(declaration.previousBase() == null ? firsts : changes).add(declaration);
		}
		if (!changes.isEmpty()) {
			check.require(reason != null, "reason", "contribution.declaration.reason.required");
			check.require(evidence.stream().anyMatch(file -> file.size() > 0 || present(file.fileName())), "evidence",
					"contribution.declaration.evidence.required");
		}
		check.require(reason == null || reason.length() <= MAX_REASON, "reason",
				"contribution.declaration.reason.tooLong", String.valueOf(MAX_REASON));
		List<EvidenceCheck.Accepted> files = changes.isEmpty() ? List.of() : EvidenceCheck.check(evidence, check);
		check.throwIfRefused();
		List<Long> ids = new ArrayList<>();
		for (NewDeclaration first : firsts) {
			long id = this.store.insert(first, user.username(), null);
			this.store.supersede(first.personId(), first.agencyCode(), year, id);
			ids.add(id);
		}
		Long submission = null;
		for (NewDeclaration change : changes) {
			long id = this.store.insert(change, user.username(), submission);
			if (submission == null) {
				submission = id;
				this.store.storeEvidence(id, files);
			}
			ids.add(id);
		}
		Map<Long, PersonReference> persons = candidates.stream()
			.collect(Collectors.toMap(c -> c.person().id(), Candidate::person, (a, b) -> a));
		return this.store.views(ids.stream().map(id -> this.store.find(id).orElseThrow()).toList(), persons);
	}

	/**
	 * The row's declaration, or its refusals (naming the row and the person when there are rows): the base, the
	 * limits, and against what is in force or waiting.
	 */
	private NewDeclaration checked(Candidate candidate, String agencyCode, @Nullable Long employerId, int year,
			String province, BaseLimits limits, List<DeclarationRow> current, @Nullable String reason) {
		InputCheck check = new InputCheck();
		String baseField = candidate.fieldPrefix() + "base";
		BigDecimal declared = check.value(() -> base(baseField, candidate.base()));
		boolean applyLimit = Boolean.TRUE.equals(check
			.value(() -> TextInput.bool(candidate.fieldPrefix() + "applyLimit", candidate.applyLimit(), false)));
		BigDecimal base = declared == null ? null
				: check.value(() -> BaseLimitCheck.applied(baseField, province, year, declared, applyLimit));
		Optional<DeclarationRow> pending = current.stream()
			.filter(r -> r.state() == BaseDeclarationState.PENDING_REVIEW)
			.findFirst();
		Optional<DeclarationRow> inForce = current.stream()
			.filter(r -> r.state() == BaseDeclarationState.IN_FORCE)
			.reduce((a, b) -> b);
		pending.ifPresent(p -> check.refuse(UserInputException.invalid(baseField, "contribution.declaration.pending",
				p.base().toPlainString(), p.submittedBy())));
		boolean change = inForce.isPresent() && Objects.equals(inForce.get().employerId(), employerId);
		if (change && base != null && base.compareTo(inForce.get().base()) == 0) {
			check.refuse(UserInputException.invalid(baseField, "contribution.declaration.unchanged",
					base.toPlainString()));
		}
		try {
			check.throwIfRefused();
		}
		catch (UserInputException refused) {
			throw candidate.row() == null ? refused : named(refused, candidate.row(), candidate.person().name());
		}
		BaseLimits.Outcome outcome = limits.check(Objects.requireNonNull(declared)).outcome();
		return new NewDeclaration(candidate.person().id(), employerId, agencyCode, year, declared,
				Objects.requireNonNull(base), outcome,
				change ? BaseDeclarationState.PENDING_REVIEW : BaseDeclarationState.IN_FORCE, reason,
				change ? inForce.get().base() : null);
	}

	/** The same refusals, each message prefixed with the row and the person's name (the code says which row). */
	private static UserInputException named(UserInputException refused, int row, String name) {
		return new UserInputException(refused.kind(),
				refused.violations()
					.stream()
					.map(v -> new Violation(v.field(), "contribution.declaration.row",
							List.of(String.valueOf(row), name,
									new DefaultMessageSourceResolvable(new String[] { v.messageKey() },
											v.argumentArray()))))
					.toList());
	}

	private static Optional<PersonReference> person(BaseDeclarationRequest.Item item, Map<Long, PersonReference> staff,
			Map<String, PersonReference> staffByIdNumber, String prefix, int index, InputCheck check) {
		String row = String.valueOf(index + 1);
		if (present(item.personId())) {
			Long id = check.value(() -> (long) TextInput.integer(prefix + "personId", item.personId(), 1,
					Integer.MAX_VALUE));
			if (id == null) {
				return Optional.empty();
			}
			PersonReference person = staff.get(id);
			if (person == null) {
				check.refuse(UserInputException.invalid(prefix + "personId", "contribution.declaration.person.notStaff",
						row, item.personId().strip()));
			}
			return Optional.ofNullable(person);
		}
		if (present(item.idNumber())) {
			String idNumber = item.idNumber().strip().toUpperCase(Locale.ROOT);
			PersonReference person = staffByIdNumber.get(idNumber);
			if (person == null) {
				check.refuse(UserInputException.invalid(prefix + "idNumber", "contribution.declaration.person.notStaff",
						row, Masking.idNumber(idNumber)));
			}
			return Optional.ofNullable(person);
		}
		check.refuse(UserInputException.invalid(prefix + "idNumber", "contribution.declaration.person.required", row));
		return Optional.empty();
	}

	/** This year or next, from the application clock. */
	int year(@Nullable String text) {
		int year = TextInput.integer("year", text, 1900, 2200);
		int thisYear = Year.now(this.clock).getValue();
		if (year != thisYear && year != thisYear + 1) {
			throw UserInputException.invalid("year", "contribution.declaration.year", String.valueOf(year),
					String.valueOf(thisYear), String.valueOf(thisYear + 1));
		}
		return year;
	}

	/** A year to read declarations of, as typed: this year when blank. */
	public int yearToRead(@Nullable String text) {
		return present(text) ? TextInput.integer("year", text, 1990, 2200) : Year.now(this.clock).getValue();
	}

	/** The years a declaration may be made for: this year and next. */
	public List<Integer> declarableYears() {
		int thisYear = Year.now(this.clock).getValue();
		return List.of(thisYear, thisYear + 1);
	}

	/** A monthly base in yuan: a number from 0, at most two decimals. */
	static BigDecimal base(String field, @Nullable String text) {
		BigDecimal base = TextInput.decimal(field, text, BigDecimal.ZERO, MAX_BASE);
		if (base.stripTrailingZeros().scale() > 2) {
			throw UserInputException.invalid(field, "contribution.declaration.base.fen", base.toPlainString());
		}
		return base.setScale(2);
	}

	/**
	 * Takes over bases recorded elsewhere (an earlier system, the demo): in force at once, the limit applied to a
	 * base outside it (the recorded base is kept as declared), without review. A person who has a base in force
	 * at the agency for the year keeps it; a year without an average wage for the province is skipped.
	 *
	 * @return how many bases were taken over
	 */
	@Transactional
	public int takeOver(List<TakenOverBase> bases, String by) {
		Map<String, AgencyView> agencies = this.registry.agencies()
			.stream()
			.collect(Collectors.toMap(AgencyView::code, a -> a));
		Map<String, Optional<BaseLimits>> limits = new HashMap<>();
		List<NewDeclaration> declarations = new ArrayList<>();
		for (TakenOverBase taken : bases) {
			AgencyView agency = Objects.requireNonNull(agencies.get(taken.agencyCode()), taken.agencyCode());
			String province = agency.province();
			limits.computeIfAbsent(province + "/" + taken.year(), key -> {
				try {
					return Optional.of(BaseLimits.of(province, taken.year()));
				}
				catch (UserInputException noAverageWage) {
					return Optional.empty();
				}
			}).ifPresent(yearLimits -> {
				BaseLimits.Check check = yearLimits.check(taken.base());
				declarations.add(new NewDeclaration(taken.personId(), taken.employerId(), taken.agencyCode(),
						taken.year(), check.declared(), check.applied(), check.outcome(), BaseDeclarationState.IN_FORCE,
						null, null));
			});
		}
		return this.store.insertInForce(declarations, by);
	}

	// ---- reading

	/** The employer's declarations of the year with its current staff and their bases. */
	@Transactional(readOnly = true)
	public EmployerBaseDeclarationsView forEmployer(CurrentUser user, long employerId, int year) {
		EmployerReference employer = this.registry.employerReference(user, employerId);
		List<PersonReference> staff = this.registry.staffInMonth(user, employerId, YearMonth.now(this.clock));
		List<DeclarationRow> rows = this.store.ofEmployer(employerId, year);
		Map<Long, BigDecimal> inForce = new HashMap<>();
		Map<Long, BigDecimal> pending = new HashMap<>();
		for (DeclarationRow row : rows) { // newest first: the first seen wins
			if (row.state() == BaseDeclarationState.IN_FORCE) {
				inForce.putIfAbsent(row.personId(), row.base());
			}
			else if (row.state() == BaseDeclarationState.PENDING_REVIEW) {
				pending.putIfAbsent(row.personId(), row.base());
			}
		}
		List<StaffBaseView> staffBases = staff.stream()
			.map(p -> new StaffBaseView(p.id(), Masking.idNumber(p.idNumber()), p.name(), inForce.get(p.id()),
					pending.get(p.id())))
			.toList();
		return new EmployerBaseDeclarationsView(employerId, employer.name(), employer.agency().code(), year,
				limits(employer.agency(), year).orElse(null), staffBases, views(rows));
	}

	/** The person's declarations of the year as the reader may see them, and whether they declare their own base. */
	@Transactional(readOnly = true)
	public PersonBaseDeclarationsView forPerson(CurrentUser user, long personId, int year) {
		InsuredPersonView person = this.registry.person(user, personId);
		PersonReference reference = this.registry.personReference(user, personId);
		Optional<AgencyView> agency = activeAgency(person);
		Optional<String> employer = currentEmployer(person);
		List<DeclarationRow> rows = this.store.ofPerson(personId, year)
			.stream()
			.filter(row -> visible(user, row))
			.toList();
		BigDecimal inForce = agency
			.flatMap(a -> rows.stream()
				.filter(r -> r.state() == BaseDeclarationState.IN_FORCE && r.agencyCode().equals(a.code()))
				.findFirst())
			.map(DeclarationRow::base)
			.orElse(null);
		return new PersonBaseDeclarationsView(personId, person.name(), agency.orElse(null), year,
				agency.flatMap(a -> limits(a, year)).orElse(null), inForce, employer.orElse(null),
				agency.isPresent() && employer.isEmpty(), this.store.views(rows, Map.of(personId, reference)));
	}

	/** One declaration, if the reader may see it (staff of its agency, its employer's handler, the person). */
	@Transactional(readOnly = true)
	public BaseDeclarationView declaration(CurrentUser user, long id) {
		DeclarationRow row = visibleRow(user, id);
		return views(List.of(row)).get(0);
	}

	/** An evidence file, for the reviewers and registrars of the agency and the declarant's side. */
	@Transactional(readOnly = true)
	public EvidenceContent evidence(CurrentUser user, long declarationId, long evidenceId) {
		DeclarationRow row = visibleRow(user, declarationId);
		boolean allowed = switch (user.kind()) {
			case STAFF -> BaseDeclarationReviews.isReviewer(user) || user.isRegistrar();
			case EMPLOYER_HANDLER -> true;
			case INSURED_PERSON -> row.employerId() == null;
		};
		if (!allowed || row.previousBase() == null) {
			throw UserInputException.notFound("contribution.evidence.notFound", String.valueOf(evidenceId));
		}
		return this.store.evidenceContent(row.evidenceKey(), evidenceId)
			.orElseThrow(() -> UserInputException.notFound("contribution.evidence.notFound",
					String.valueOf(evidenceId)));
	}

	private DeclarationRow visibleRow(CurrentUser user, long id) {
		return this.store.find(id)
			.filter(row -> visible(user, row))
			.orElseThrow(() -> UserInputException.notFound("contribution.declaration.notFound", String.valueOf(id)));
	}

	static boolean visible(CurrentUser user, DeclarationRow row) {
		return switch (user.kind()) {
			case STAFF -> row.agencyCode().equals(user.agencyCode());
			case EMPLOYER_HANDLER -> row.employerId() != null && row.employerId().equals(user.employerId());
			case INSURED_PERSON -> Objects.equals(user.personId(), row.personId());
		};
	}

	/** The rows for readers who may see them (their scope is the declarations'), the persons named. */
	List<BaseDeclarationView> views(List<DeclarationRow> rows) {
		Map<Long, PersonReference> persons = this.registry
			.personReferences(rows.stream().map(DeclarationRow::personId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(PersonReference::id, p -> p));
		return this.store.views(rows, persons);
	}

	static Optional<BaseLimitsView> limits(AgencyView agency, int year) {
		try {
			return Optional.of(BaseLimitsView.of(BaseLimits.of(agency.province(), year)));
		}
		catch (UserInputException noAverageWage) {
			return Optional.empty();
		}
	}

	private static Optional<AgencyView> activeAgency(InsuredPersonView person) {
		return person.relations()
			.stream()
			.filter(r -> r.state() == InsuranceRelationState.ACTIVE)
			.map(r -> r.agency())
			.findFirst();
	}

	/** The employer the person works for now, if any: it declares the person's base. */
	private static Optional<String> currentEmployer(InsuredPersonView person) {
		return person.employments()
			.stream()
			.filter(w -> !w.flexibleWorker() && w.lastMonth() == null)
			.map(EmploymentView::employerName)
			.filter(Objects::nonNull)
			.findFirst();
	}

	private static boolean present(@Nullable String text) {
		return text != null && !text.isBlank();
	}

}
