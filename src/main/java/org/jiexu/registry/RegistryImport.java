package org.jiexu.registry;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jiexu.policy.CreditCode;
import org.jiexu.policy.IdNumber;
import org.jiexu.policy.Regions;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk loading of agencies, employers and persons with their history, as taken over from another system (and
 * as the demo data is loaded). Identifiers are checked like at the counter; children are written in batches.
 */
@Service
public class RegistryImport {

	/** An agency to add: code (region code + 2-digit serial), its GB/T 2260 region and names. */
	public record ImportedAgency(String code, String regionCode, String nameZh, String nameEn) {
	}

	public record ImportedEmployer(String creditCode, String name, String agencyCode) {
	}

	public record ImportedRelation(String agencyCode, InsuranceRelationState state, LocalDate startedOn,
			@Nullable LocalDate endedOn) {
	}

	/** Employment with an employer (by credit code), or as a flexible worker when the code is null. */
	public record ImportedEmployment(@Nullable String employerCreditCode, String agencyCode, YearMonth firstMonth,
			@Nullable YearMonth lastMonth) {
	}

	public record ImportedPerson(String idNumber, String name, @Nullable String phone, String hukouRegionCode,
			List<ImportedRelation> relations, List<ImportedEmployment> employments) {
	}

	private static final String IMPORTER = "import";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Clock clock;

	RegistryImport(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean hasAgencies() {
		return this.jdbc.sql("select count(*) from registry.agency").query(Long.class).single() > 0;
	}

	@Transactional
	public void addAgency(ImportedAgency agency) {
		if (agency.code().length() != 8 || !agency.code().startsWith(agency.regionCode())
				|| Regions.standard().find(agency.regionCode()).isEmpty()) {
			throw new IllegalArgumentException("Agency code must be a known GB/T 2260 region code + 2 digits: " + agency);
		}
		this.jdbc.sql("insert into registry.agency (code, region_code, name_zh, name_en) values (?, ?, ?, ?)")
			.params(agency.code(), agency.regionCode(), agency.nameZh(), agency.nameEn())
			.update();
	}

	/** Adds the employers and answers their ids by credit code. */
	@Transactional
	public Map<String, Long> addEmployers(List<ImportedEmployer> employers) {
		Timestamp now = Timestamp.from(this.clock.instant());
		Map<String, Long> ids = new HashMap<>();
		for (ImportedEmployer employer : employers) {
			KeyHolder key = new GeneratedKeyHolder();
			this.jdbc.sql("""
					insert into registry.employer (credit_code, name, agency_code, registered_at, registered_by)
					values (?, ?, ?, ?, ?)""")
				.params(CreditCode.of(employer.creditCode()).value(), employer.name(), employer.agencyCode(), now,
						IMPORTER)
				.update(key, "id");
			ids.put(employer.creditCode(), key.getKeyAs(Long.class));
		}
		return ids;
	}

	/** Adds the persons with their relations and employments; answers their ids in the same order. */
	@Transactional
	public List<Long> addPersons(List<ImportedPerson> persons, Map<String, Long> employerIds) {
		Timestamp now = Timestamp.from(this.clock.instant());
		List<Long> ids = new ArrayList<>(persons.size());
		List<Object[]> relations = new ArrayList<>();
		List<Object[]> employments = new ArrayList<>();
		for (ImportedPerson person : persons) {
			IdNumber idNumber = IdNumber.of(person.idNumber());
			KeyHolder key = new GeneratedKeyHolder();
			this.jdbc.sql("""
					insert into registry.insured_person
					  (id_number, name, gender, birth_date, hukou_region_code, phone, registered_at, registered_by)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(idNumber.value(), person.name(), idNumber.gender().name(), Date.valueOf(idNumber.birthDate()),
						person.hukouRegionCode(), person.phone(), now, IMPORTER)
				.update(key, "id");
			long id = key.getKeyAs(Long.class);
			ids.add(id);
			for (ImportedRelation relation : person.relations()) {
				relations.add(new Object[] { id, relation.agencyCode(), relation.state().name(),
						Date.valueOf(relation.startedOn()), date(relation.endedOn()) });
			}
			for (ImportedEmployment employment : person.employments()) {
				Long employerId = employment.employerCreditCode() == null ? null
						: employerIds.get(employment.employerCreditCode());
				employments.add(new Object[] { id, employerId, employment.agencyCode(),
						Date.valueOf(employment.firstMonth().atDay(1)),
						employment.lastMonth() == null ? null : Date.valueOf(employment.lastMonth().atDay(1)) });
			}
		}
		this.template.batchUpdate("""
				insert into registry.insurance_relation (insured_person, agency_code, state, started_on, ended_on)
				values (?, ?, ?, ?, ?)""", relations);
		this.template.batchUpdate("""
				insert into registry.employment (insured_person, employer_id, agency_code, first_month, last_month)
				values (?, ?, ?, ?, ?)""", employments);
		return ids;
	}

	private static @Nullable Date date(@Nullable LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

}
