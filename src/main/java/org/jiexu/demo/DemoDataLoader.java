package org.jiexu.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jiexu.account.InterestPosting;
import org.jiexu.contribution.BaseDeclarations;
import org.jiexu.contribution.ContributionHistory;
import org.jiexu.contribution.HistoricContribution;
import org.jiexu.contribution.TakenOverBase;
import org.jiexu.exchange.AgencyConnections;
import org.jiexu.exchange.Exchange;
import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.NewUser;
import org.jiexu.identity.Role;
import org.jiexu.identity.UserManagement;
import org.jiexu.identity.UserView;
import org.jiexu.policy.ContributorType;
import org.jiexu.registry.InsuranceRelationState;
import org.jiexu.registry.PersonReference;
import org.jiexu.registry.RegistryImport;
import org.jiexu.registry.RegistryImport.ImportedAgency;
import org.jiexu.registry.RegistryImport.ImportedEmployer;
import org.jiexu.registry.RegistryImport.ImportedEmployment;
import org.jiexu.registry.RegistryImport.ImportedPerson;
import org.jiexu.registry.RegistryImport.ImportedRelation;
import org.jiexu.registry.RegistryManagement;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the demo: the five seed agencies, employers, synthetic persons with their
 * multi-region histories, the demo accounts (password {@value #DEMO_PASSWORD}) and, with
 * {@code jiexu.demo.transfers}, the transfers between the agencies the demo starts with ({@link DemoTransfers}). A
 * database that already has agencies is left alone, so restarting keeps what was done in the demo.
 */
@Component
@ConditionalOnProperty(name = "jiexu.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

	static final String DEMO_PASSWORD = "demo1234";

	private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

	private static final int BATCH = 500;

	/** The demo's account ledger starts with the first year its interest rates cover. */
	static final LocalDate LEDGER_START = LocalDate.of(1993, 1, 1);

	private final RegistryImport registry;

	private final UserManagement users;

	private final DemoProperties properties;

	private final Clock clock;

	private final ContributionHistory history;

	private final InterestPosting interestPosting;

	private final RegistryManagement registryManagement;

	private final BaseDeclarations baseDeclarations;

	private final DemoTransfers transfers;

	private final Exchange exchange;

	private final AgencyConnections connections;

	DemoDataLoader(RegistryImport registry, UserManagement users, DemoProperties properties, Clock clock,
			ContributionHistory history, InterestPosting interestPosting, RegistryManagement registryManagement,
			BaseDeclarations baseDeclarations, DemoTransfers transfers, Exchange exchange,
			AgencyConnections connections) {
		this.connections = connections;
		this.registry = registry;
		this.users = users;
		this.properties = properties;
		this.clock = clock;
		this.history = history;
		this.interestPosting = interestPosting;
		this.registryManagement = registryManagement;
		this.baseDeclarations = baseDeclarations;
		this.transfers = transfers;
		this.exchange = exchange;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.registry.hasAgencies()) {
			LOG.info("Demo data: the database already has agencies, nothing loaded");
			return;
		}
		long started = System.nanoTime();
		YearMonth asOf = YearMonth.from(LocalDate.now(this.clock));
		DemoDataGenerator generator = new DemoDataGenerator(this.properties.seed());
		DemoAgencies.SEED.forEach(agency -> this.registry
			.addAgency(new ImportedAgency(agency.code(), agency.regionCode(), agency.nameZh(), agency.nameEn())));
		List<DemoEmployer> employers = generator.employers(this.properties.employersPerAgency());
		Map<String, Long> employerIds = this.registry.addEmployers(employers.stream()
			.map(e -> new ImportedEmployer(e.creditCode(), e.name(), e.agencyCode()))
			.toList());
		DemoPerson personAccount = null;
		long personAccountId = 0;
		long loaded = 0;
		long months = 0;
		List<DemoPerson> batch = new ArrayList<>(BATCH);
		// people who have not started work yet have no insurance relation, so no place in the registry
		Iterator<DemoPerson> persons = generator.persons(this.properties.persons(), asOf, employers)
			.filter(person -> !person.spells().isEmpty())
			.iterator();
		while (persons.hasNext()) {
			batch.add(persons.next());
			if (batch.size() == BATCH || !persons.hasNext()) {
				loaded += batch.size();
				List<Long> ids = this.registry.addPersons(batch.stream().map(DemoDataLoader::imported).toList(),
						employerIds);
				months += this.history.load(history(batch, ids, employerIds, asOf, this.exchange::servesLocally),
						LEDGER_START);
				for (int i = 0; i < batch.size() && personAccount == null; i++) {
					if (isGoodPersonAccount(batch.get(i))) {
						personAccount = batch.get(i);
						personAccountId = ids.get(i);
					}
				}
				batch.clear();
			}
		}
		Map<String, CurrentUser> staff = createAccounts(employers, employerIds, personAccount, personAccountId);
		declareCurrentBases(generator, employers, employerIds, asOf);
		long interestStarted = System.nanoTime();
		DemoAgencies.SEED.stream()
			.filter(agency -> this.exchange.servesLocally(agency.code()))
			.forEach(agency -> this.interestPosting.catchUp(agency.code(), "demo"));
		LOG.info("Demo data: yearly interest posted in {} ms", (System.nanoTime() - interestStarted) / 1_000_000);
		LOG.info("Demo data: {} agencies, {} employers, {} persons with {} months of contributions, their accounts"
				+ " with interest, and the demo accounts loaded in {} ms", DemoAgencies.SEED.size(), employers.size(),
				loaded, months, (System.nanoTime() - started) / 1_000_000);
		// Kaiyuan, which no demo transfer uses, is not connected to the exchange: a transfer with it goes by post
		// (decision 30)
		this.connections.markAtSetup(DemoAgencies.KAIYUAN.code(), false);
		if (this.properties.transfers()) {
			seedTransfers(staff, personAccount == null ? null : personAccountId);
		}
	}

	/** The demo's transfers; a failure is logged, never thrown: the demo starts without them. */
	private void seedTransfers(Map<String, CurrentUser> staff, @Nullable Long keepFree) {
		try {
			this.transfers.seed(staff, keepFree);
		}
		catch (RuntimeException failed) {
			LOG.warn("Demo data: the transfers could not be seeded; the demo starts without them", failed);
		}
	}

	/**
	 * Relations from the work history: one per agency worked at, opened with the first month there; active at
	 * the agency of an ongoing last spell, suspended (record and account kept there, not yet transferred)
	 * everywhere else.
	 */
	static ImportedPerson imported(DemoPerson person) {
		List<WorkSpell> spells = person.spells();
		WorkSpell last = spells.get(spells.size() - 1);
		Map<String, YearMonth> firstMonthByAgency = new LinkedHashMap<>();
		spells.forEach(spell -> firstMonthByAgency.putIfAbsent(spell.agencyCode(), spell.from()));
		List<ImportedRelation> relations = firstMonthByAgency.entrySet()
			.stream()
			.map(entry -> new ImportedRelation(entry.getKey(),
					last.to() == null && last.agencyCode().equals(entry.getKey()) ? InsuranceRelationState.ACTIVE
							: InsuranceRelationState.SUSPENDED,
					entry.getValue().atDay(1), null))
			.toList();
		List<ImportedEmployment> employments = spells.stream()
			.map(spell -> new ImportedEmployment(spell.employerCreditCode(), spell.agencyCode(), spell.from(),
					spell.to()))
			.toList();
		return new ImportedPerson(person.idNumber(), person.name(), person.phone(), person.hukouRegionCode(),
				relations, employments);
	}

	/**
	 * Every month of every spell up to last month (this month is not yet paid) as contribution history: with the
	 * employer, or as a flexible worker.
	 */
	/**
	 * The persons' monthly contributions at the agencies this deployment serves ({@code local}): another
	 * deployment's agencies keep their records there, and this one knows only the relations held there.
	 */
	private static List<HistoricContribution> history(List<DemoPerson> persons, List<Long> ids,
			Map<String, Long> employerIds, YearMonth asOf, java.util.function.Predicate<String> local) {
		List<HistoricContribution> months = new ArrayList<>();
		for (int i = 0; i < persons.size(); i++) {
			long personId = ids.get(i);
			for (WorkSpell spell : persons.get(i).spells()) {
				if (!local.test(spell.agencyCode())) {
					continue;
				}
				Long employerId = spell.isFlexibleWorker() ? null : employerIds.get(spell.employerCreditCode());
				ContributorType type = spell.isFlexibleWorker() ? ContributorType.FLEXIBLE_WORKER
						: ContributorType.EMPLOYEE;
				spell.monthlyBases(asOf.minusMonths(1))
					.forEach(base -> months.add(new HistoricContribution(personId, spell.agencyCode(), employerId,
							base.month(), type, base.base())));
			}
		}
		return months;
	}

	/** The insured person account: someone who moved from another seed agency and now works in Xicheng. */
	private static boolean isGoodPersonAccount(DemoPerson person) {
		List<WorkSpell> spells = person.spells();
		WorkSpell last = spells.get(spells.size() - 1);
		Set<String> agencies = spells.stream().map(WorkSpell::agencyCode).collect(Collectors.toSet());
		return last.to() == null && last.employerCreditCode() != null
				&& last.agencyCode().equals(DemoAgencies.XICHENG.code()) && agencies.size() > 1;
	}

	/** The demo accounts; returns the staff accounts as the signed-in users they are, by username. */
	private Map<String, CurrentUser> createAccounts(List<DemoEmployer> employers, Map<String, Long> employerIds,
			@Nullable DemoPerson personAccount, long personAccountId) {
		String xc = DemoAgencies.XICHENG.code();
		String yc = DemoAgencies.YINGCHENG.code();
		Map<String, CurrentUser> staff = new LinkedHashMap<>();
		add(staff, "admin", "系统管理员", xc, Role.ADMIN);
		add(staff, "xc-supervisor", "西城科长", xc, Role.SUPERVISOR);
		add(staff, "xc-steward", "西城管家", xc, Role.STEWARD);
		add(staff, "xc-teller", "西城综合柜员", xc, Role.TELLER);
		add(staff, "xc-reviewer", "西城复核人", xc, Role.REVIEWER);
		add(staff, "xc-auditor", "西城审计", xc, Role.AUDITOR);
		add(staff, "yc-supervisor", "应城科长", yc, Role.SUPERVISOR);
		add(staff, "yc-steward", "应城管家", yc, Role.STEWARD);
		add(staff, "yc-outreach", "应城包保责任人", yc, Role.OUTREACH_OFFICER);
		add(staff, "ky-veterans", "开远退役军人专员", DemoAgencies.KAIYUAN.code(), Role.VETERANS_OFFICER);
		add(staff, "ky-verifier", "开远部门核查员", DemoAgencies.KAIYUAN.code(), Role.DEPT_VERIFIER);
		add(staff, "jt-steward", "金台管家", DemoAgencies.JINTAI.code(), Role.STEWARD);
		add(staff, "wd-teller", "文登综合柜员", DemoAgencies.WENDENG.code(), Role.TELLER);
		DemoEmployer employer = employers.stream()
			.filter(e -> e.agencyCode().equals(xc))
			.findFirst()
			.orElseThrow();
		this.users.create(NewUser.employerHandler("employer-demo", DEMO_PASSWORD, employer.name() + " 专管员", xc,
				Objects.requireNonNull(employerIds.get(employer.creditCode()))));
		this.users.setContactPhone("employer-demo", "13800138000");
		if (personAccount != null) {
			this.users.create(NewUser.insuredPerson("person-demo", DEMO_PASSWORD, personAccount.name(), xc,
					personAccountId));
		}
		return staff;
	}

	/**
	 * Base declarations in force for this year of everyone working now (employed or flexible): the base of their
	 * current spell, the floor or ceiling applied where it lies outside the limits.
	 */
	private void declareCurrentBases(DemoDataGenerator generator, List<DemoEmployer> employers,
			Map<String, Long> employerIds, YearMonth asOf) {
		Map<String, WorkSpell> current = new LinkedHashMap<>();
		generator.persons(this.properties.persons(), asOf, employers)
			.filter(person -> !person.spells().isEmpty() && person.spells().get(person.spells().size() - 1).isOngoing())
			.forEach(person -> current.put(person.idNumber(), person.spells().get(person.spells().size() - 1)));
		List<TakenOverBase> bases = new ArrayList<>();
		List<String> idNumbers = new ArrayList<>(current.keySet());
		for (int from = 0; from < idNumbers.size(); from += BATCH) {
			for (PersonReference person : this.registryManagement
				.personsByIdNumber(idNumbers.subList(from, Math.min(idNumbers.size(), from + BATCH)))) {
				WorkSpell spell = current.get(person.idNumber());
				bases.add(new TakenOverBase(person.id(),
						spell.isFlexibleWorker() ? null : employerIds.get(spell.employerCreditCode()),
						spell.agencyCode(), asOf.getYear(), spell.baseIn(asOf)));
			}
		}
		int declared = this.baseDeclarations.takeOver(bases, "demo");
		LOG.info("Demo data: {} base declarations in force for {}", declared, asOf.getYear());
	}

	private void add(Map<String, CurrentUser> staff, String username, String displayName, String agencyCode,
			Role role) {
		UserView user = this.users.create(NewUser.staff(username, DEMO_PASSWORD, displayName, agencyCode,
				Set.of(role)));
		staff.put(user.username(), new CurrentUser(user.username(), user.displayName(), user.kind(), user.roles(),
				user.agencyCode(), user.employerId(), user.personId()));
	}

}
