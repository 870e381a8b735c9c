package org.jiexu.registry.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jiexu.identity.CurrentUser;
import org.jiexu.policy.Gender;
import org.jiexu.policy.Regions;
import org.jiexu.registry.AgencyView;
import org.jiexu.registry.EmployerReference;
import org.jiexu.registry.EmployerView;
import org.jiexu.registry.EmploymentView;
import org.jiexu.registry.InsuranceRelationState;
import org.jiexu.registry.InsuranceRelationView;
import org.jiexu.registry.InsuredPersonSummary;
import org.jiexu.registry.PersonReference;
import org.jiexu.registry.RelationHeldElsewhere;
import org.jiexu.registry.ResultPage;
import org.jiexu.registry.StaffEmployment;
import org.jiexu.shared.Masking;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The read side of the registry: scoped searches and the parts of a person's page, in plain SQL. */
@Component
public class RegistryQueries {

	/** The live states ({@link InsuranceRelationState#LIVE}) as a parameter of an {@code in (:live)} condition. */
	private static final java.util.List<String> LIVE_STATES = InsuranceRelationState.LIVE.stream()
		.map(Enum::name)
		.toList();

	private final JdbcClient jdbc;

	private final java.time.ZoneId zone;

	RegistryQueries(JdbcClient jdbc, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	public Map<String, AgencyView> agencies() {
		Map<String, AgencyView> agencies = new LinkedHashMap<>();
		this.jdbc.sql("select code, region_code, name_zh, name_en from registry.agency order by code")
			.query((rs, n) -> new AgencyView(rs.getString(1), rs.getString(2),
					Regions.standard().fullNameOf(rs.getString(2)), rs.getString(3), rs.getString(4)))
			.list()
			.forEach(agency -> agencies.put(agency.code(), agency));
		return agencies;
	}

	/** Persons in scope matching an 18-character ID, an ID prefix, or a name prefix; all when empty. */
	public ResultPage<InsuredPersonSummary> searchPersons(CurrentUser user, String query, int page, int size) {
		Scope scope = Scope.ofPersons(user);
		Map<String, Object> parameters = new HashMap<>(scope.parameters());
		String where = scope.condition();
		String q = query.strip().toUpperCase(Locale.ROOT);
		if (q.length() == 18) {
			where += " and p.id_number = :q";
			parameters.put("q", q);
		}
		else if (!q.isEmpty() && q.chars().allMatch(Character::isDigit)) {
			where += " and p.id_number like :q";
			parameters.put("q", q + "%");
		}
		else if (!q.isEmpty()) {
			where += " and p.name like :q";
			parameters.put("q", query.strip() + "%");
		}
		long total = this.jdbc.sql("select count(*) from registry.insured_person p where " + where)
			.params(parameters)
			.query(Long.class)
			.single();
		parameters.put("limit", size);
		parameters.put("offset", (long) page * size);
		Map<String, AgencyView> agencies = agencies();
		List<InsuredPersonSummary> items = this.jdbc.sql("""
				select p.id, p.id_number, p.name, p.gender, p.birth_date,
				       (select min(r.agency_code) from registry.insurance_relation r
				        where r.insured_person = p.id and r.state = 'ACTIVE') as active_agency
				from registry.insured_person p where %s
				order by p.name, p.id limit :limit offset :offset""".formatted(where))
			.params(parameters)
			.query((rs, n) -> new InsuredPersonSummary(rs.getLong(1), Masking.idNumber(rs.getString(2)),
					rs.getString(3), Gender.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class),
					agencies.get(rs.getString(6))))
			.list();
		return new ResultPage<>(items, page, size, total);
	}

	public boolean personVisible(CurrentUser user, long personId) {
		Scope scope = Scope.ofPersons(user);
		return this.jdbc.sql("select count(*) from registry.insured_person p where p.id = :id and " + scope.condition())
			.params(scope.parameters())
			.param("id", personId)
			.query(Long.class)
			.single() > 0;
	}

	public List<InsuranceRelationView> relations(long personId) {
		Map<String, AgencyView> agencies = agencies();
		return this.jdbc.sql("""
				select agency_code, state, started_on, ended_on, transferred_to, pension_from
				from registry.insurance_relation where insured_person = :id order by started_on, id""")
			.param("id", personId)
			.query((rs, n) -> new InsuranceRelationView(agencies.get(rs.getString(1)),
					InsuranceRelationState.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
					rs.getObject(4, LocalDate.class), rs.getString(5), month(rs, 6)))
			.list();
	}

	public List<EmploymentView> employments(long personId) {
		Map<String, AgencyView> agencies = agencies();
		return this.jdbc.sql("""
				select w.employer_id, e.name, w.agency_code, w.first_month, w.last_month
				from registry.employment w left join registry.employer e on e.id = w.employer_id
				where w.insured_person = :id order by w.first_month, w.id""")
			.param("id", personId)
			.query((rs, n) -> new EmploymentView((Long) rs.getObject(1, Long.class), rs.getString(2),
					agencies.get(rs.getString(3)), YearMonth.from(rs.getObject(4, LocalDate.class)),
					month(rs, 5)))
			.list();
	}

	public ResultPage<EmployerView> searchEmployers(CurrentUser user, String query, int page, int size) {
		Scope scope = Scope.ofEmployers(user);
		Map<String, Object> parameters = new HashMap<>(scope.parameters());
		String where = scope.condition();
		String q = query.strip();
		if (!q.isEmpty()) {
			where += " and (e.credit_code = :code or e.name like :name)";
			parameters.put("code", q.toUpperCase(Locale.ROOT));
			parameters.put("name", "%" + q + "%");
		}
		long total = this.jdbc.sql("select count(*) from registry.employer e where " + where)
			.params(parameters)
			.query(Long.class)
			.single();
		parameters.put("limit", size);
		parameters.put("offset", (long) page * size);
		List<EmployerView> items = this.jdbc.sql(employerSelect() + " where " + where
				+ " order by e.name, e.id limit :limit offset :offset")
			.params(parameters)
			.query(this::employer)
			.list();
		return new ResultPage<>(items, page, size, total);
	}

	public Optional<EmployerView> employer(CurrentUser user, long employerId) {
		Scope scope = Scope.ofEmployers(user);
		return this.jdbc.sql(employerSelect() + " where e.id = :id and " + scope.condition())
			.params(scope.parameters())
			.param("id", employerId)
			.query(this::employer)
			.optional();
	}

	/** The employer if the user may see it, without counting its staff. */
	public Optional<EmployerReference> employerReference(CurrentUser user, long employerId) {
		Scope scope = Scope.ofEmployers(user);
		return this.jdbc.sql(EMPLOYER_COLUMNS + EMPLOYER_FROM + " where e.id = :id and " + scope.condition())
			.params(scope.parameters())
			.param("id", employerId)
			.query((rs, n) -> new EmployerReference(rs.getLong(1), rs.getString(2), rs.getString(3), agency(rs)))
			.optional();
	}

	public Optional<EmployerView> employerByCreditCode(CurrentUser user, String creditCode) {
		Scope scope = Scope.ofEmployers(user);
		return this.jdbc.sql(employerSelect() + " where e.credit_code = :code and " + scope.condition())
			.params(scope.parameters())
			.param("code", creditCode.strip().toUpperCase(Locale.ROOT))
			.query(this::employer)
			.optional();
	}

	/** The current staff of an employer (employments still going on). */
	private static final String REFERENCE = "select p.id, p.id_number, p.name, p.gender, p.birth_date, p.registered_at"
			+ " from registry.insured_person p ";

	/** Persons by ID number (those registered); for bulk checks such as imports. */
	public List<PersonReference> personsByIdNumber(java.util.Collection<String> idNumbers) {
		if (idNumbers.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(REFERENCE + "where p.id_number in (:numbers)")
			.param("numbers", idNumbers)
			.query(this::reference)
			.list();
	}

	/** Persons by id (those registered), in batches of 1,000. */
	public List<PersonReference> personReferences(java.util.Collection<Long> ids) {
		List<Long> all = List.copyOf(ids);
		List<PersonReference> found = new java.util.ArrayList<>();
		for (int from = 0; from < all.size(); from += 1000) {
			found.addAll(this.jdbc.sql(REFERENCE + "where p.id in (:ids)")
				.param("ids", all.subList(from, Math.min(all.size(), from + 1000)))
				.query(this::reference)
				.list());
		}
		return found;
	}

	public java.util.Optional<PersonReference> personReference(long personId) {
		return this.jdbc.sql(REFERENCE + "where p.id = :id").param("id", personId).query(this::reference)
			.optional();
	}

	public List<RelationHeldElsewhere> relationsHeldElsewhere(String agencyCode, int limit) {
		Map<String, AgencyView> agencies = agencies();
		return this.jdbc.sql("""
				select p.id, p.id_number, p.name, p.gender, p.birth_date, p.registered_at, there.agency_code, there.state
				from registry.insured_person p
				join registry.insurance_relation here on here.insured_person = p.id and here.agency_code = :agency
				 and here.state = 'ACTIVE'
				join registry.insurance_relation there on there.insured_person = p.id and there.agency_code <> :agency
				 and there.state in ('SUSPENDED', 'TEMPORARY')
				order by here.started_on desc, p.id desc, there.agency_code limit :limit""")
			.param("agency", agencyCode)
			.param("limit", limit)
			.query((rs, row) -> new RelationHeldElsewhere(reference(rs, row), agencies.get(rs.getString(7)),
					InsuranceRelationState.valueOf(rs.getString(8))))
			.list();
	}

	public Map<Long, String> phonesOf(java.util.Collection<Long> personIds) {
		Map<Long, String> phones = new HashMap<>();
		List<Long> ids = List.copyOf(personIds);
		for (int from = 0; from < ids.size(); from += 1000) {
			this.jdbc.sql("select id, phone from registry.insured_person where phone is not null and id in (:ids)")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
				.query((ResultSet rs) -> {
					phones.put(rs.getLong(1), rs.getString(2));
				});
		}
		return phones;
	}

	/**
	 * Ends a live relation (ACTIVE, SUSPENDED, TEMPORARY) of the person at the agency, naming the agency it went to
	 * if it was transferred; false if there is none.
	 */
	public boolean endRelation(long personId, String agencyCode, InsuranceRelationState state, LocalDate on,
			@Nullable String transferredTo) {
		return this.jdbc.sql("""
				update registry.insurance_relation set state = :state, ended_on = :on, transferred_to = :to
				where insured_person = :person and agency_code = :agency and state in (:live)""")
			.param("live", LIVE_STATES)
			.param("state", state.name())
			.param("to", transferredTo)
			.param("on", java.sql.Date.valueOf(on))
			.param("person", personId)
			.param("agency", agencyCode)
			.update() > 0;
	}

	/** Adds an ended relation of the person at the agency unless the person has one there; whether it was added. */
	public boolean addEndedRelation(long personId, String agencyCode, InsuranceRelationState state, LocalDate startedOn,
			LocalDate endedOn, @Nullable String transferredTo) {
		return this.jdbc.sql("""
				insert into registry.insurance_relation (insured_person, agency_code, state, started_on, ended_on,
				 transferred_to)
				select :person, :agency, :state, :started, :ended, :to where not exists (select 1 from
				 registry.insurance_relation where insured_person = :person and agency_code = :agency)""")
			.param("person", personId)
			.param("agency", agencyCode)
			.param("state", state.name())
			.param("started", java.sql.Date.valueOf(startedOn))
			.param("ended", java.sql.Date.valueOf(endedOn))
			.param("to", transferredTo)
			.update() > 0;
	}

	/**
	 * Locks the person's row until the transaction ends, so that changes of the person's relations that depend on
	 * all of them (a pension is drawn at one agency at most) are made one at a time.
	 */
	public void lockPerson(long personId) {
		this.jdbc.sql("select id from registry.insured_person where id = :id for update")
			.param("id", personId)
			.query(Long.class)
			.optional();
	}

	/**
	 * Marks the person's live relation (ACTIVE, SUSPENDED, TEMPORARY) at the agency as drawing a pension from the
	 * month; false if there is none.
	 */
	public boolean startDrawingPension(long personId, String agencyCode, YearMonth from) {
		return this.jdbc.sql("""
				update registry.insurance_relation set state = 'DRAWING_PENSION', pension_from = :from
				where insured_person = :person and agency_code = :agency and state in (:live)""")
			.param("live", LIVE_STATES)
			.param("from", java.sql.Date.valueOf(from.atDay(1)))
			.param("person", personId)
			.param("agency", agencyCode)
			.update() > 0;
	}

	/** The persons employed by the employer in the month (an employment covering it). */
	public List<PersonReference> staffInMonth(long employerId, java.time.YearMonth month) {
		return this.jdbc.sql(REFERENCE + """
				where exists (select 1 from registry.employment w where w.insured_person = p.id
				  and w.employer_id = :employer and w.first_month <= :month
				  and (w.last_month is null or w.last_month >= :month))
				order by p.name, p.id""")
			.param("employer", employerId)
			.param("month", java.sql.Date.valueOf(month.atDay(1)))
			.query(this::reference)
			.list();
	}

	/**
	 * The employments with the employer of the given persons. The persons' employments are read by person (a few
	 * each) and those with the employer kept, so that a large employer's staff is never scanned.
	 */
	public List<StaffEmployment> employmentsOf(long employerId, java.util.Collection<Long> personIds) {
		if (personIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select w.insured_person, w.first_month, w.last_month, w.employer_id from registry.employment w
				where w.insured_person in (:persons)""")
			.param("persons", personIds)
			.query((rs, n) -> rs.getLong(4) == employerId ? new StaffEmployment(rs.getLong(1),
					YearMonth.from(rs.getObject(2, LocalDate.class)), month(rs, 3)) : null)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	private PersonReference reference(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new PersonReference(rs.getLong(1), rs.getString(2), rs.getString(3), Gender.valueOf(rs.getString(4)),
				rs.getObject(5, LocalDate.class),
				rs.getTimestamp(6).toInstant().atZone(this.zone).toLocalDate());
	}

	public ResultPage<InsuredPersonSummary> staffOf(long employerId, int page, int size) {
		long total = this.jdbc.sql("""
				select count(distinct w.insured_person) from registry.employment w
				where w.employer_id = :employer and w.last_month is null""")
			.param("employer", employerId)
			.query(Long.class)
			.single();
		Map<String, AgencyView> agencies = agencies();
		List<InsuredPersonSummary> items = this.jdbc.sql("""
				select p.id, p.id_number, p.name, p.gender, p.birth_date, w.agency_code
				from registry.insured_person p join registry.employment w on w.insured_person = p.id
				where w.employer_id = :employer and w.last_month is null
				order by p.name, p.id limit :limit offset :offset""")
			.param("employer", employerId)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, n) -> new InsuredPersonSummary(rs.getLong(1), Masking.idNumber(rs.getString(2)),
					rs.getString(3), Gender.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class),
					agencies.get(rs.getString(6))))
			.list();
		return new ResultPage<>(items, page, size, total);
	}

	private static final String EMPLOYER_COLUMNS = "select e.id, e.credit_code, e.name, a.code, a.region_code,"
			+ " a.name_zh, a.name_en";

	private static final String EMPLOYER_FROM = " from registry.employer e join registry.agency a"
			+ " on a.code = e.agency_code";

	private static String employerSelect() {
		return EMPLOYER_COLUMNS + """
				, (select count(distinct w.insured_person) from registry.employment w
				   where w.employer_id = e.id and w.last_month is null) as staff""" + EMPLOYER_FROM;
	}

	private EmployerView employer(ResultSet rs, int row) throws SQLException {
		return new EmployerView(rs.getLong(1), rs.getString(2), rs.getString(3), agency(rs), rs.getLong(8));
	}

	private static AgencyView agency(ResultSet rs) throws SQLException {
		return new AgencyView(rs.getString(4), rs.getString(5), Regions.standard().fullNameOf(rs.getString(5)),
				rs.getString(6), rs.getString(7));
	}

	private static @Nullable YearMonth month(ResultSet rs, int column) throws SQLException {
		Date date = rs.getDate(column);
		return date == null ? null : YearMonth.from(date.toLocalDate());
	}

}
