package org.jiexu.demo;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataLoaderIntegrationTests extends IntegrationTestSupport {

	@Test
	void loadsTheFiveSeedAgencies() {
		assertThat(this.jdbc.sql("select code from registry.agency order by code").query(String.class).list())
			.containsExactly("11010201", "37100301", "42098101", "53250201", "61030301");
	}

	@Test
	void loadsPersonsWithMultiRegionHistories() {
		long multiRegion = this.jdbc.sql("""
				select count(*) from (select insured_person from registry.insurance_relation
				                      group by insured_person having count(*) > 1) m""")
			.query(Long.class)
			.single();
		assertThat(personCount()).isGreaterThanOrEqualTo(380);
		assertThat(multiRegion).isGreaterThan(100);
	}

	@Test
	void givesEveryPersonAtMostOneActiveRelation() {
		assertThat(this.jdbc.sql("""
				select count(*) from (select insured_person from registry.insurance_relation where state = 'ACTIVE'
				                      group by insured_person having count(*) > 1) m""")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void createsTheDemoAccountsWithHashedPasswords() {
		assertThat(this.jdbc.sql("select username from identity.app_user").query(String.class).list()).contains(
				"admin", "xc-steward", "xc-supervisor", "xc-teller", "yc-steward", "yc-supervisor", "employer-demo",
				"person-demo");
		assertThat(this.jdbc.sql("select password_hash from identity.app_user").query(String.class).list())
			.allMatch(hash -> hash.startsWith("{bcrypt}") && !hash.contains("demo1234"));
	}

}
