package org.jiexu.contribution;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jiexu.IntegrationTestSupport;
import org.jiexu.policy.BaseLimits;
import org.jiexu.registry.InsuranceRelationState;
import org.jiexu.registry.RegistryImport;
import org.jiexu.registry.RegistryImport.ImportedEmployment;
import org.jiexu.registry.RegistryImport.ImportedPerson;
import org.jiexu.registry.RegistryImport.ImportedRelation;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Declaration files for the employer of {@code employer-demo} (Xicheng, province 11): its new staff, or persons
 * of the demo data.
 */
abstract class ImportTestSupport extends IntegrationTestSupport {

	static final String HEADER = "身份证号,姓名,缴费月份,缴费基数";

	static final YearMonth EMPLOYED_FROM = YearMonth.of(2024, 1);

	private static final String SURNAMES = "王李张刘陈杨赵黄周吴";

	private static final List<String> GIVEN_NAMES = List.of("晓明", "红梅", "建国", "丽娜", "志强", "海燕", "子涵", "雨桐");

	private static final Random RANDOM = new Random();

	@Autowired
	RegistryImport registryImport;

	record Staff(long id, String idNumber, String name) {
	}

	long demoEmployer() {
		return userScope("employer-demo", "employer_id");
	}

	/**
	 * New persons registered at Xicheng and employed by the demo employer since {@link #EMPLOYED_FROM}, without
	 * any contribution yet (the demo's staff have their history recorded up to last month), so that every test
	 * has months of its own to import.
	 */
	List<Staff> newStaff(int count) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			names.add(SURNAMES.charAt(RANDOM.nextInt(SURNAMES.length())) + GIVEN_NAMES.get(RANDOM.nextInt(
					GIVEN_NAMES.size())));
		}
		return newStaff(names, null);
	}

	/** As {@link #newStaff(int)}, with these names, employed up to {@code lastMonth} (null: still employed). */
	List<Staff> newStaff(List<String> names, @Nullable YearMonth lastMonth) {
		String creditCode = this.jdbc.sql("select credit_code from registry.employer where id = ?")
			.param(demoEmployer())
			.query(String.class)
			.single();
		List<ImportedPerson> persons = new ArrayList<>();
		for (String name : names) {
			persons.add(new ImportedPerson(unusedIdNumber(), name, null, "110102",
					List.of(new ImportedRelation(XICHENG, InsuranceRelationState.ACTIVE, EMPLOYED_FROM.atDay(1), null)),
					List.of(new ImportedEmployment(creditCode, XICHENG, EMPLOYED_FROM, lastMonth))));
		}
		List<Long> ids = this.registryImport.addPersons(persons, Map.of(creditCode, demoEmployer()));
		List<Staff> staff = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			staff.add(new Staff(ids.get(i), persons.get(i).idNumber(), persons.get(i).name()));
		}
		return staff;
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
