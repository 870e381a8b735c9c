package org.jiexu.contribution;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.jiexu.registry.RegistryManagement;
import org.jiexu.registry.StaffEmployment;
import org.jiexu.shared.BulkInsert;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checks of an import's staged rows against the registry, set-wise over all rows at once through the
 * registry's published views (decision 18): the ID number is registered, the declared name is the registered one
 * (ignoring spaces and the form of the middle dot of minority and foreign names), and the person worked for the
 * employer in the month (the staged rows' statistics refreshed first, so that each is planned as a hash join).
 * Each finding is stored as a problem of its row. Only the rows of persons who worked for
 * the employer, but not in the declared month, come back to Java, a page at a time, to be worded with the periods.
 */
@Component
class ImportRegistryCheck {

	/** Removed from names before comparing: spaces of any kind a cell can hold. */
	static final List<String> NAME_SPACES = List.of(" ", "\u3000", "\t", "\r", "\n");

	/** Middle dots as typed on different keyboards, all compared as {@code ·}. */
	static final String MIDDLE_DOTS = "•・‧．.";

	private static final int PAGE = 5000;

	/**
	 * A name as compared: without spaces, the middle dots as {@code ·} (H2's translate keeps what it cannot map,
	 * so spaces go with replace).
	 */
	private static final String NORMALISED = "translate(" + "replace(".repeat(NAME_SPACES.size()) + "%s"
			+ java.util.stream.IntStream.range(0, NAME_SPACES.size())
				.mapToObj(i -> ", :space" + i + ", '')")
				.collect(Collectors.joining())
			+ ", :dots, :middleDots)";

	private final JdbcClient jdbc;

	private final ImportStaging staging;

	private final RegistryManagement registry;

	private final DataSource dataSource;

	ImportRegistryCheck(JdbcClient jdbc, ImportStaging staging, RegistryManagement registry, DataSource dataSource) {
		this.jdbc = jdbc;
		this.staging = staging;
		this.registry = registry;
		this.dataSource = dataSource;
	}

	@Transactional
	void run(ImportTarget target) {
		long id = target.importId();
		BulkInsert.analyze(this.dataSource, "contribution.import_row");
		this.jdbc.sql("insert into contribution.import_problem (import_id, row_number, column_name, message_key,"
				+ " arguments) select r.import_id, r.row_number, :column, 'contribution.import.idNumber.notRegistered',"
				+ " '' from contribution.import_row r where r.import_id = :id and r.id_number is not null"
				+ " and not exists (select 1 from registry.person_identity p where p.id_number = r.id_number)")
			.param("id", id)
			.param("column", DeclarationColumn.ID_NUMBER.field)
			.update();
		this.jdbc.sql("insert into contribution.import_problem (import_id, row_number, column_name, message_key,"
				+ " arguments) select r.import_id, r.row_number, :column, 'contribution.import.name.mismatch',"
				+ " case when char_length(r.declared_name) <= 40 then r.declared_name"
				+ " else substring(r.declared_name, 1, 39) || '…' end"
				+ " from contribution.import_row r join registry.person_identity p on p.id_number = r.id_number"
				+ " where r.import_id = :id and r.declared_name <> p.name and "
				+ NORMALISED.formatted("r.declared_name") + " <> " + NORMALISED.formatted("p.name"))
			.param("id", id)
			.param("column", DeclarationColumn.NAME.field)
			.params(nameParameters())
			.update();
		this.jdbc.sql("insert into contribution.import_problem (import_id, row_number, column_name, message_key,"
				+ " arguments) select r.import_id, r.row_number, :column, 'contribution.import.employment.none', ''"
				+ " from contribution.import_row r join registry.person_identity p on p.id_number = r.id_number"
				+ " where r.import_id = :id and not exists (select 1 from registry.employment_period e"
				+ " where e.person_id = p.person_id and e.employer_id = :employer)")
			.param("id", id)
			.param("column", DeclarationColumn.ID_NUMBER.field)
			.param("employer", target.employerId())
			.update();
		long after = 0;
		List<Uncovered> page;
		do {
			page = uncovered(target, after);
			if (!page.isEmpty()) {
				word(target, page);
				after = page.get(page.size() - 1).id();
			}
		}
		while (page.size() == PAGE);
	}

	private static Map<String, Object> nameParameters() {
		Map<String, Object> parameters = new java.util.HashMap<>();
		for (int i = 0; i < NAME_SPACES.size(); i++) {
			parameters.put("space" + i, NAME_SPACES.get(i));
		}
		parameters.put("dots", MIDDLE_DOTS);
		parameters.put("middleDots", "·".repeat(MIDDLE_DOTS.length()));
		return parameters;
	}

	/** The next page of rows whose person worked for the employer, but not in the declared month. */
	private List<Uncovered> uncovered(ImportTarget target, long after) {
		return this.jdbc.sql("select r.id, r.row_number, r.contribution_month, p.person_id"
				+ " from contribution.import_row r join registry.person_identity p on p.id_number = r.id_number"
				+ " where r.import_id = :id and r.id > :after and r.contribution_month is not null"
				+ " and exists (select 1 from registry.employment_period e where e.person_id = p.person_id"
				+ " and e.employer_id = :employer) and not exists (select 1 from registry.employment_period e"
				+ " where e.person_id = p.person_id and e.employer_id = :employer and e.first_month <="
				+ " r.contribution_month and (e.last_month is null or e.last_month >= r.contribution_month))"
				+ " order by r.id limit :page")
			.param("id", target.importId())
			.param("after", after)
			.param("employer", target.employerId())
			.param("page", PAGE)
			.query((rs, n) -> new Uncovered(rs.getLong(1), rs.getLong(2),
					YearMonth.from(rs.getDate(3).toLocalDate()), rs.getLong(4)))
			.list();
	}

	private void word(ImportTarget target, List<Uncovered> rows) {
		Map<Long, List<StaffEmployment>> employments = this.registry
			.employmentsOf(target.employerId(), rows.stream().map(Uncovered::personId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.groupingBy(StaffEmployment::personId));
		List<Object[]> problems = new ArrayList<>(rows.size());
		for (Uncovered row : rows) {
			problems.add(ImportStaging.problem(target.importId(), row.number(),
					RowProblem.of(DeclarationColumn.MONTH, "contribution.import.employment.month", row.month(),
							periods(employments.getOrDefault(row.personId(), List.of())))));
		}
		this.staging.addProblems(problems);
	}

	private static String periods(List<StaffEmployment> employments) {
		return employments.stream()
			.map(e -> e.firstMonth() + "–" + (e.lastMonth() == null ? "" : e.lastMonth().toString()))
			.collect(Collectors.joining(", "));
	}

	private record Uncovered(long id, long number, YearMonth month, long personId) {
	}

}
