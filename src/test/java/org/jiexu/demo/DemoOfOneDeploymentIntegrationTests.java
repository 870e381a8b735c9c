package org.jiexu.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo of a deployment that serves only Beijing Xicheng ({@code jiexu.exchange.local-agencies}, as the
 * {@code beijing} profile sets it): it knows every demo person and where their relations are held, but loads records,
 * accounts and interest only at Xicheng, and starts with no transfer to or from another deployment's agency.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:jiexu-demo-one-deployment;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=", "jiexu.demo.persons=300",
		"jiexu.demo.transfers=true", "jiexu.exchange.local-agencies=11010201" })
class DemoOfOneDeploymentIntegrationTests {

	private static final String XICHENG = "11010201";

	@Autowired
	JdbcClient jdbc;

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void recordsAccountsAndInterestAreLoadedOnlyAtTheAgencyThisDeploymentServes() {
		assertThat(count("select count(*) from contribution.contribution_record where agency_code = '" + XICHENG + "'"))
			.isPositive();
		assertThat(count("select count(*) from contribution.contribution_record where agency_code <> '" + XICHENG + "'"))
			.as("another deployment keeps the records of its agencies")
			.isZero();
		String postings = "select count(*) from account.posting p join account.individual_account a on a.id = p.account_id";
		assertThat(count(postings + " where a.agency_code <> '" + XICHENG + "'")).isZero();
		assertThat(count(postings + " where a.agency_code = '" + XICHENG + "' and p.kind = 'INTEREST'")).isPositive();
	}

	@Test
	void itKnowsWhereThePersonsRelationsAreHeldElsewhere() {
		assertThat(count("select count(*) from registry.insurance_relation where agency_code <> '" + XICHENG + "'"))
			.isPositive();
	}

	@Test
	void itStartsWithNoTransferWithAnAgencyServedElsewhere() {
		assertThat(count("select count(*) from transfer.transfer_case where agency_code <> '" + XICHENG
				+ "' or counterpart_code <> '" + XICHENG + "'"))
			.isZero();
	}

}
