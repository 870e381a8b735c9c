package org.jiexu.contribution;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiexu.policy.BaseLimits;
import org.jiexu.policy.CreditCode;
import org.jiexu.policy.IdNumber;
import org.jiexu.registry.InsuranceRelationState;
import org.jiexu.registry.RegistryImport;
import org.jiexu.registry.RegistryImport.ImportedEmployer;
import org.jiexu.registry.RegistryImport.ImportedEmployment;
import org.jiexu.registry.RegistryImport.ImportedPerson;
import org.jiexu.registry.RegistryImport.ImportedRelation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A 50,000-row declaration generated while it is sent: neither the test nor the application ever holds the file
 * (the client streams it with chunked encoding, the server writes the part to disk and the import reads it row by
 * row, staging a chunk at a time). A new employer at Wendeng with 2,500 staff, 20 months each; cleaned up after.
 */
class LargeDeclarationImportIntegrationTests extends ImportTestSupport {

	private static final String WENDENG = "37100301";

	private static final int PERSONS = 2_500;

	private static final YearMonth FIRST = YearMonth.of(2024, 1);

	private static final int MONTHS = 20;

	@Autowired
	RegistryImport registry;

	@Test
	void importsALargeFileStreamedFromTheClientWithoutHoldingIt() throws Exception {
		String creditCode = "91371003" + "MA" + "LARGE" + "0".repeat(17 - 15);
		creditCode = creditCode.substring(0, 17) + CreditCode.checkCharacterFor(creditCode.substring(0, 17));
		long employer = this.registry.addEmployers(List.of(new ImportedEmployer(creditCode, "文登大批量导入测试有限公司",
				WENDENG))).get(creditCode);
		try {
			List<ImportedPerson> persons = persons(creditCode);
			this.registry.addPersons(persons, Map.of(creditCode, employer));
			BigDecimal base = BaseLimits.of("37", 2024).floor().max(BaseLimits.of("37", 2025).floor()).add(
					new BigDecimal("500.00"));

			long started = System.nanoTime();
			HttpResponse<String> response = send(employer, persons, base);
			assertThat(response.statusCode()).isIn(201, 202);
			long id = ((Number) JsonPath.read(response.body(), "$.id")).longValue();
			String validated = awaitState(id, "VALIDATING");
			double validating = (System.nanoTime() - started) / 1e9;
			assertThat(validated).isEqualTo("VALIDATED");
			String report = report(id);
			assertThat(((Number) JsonPath.read(report, "$.rowsTotal")).longValue()).isEqualTo(PERSONS * MONTHS);
			assertThat(((Number) JsonPath.read(report, "$.rowsGood")).longValue()).isEqualTo(PERSONS * MONTHS);

			started = System.nanoTime();
			this.mvc.perform(post("/api/v1/contribution-imports/{id}/import", id).with(as("wd-teller")));
			assertThat(awaitState(id, "IMPORTING")).isEqualTo("IMPORTED");
			double importing = (System.nanoTime() - started) / 1e9;
			assertThat(records(id)).isEqualTo(PERSONS * MONTHS);
			assertThat(this.jdbc.sql("select count(*) from account.posting p join account.individual_account a"
					+ " on a.id = p.account_id where a.agency_code = ? and a.person_id in (select insured_person"
					+ " from registry.employment where employer_id = ?)")
				.params(WENDENG, employer)
				.query(Long.class)
				.single()).isEqualTo(PERSONS * MONTHS);
			System.out.printf("Declaration import of %,d rows: upload and validation %.1f s (%,.0f rows/s),"
					+ " import %.1f s (%,.0f rows/s)%n", PERSONS * MONTHS, validating, PERSONS * MONTHS / validating,
					importing, PERSONS * MONTHS / importing);
		}
		finally {
			cleanUp(employer);
		}
	}

	private List<ImportedPerson> persons(String creditCode) {
		List<String> candidates = new ArrayList<>();
		for (int i = 0; candidates.size() < PERSONS + 100; i++) {
			candidates.add(IdNumber.compose("371003", LocalDate.of(1970, 1, 1).plusDays(i * 7L), 700 + i % 200).value());
		}
		Set<String> taken = new HashSet<>(this.jdbc
			.sql("select id_number from registry.insured_person where id_number in (:numbers)")
			.param("numbers", candidates)
			.query(String.class)
			.list());
		List<ImportedPerson> persons = new ArrayList<>();
		for (String idNumber : candidates) {
			if (!taken.contains(idNumber) && persons.size() < PERSONS) {
				persons.add(new ImportedPerson(idNumber, "测试" + persons.size(), null, "371003",
						List.of(new ImportedRelation(WENDENG, InsuranceRelationState.ACTIVE, FIRST.atDay(1), null)),
						List.of(new ImportedEmployment(creditCode, WENDENG, FIRST, null))));
			}
		}
		return persons;
	}

	/** Posts the file as multipart, its rows generated while they are sent. */
	private HttpResponse<String> send(long employer, List<ImportedPerson> persons, BigDecimal base) throws Exception {
		String boundary = "jiexu-" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"employerId\"\r\n\r\n" + employer
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"large.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + HEADER + "\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/contribution-imports"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("wd-teller:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.timeout(Duration.ofMinutes(5))
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(
					List.of(new ByteArrayInputStream(head), new GeneratedRows(persons, base),
							new ByteArrayInputStream(tail))))))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** The rows of every person and month, made one line at a time as they are read. */
	private static final class GeneratedRows extends InputStream {

		private final List<ImportedPerson> persons;

		private final String base;

		private int row;

		private byte[] line = new byte[0];

		private int position;

		GeneratedRows(List<ImportedPerson> persons, BigDecimal base) {
			this.persons = persons;
			this.base = base.toPlainString();
		}

		@Override
		public int read() {
			if (this.position == this.line.length) {
				if (this.row == this.persons.size() * MONTHS) {
					return -1;
				}
				ImportedPerson person = this.persons.get(this.row / MONTHS);
				YearMonth month = FIRST.plusMonths(this.row % MONTHS);
				this.line = (person.idNumber() + "," + person.name() + "," + month + "," + this.base + "\r\n")
					.getBytes(StandardCharsets.UTF_8);
				this.position = 0;
				this.row++;
			}
			return this.line[this.position++] & 0xFF;
		}

	}

	private String awaitState(long id, String running) {
		return await().atMost(Duration.ofMinutes(10))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> JsonPath.read(report(id), "$.state"), state -> !running.equals(state));
	}

	private String report(long id) throws Exception {
		return this.mvc.perform(get("/api/v1/contribution-imports/{id}", id).param("size", "1").with(as("wd-teller")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private void cleanUp(long employer) {
		String persons = "(select insured_person from registry.employment where employer_id = " + employer + ")";
		this.jdbc.sql("delete from account.posting where account_id in (select id from account.individual_account"
				+ " where person_id in " + persons + ")").update();
		this.jdbc.sql("delete from account.individual_account where person_id in " + persons).update();
		this.jdbc.sql("delete from contribution.contribution_record where person_id in " + persons).update();
		String imports = "(select id from contribution.contribution_import where employer_id = " + employer + ")";
		this.jdbc.sql("delete from contribution.import_problem where import_id in " + imports).update();
		this.jdbc.sql("delete from contribution.import_row where import_id in " + imports).update();
		this.jdbc.sql("delete from contribution.contribution_import where employer_id = ?").param(employer).update();
		this.jdbc.sql("delete from registry.insurance_relation where insured_person in " + persons).update();
		List<Long> ids = this.jdbc.sql("select insured_person from registry.employment where employer_id = ?")
			.param(employer)
			.query(Long.class)
			.list();
		this.jdbc.sql("delete from registry.employment where employer_id = ?").param(employer).update();
		if (!ids.isEmpty()) {
			this.jdbc.sql("delete from registry.insured_person where id in (:ids)").param("ids", ids).update();
		}
		this.jdbc.sql("delete from registry.employer where id = ?").param(employer).update();
	}

}
