package org.jiexu.contribution;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.YearMonth;
import java.util.List;

import org.jiexu.IntegrationTestSupport;
import org.jiexu.policy.BaseLimits;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Declaration files built from the demo data: the employer of {@code employer-demo} (Xicheng, province 11) and
 * the persons it employed in given months. Each test uses months of its own, so that what one imports does not
 * show as "already recorded" in another: imported are 2025-01 to 2025-06, only validated are 2024-03 to 2024-11.
 */
abstract class ImportTestSupport extends IntegrationTestSupport {

	static final String HEADER = "身份证号,姓名,缴费月份,缴费基数";

	record Staff(long id, String idNumber, String name) {
	}

	long demoEmployer() {
		return userScope("employer-demo", "employer_id");
	}

	/** Persons employed by the employer in every month from {@code from} to {@code to}. */
	List<Staff> staff(long employerId, YearMonth from, YearMonth to, int count) {
		List<Staff> staff = this.jdbc.sql("""
				select distinct p.id, p.id_number, p.name from registry.insured_person p
				join registry.employment w on w.insured_person = p.id
				where w.employer_id = ? and w.first_month <= ? and (w.last_month is null or w.last_month >= ?)
				order by p.id""")
			.params(employerId, Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1)))
			.query((rs, n) -> new Staff(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
		assertThat(staff).as("demo staff employed from %s to %s", from, to).hasSizeGreaterThanOrEqualTo(count);
		return staff.subList(0, count);
	}

	/** A base within the Beijing limits of the year. */
	static BigDecimal base(int year) {
		return BaseLimits.of("11", year).floor().add(new BigDecimal("1000.00"));
	}

	static String row(Staff person, YearMonth month, BigDecimal base) {
		return person.idNumber() + "," + person.name() + "," + month + "," + base.toPlainString();
	}

	static byte[] csv(String... lines) {
		return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content);
	}

	ResultActions upload(String username, MockMultipartFile file) throws Exception {
		return this.mvc.perform(multipart("/api/v1/contribution-imports").file(file).with(as(username)));
	}

	static long id(MvcResult result) throws Exception {
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id"))
			.longValue();
	}

	static <T> T json(MvcResult result, String path) throws Exception {
		return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), path);
	}

	long records(long importId) {
		return this.jdbc.sql("select count(*) from contribution.contribution_record where batch_id = ? and origin = 'IMPORT'")
			.param(importId)
			.query(Long.class)
			.single();
	}

}
