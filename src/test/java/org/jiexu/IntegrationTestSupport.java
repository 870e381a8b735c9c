package org.jiexu;

import java.time.LocalDate;
import java.util.Random;

import org.jiexu.policy.CreditCode;
import org.jiexu.policy.IdNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * One application context for every integration test (the same configuration, so Spring caches it): the
 * whole app on a random port with the demo data loaded, on H2 or, with the postgres profile, PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public abstract class IntegrationTestSupport {

	protected static final String PASSWORD = "demo1234";

	protected static final String XICHENG = "11010201";

	protected static final String YINGCHENG = "42098101";

	private static final Random RANDOM = new Random();

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	@LocalServerPort
	protected int port;

	protected static RequestPostProcessor as(String username) {
		return httpBasic(username, PASSWORD);
	}

	/** A valid ID number that is not yet registered (the suite may run repeatedly on one database). */
	protected String unusedIdNumber() {
		while (true) {
			LocalDate birth = LocalDate.of(1970 + RANDOM.nextInt(30), 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28));
			String idNumber = IdNumber.compose("110102", birth, RANDOM.nextInt(1000)).value();
			if (this.jdbc.sql("select count(*) from registry.insured_person where id_number = ?")
				.param(idNumber)
				.query(Long.class)
				.single() == 0) {
				return idNumber;
			}
		}
	}

	/** A valid unified social credit code (Xicheng) that is not yet registered. */
	protected String unusedCreditCode() {
		String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		while (true) {
			StringBuilder first17 = new StringBuilder("91110102");
			while (first17.length() < 17) {
				first17.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
			}
			String code = first17.toString() + CreditCode.checkCharacterFor(first17.toString());
			if (this.jdbc.sql("select count(*) from registry.employer where credit_code = ?")
				.param(code)
				.query(Long.class)
				.single() == 0) {
				return code;
			}
		}
	}

	protected long personCount() {
		return this.jdbc.sql("select count(*) from registry.insured_person").query(Long.class).single();
	}

	/** A person whose only relations are at the first agency and none at the second. */
	protected long personOnlyAt(String agency, String notAt) {
		return this.jdbc.sql("""
				select min(p.id) from registry.insured_person p
				where exists (select 1 from registry.insurance_relation r where r.insured_person = p.id and r.agency_code = :at)
				  and not exists (select 1 from registry.insurance_relation r where r.insured_person = p.id and r.agency_code = :notAt)""")
			.param("at", agency)
			.param("notAt", notAt)
			.query(Long.class)
			.single();
	}

	protected long userScope(String username, String column) {
		return this.jdbc.sql("select " + column + " from identity.app_user where username = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

}
