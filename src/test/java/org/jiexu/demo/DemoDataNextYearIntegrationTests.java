package org.jiexu.demo;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.jiexu.policy.AverageWages;
import org.jiexu.policy.BaseLimits;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first weeks of a year whose average wage (and so base limits) is not published yet: the demo still loads and
 * its staff have bases in force for the year, within the last published limits, which apply provisionally. Runs
 * with its own clock, so on its own embedded database (on both profiles).
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:jiexu-next-year;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=", "jiexu.demo.persons=120" })
@Import(DemoDataNextYearIntegrationTests.AfterTheLastPublishedYear.class)
class DemoDataNextYearIntegrationTests {

	/** February of the year after the last one the average wages go up to. */
	static final int YEAR = AverageWages.standard().all().stream().mapToInt(wage -> wage.year()).max().orElseThrow() + 1;

	@TestConfiguration(proxyBeanMethods = false)
	static class AfterTheLastPublishedYear {

		@Bean
		@Primary
		Clock nextYearClock() {
			ZoneId shanghai = ZoneId.of("Asia/Shanghai");
			return Clock.fixed(LocalDateTime.of(YEAR, 2, 16, 10, 0).atZone(shanghai).toInstant(), shanghai);
		}

	}

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoLoadsAndItsStaffHaveBasesWithinTheLastPublishedLimits() {
		BaseLimits limits = BaseLimits.of("11", YEAR);
		assertThat(limits.averageWage().provisional()).isTrue();
		var bases = this.jdbc.sql("select min(d.base), max(d.base), count(*) from contribution.base_declaration d"
				+ " where d.declaration_year = ? and d.agency_code = '11010201'")
			.param(YEAR)
			.query((rs, row) -> new Object[] { rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getLong(3) })
			.single();
		assertThat((Long) bases[2]).isPositive();
		assertThat((java.math.BigDecimal) bases[0]).isGreaterThanOrEqualTo(limits.floor());
		assertThat((java.math.BigDecimal) bases[1]).isLessThanOrEqualTo(limits.ceiling());
		assertThat(this.jdbc.sql("select count(*) from contribution.contribution_record where contribution_month >= ?")
			.param(java.sql.Date.valueOf(java.time.LocalDate.of(YEAR, 1, 1)))
			.query(Long.class)
			.single()).isPositive();
	}

}
