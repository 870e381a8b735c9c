package org.jiexu.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.jiexu.IntegrationTestSupport;
import org.jiexu.registry.InsuranceRelationState;
import org.jiexu.registry.RegistryImport;
import org.jiexu.registry.RegistryImport.ImportedPerson;
import org.jiexu.registry.RegistryImport.ImportedRelation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ledger's rules hold alike for postings booked one by one and set-wise. */
class AccountLedgerIntegrationTests extends IntegrationTestSupport {

	private static final String SELECTED = "select p.person_id, cast(:agency as varchar(8)) as agency_code, date '2025-03-01' as value_month,"
			+ " cast(:year as int) as posting_year, cast(120.50 as numeric(14, 2)) as amount,"
			+ " 'test:' || cast(p.person_id as varchar(20)) as reference from registry.person_identity p"
			+ " where p.person_id in (:persons)";

	@Autowired
	AccountLedger ledger;

	@Autowired
	RegistryImport registryImport;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void bookingSetWiseOpensTheAccountsAndBooksEachReferenceOnce() {
		List<Long> persons = newPersons(2);
		PostingSelection selection = selection(persons, 2025);
		assertThat(book(selection)).isEqualTo(2);
		assertThat(book(selection)).isZero();
		assertThat(this.jdbc.sql("select a.opened_on, p.kind, p.amount, p.posting_year from account.posting p"
				+ " join account.individual_account a on a.id = p.account_id where a.person_id = ?")
			.param(persons.get(0))
			.query((rs, n) -> List.of(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getBigDecimal(3), rs.getInt(4)))
			.list()).containsExactly(List.of(LocalDate.of(2025, 3, 1), "ADJUSTMENT", new BigDecimal("120.50"), 2025));
	}

	@Test
	void bookingSetWiseOpensOnlyTheMissingAccountsBesideTheExistingOnes() {
		List<Long> persons = newPersons(3);
		assertThat(book(selection(persons.subList(0, 1), 2025))).isEqualTo(1);
		assertThat(book(selection(persons, 2026))).isEqualTo(3);
		assertThat(this.jdbc.sql("select a.person_id, count(distinct a.id), count(p.id) from account.individual_account a"
				+ " join account.posting p on p.account_id = a.id where a.person_id in (:persons) group by a.person_id"
				+ " order by a.person_id")
			.param("persons", persons)
			.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.list()).containsExactly(List.of(persons.get(0), 1L, 2L), List.of(persons.get(1), 1L, 1L),
					List.of(persons.get(2), 1L, 1L));
	}

	@Test
	void refusesToBookIntoAYearWhoseInterestIsPostedOneByOneOrSetWiseAndBooksNothing() {
		List<Long> persons = newPersons(2);
		this.transaction.executeWithoutResult(status -> this.ledger.post(selection(persons, 2024)));
		// 2024 is posted at Yingcheng for every account (the demo's ledger), and 2025 already for the second one
		for (Long person : persons) {
			this.jdbc.sql("insert into account.year_balance (account_id, balance_year, opening, movements, interest,"
					+ " closing, job_id) select id, 2024, 0, 120.50, 0, 120.50, 0 from account.individual_account"
					+ " where person_id = ?")
				.params(person)
				.update();
		}
		long account = this.jdbc.sql("select id from account.individual_account where person_id = ?")
			.param(persons.get(1))
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into account.year_balance (account_id, balance_year, opening, movements, interest,"
				+ " closing, job_id) values (?, 2025, 120.50, 0, 0, 120.50, 0)")
			.params(account)
			.update();
		assertThatThrownBy(() -> this.transaction.executeWithoutResult(status -> this.ledger.post(selection(persons,
				2025))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Interest for 2025 is posted")
			.hasMessageContaining("cannot be booked into 2025");
		assertThatThrownBy(() -> this.transaction.executeWithoutResult(status -> this.ledger.post(List.of(
				new NewPosting(persons.get(0), YINGCHENG, PostingKind.ADJUSTMENT, YearMonth.of(2025, 4),
						LocalDate.of(2025, 4, 1), new BigDecimal("1.00"), "one:a"),
				new NewPosting(persons.get(1), YINGCHENG, PostingKind.ADJUSTMENT, YearMonth.of(2025, 4),
						LocalDate.of(2025, 4, 1), new BigDecimal("1.00"), "one:b")))))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Interest for 2025 is posted");
		assertThat(this.jdbc.sql("select count(*) from account.posting p join account.individual_account a"
				+ " on a.id = p.account_id where a.person_id in (:persons) and p.posting_year = 2025")
			.param("persons", persons)
			.query(Long.class)
			.single()).isZero();
		assertThat(book(selection(persons.subList(0, 1), 2026))).isEqualTo(1);
	}

	private int book(PostingSelection selection) {
		Integer booked = this.transaction.execute(status -> this.ledger.post(selection));
		return booked == null ? -1 : booked;
	}

	private static PostingSelection selection(List<Long> persons, int year) {
		return new PostingSelection(PostingKind.ADJUSTMENT, SELECTED.replace("'test:'", "'test" + year + ":'"),
				Map.of("agency", YINGCHENG, "year", year, "persons", persons));
	}

	private List<Long> newPersons(int count) {
		return this.registryImport.addPersons(java.util.stream.IntStream.range(0, count)
			.mapToObj(i -> new ImportedPerson(unusedIdNumber(), "账户测试", null, "420981",
					List.of(new ImportedRelation(YINGCHENG, InsuranceRelationState.ACTIVE, LocalDate.of(2020, 1, 1),
							null)),
					List.of()))
			.toList(), Map.of());
	}

}
