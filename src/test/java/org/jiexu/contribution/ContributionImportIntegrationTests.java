package org.jiexu.contribution;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jiexu.policy.BaseLimits;
import org.jiexu.policy.ContributionRate.ContributionSplit;
import org.jiexu.policy.ContributionRates;
import org.jiexu.policy.LateFee;
import org.jiexu.shared.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ContributionImportIntegrationTests extends ImportTestSupport {

	@Autowired
	Clock clock;

	@Autowired
	ImportExpiry expiry;

	@Test
	void importsTheGoodRowsOfAFileAndCreditsTheAccounts() throws Exception {
		List<Staff> staff = newStaff(2);
		BigDecimal base = base(2025);
		byte[] file = csv(HEADER, row(staff.get(0), YearMonth.of(2025, 1), base),
				row(staff.get(0), YearMonth.of(2025, 2), base), row(staff.get(1), YearMonth.of(2025, 1), base),
				row(staff.get(1), YearMonth.of(2025, 2), base));
		MvcResult uploaded = upload("employer-demo", file("declaration.csv", file)).andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/contribution-imports/")))
			.andExpect(jsonPath("$.state").value("VALIDATED"))
			.andExpect(jsonPath("$.rowsTotal").value(4))
			.andExpect(jsonPath("$.rowsGood").value(4))
			.andExpect(jsonPath("$.rowsBad").value(0))
			.andExpect(jsonPath("$.problems.total").value(0))
			.andReturn();
		long id = id(uploaded);
		assertThat(records(id)).isZero();

		this.mvc.perform(post("/api/v1/contribution-imports/{id}/import", id).with(as("employer-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("IMPORTED"))
			.andExpect(jsonPath("$.progress.state").value("COMPLETED"))
			.andExpect(jsonPath("$.progress.done").value(4))
			.andExpect(jsonPath("$.rowsImported").value(4));
		assertThat(this.jdbc.sql("select count(*) from contribution.import_row where import_id = ?")
			.param(id)
			.query(Long.class)
			.single()).as("staged rows removed once imported").isZero();
		this.mvc.perform(get("/api/v1/contribution-imports/{id}", id).with(as("employer-demo")))
			.andExpect(jsonPath("$.rowsGood").value(4))
			.andExpect(jsonPath("$.rowsImported").value(4));

		LocalDate today = LocalDate.now(this.clock);
		for (Staff person : staff) {
			for (YearMonth month : List.of(YearMonth.of(2025, 1), YearMonth.of(2025, 2))) {
				ContributionSplit split = ContributionRates.employee(month).split(base);
				Map<String, Object> record = this.jdbc.sql("""
						select base, employer_part, individual_part, account_credit, origin, paid_on, late_fee
						from contribution.contribution_record where person_id = ? and contribution_month = ?
						and agency_code = ? and batch_id = ?""")
					.params(person.id(), java.sql.Date.valueOf(month.atDay(1)), XICHENG, id)
					.query()
					.singleRow();
				assertThat((BigDecimal) record.get("employer_part")).isEqualByComparingTo(split.employerPart());
				assertThat((BigDecimal) record.get("individual_part")).isEqualByComparingTo(split.individualPart());
				assertThat((BigDecimal) record.get("account_credit")).isEqualByComparingTo(split.accountCredit());
				assertThat(record.get("origin")).isEqualTo("IMPORT");
				assertThat(record.get("paid_on").toString()).isEqualTo(today.toString());
				// a past month is a back-payment: the late fee of Art. 86 up to today
				assertThat((BigDecimal) record.get("late_fee")).isEqualByComparingTo(LateFee
					.of(month, split.employerPart().add(split.individualPart()), today).fee())
					.isPositive();
				BigDecimal credited = this.jdbc.sql("""
						select p.amount from account.posting p join account.individual_account a on a.id = p.account_id
						where a.person_id = ? and a.agency_code = ? and p.reference = ?""")
					.params(person.id(), XICHENG, "contribution:" + month)
					.query(BigDecimal.class)
					.single();
				assertThat(credited).isEqualByComparingTo(split.accountCredit());
			}
		}
		long job = ((Number) json(uploaded, "$.jobId")).longValue();
		this.mvc.perform(get("/api/v1/jobs/{id}", job).with(as("employer-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("COMPLETED"))
			.andExpect(jsonPath("$.done").value(4));
	}

	@Test
	void reportsEveryBadRowWithItsRowColumnAndMessageInTheReadersLanguage() throws Exception {
		List<Staff> staff = newStaff(2);
		Staff a = staff.get(0);
		String badCheck = a.idNumber().substring(0, 17) + (a.idNumber().charAt(17) == '1' ? '2' : '1');
		BigDecimal base = base(2024);
		byte[] file = csv(HEADER, row(a, YearMonth.of(2024, 3), base), // row 2: good
				badCheck + "," + a.name() + ",2024-03," + base, // 3
				unusedIdNumber() + ",无此人,2024-03," + base, // 4
				staff.get(1).idNumber() + ",王错名,2024-03," + base, // 5
				a.idNumber() + "," + a.name() + ",2099-01," + base, // 6
				a.idNumber() + "," + a.name() + ",2024-13," + base, // 7
				a.idNumber() + "," + a.name() + ",2024-04,abc", // 8
				a.idNumber() + "," + a.name() + ",2024-05,8000.123"); // 9
		MvcResult result = upload("employer-demo", file("bad.csv", file)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.rowsTotal").value(8))
			.andExpect(jsonPath("$.rowsGood").value(1))
			.andExpect(jsonPath("$.rowsBad").value(7))
			.andExpect(jsonPath("$.problems.total").value(7))
			.andExpect(jsonPath("$.problems.items[0].row").value(3))
			.andExpect(jsonPath("$.problems.items[0].column").value("idNumber"))
			.andExpect(jsonPath("$.problems.items[0].columnLabel").value("身份证号"))
			.andExpect(jsonPath("$.problems.items[0].message").value(containsString("校验码不正确")))
			.andExpect(jsonPath("$.problems.items[1].row").value(4))
			.andExpect(jsonPath("$.problems.items[1].message").value(containsString("没有参保登记")))
			.andExpect(jsonPath("$.problems.items[2].row").value(5))
			.andExpect(jsonPath("$.problems.items[2].column").value("name"))
			.andExpect(jsonPath("$.problems.items[2].message").value(containsString("王错名")))
			.andExpect(jsonPath("$.problems.items[3].row").value(6))
			.andExpect(jsonPath("$.problems.items[3].column").value("month"))
			.andExpect(jsonPath("$.problems.items[3].message").value(containsString("还没有到")))
			.andExpect(jsonPath("$.problems.items[4].row").value(7))
			.andExpect(jsonPath("$.problems.items[4].message").value(containsString("2024-13")))
			.andExpect(jsonPath("$.problems.items[5].row").value(8))
			.andExpect(jsonPath("$.problems.items[5].column").value("base"))
			.andExpect(jsonPath("$.problems.items[5].message").value(containsString("“abc”不是金额")))
			.andExpect(jsonPath("$.problems.items[6].row").value(9))
			.andExpect(jsonPath("$.problems.items[6].message").value(containsString("超过两位小数")))
			.andReturn();
		long id = id(result);
		this.mvc.perform(get("/api/v1/contribution-imports/{id}", id).header("Accept-Language", "en")
			.with(as("employer-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.problems.items[0].columnLabel").value("ID number"))
			.andExpect(jsonPath("$.problems.items[0].message").value(containsString("check character")))
			.andExpect(jsonPath("$.problems.items[1].message").value(containsString("register the person first")))
			.andExpect(jsonPath("$.problems.items[2].message").value(containsString("not the name registered")))
			.andExpect(jsonPath("$.problems.items[5].message").value(containsString("\"abc\" is not an amount")));
		this.mvc.perform(get("/api/v1/contribution-imports/{id}", id).param("page", "1").param("size", "5")
			.with(as("employer-demo")))
			.andExpect(jsonPath("$.problems.items.length()").value(2))
			.andExpect(jsonPath("$.problems.items[0].row").value(8));
		this.mvc.perform(get("/api/v1/contribution-imports/{id}/problems.csv", id).with(as("employer-demo")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().string(allOf(startsWith("\uFEFF行号,列,说明"), containsString("9,缴费基数,"))));
	}

	@Test
	void refusesAFileWithWrongColumnsSayingWhatWasExpectedAndFound() throws Exception {
		upload("employer-demo", file("wrong.csv", csv("身份证号,姓名,月份,工资", "1,2,3,4")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].code").value("document.table.missingColumns"))
			.andExpect(jsonPath("$.detail").value(allOf(containsString("缺少必需的列"),
					containsString("缴费月份/month"), containsString("缴费基数/base"), containsString("工资"))));
		this.mvc.perform(multipart("/api/v1/contribution-imports").file(file("wrong.csv", csv("a,b", "1,2")))
			.header("Accept-Language", "en")
			.with(as("employer-demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("Required columns are missing")));
	}

	@Test
	void refusesAGbkEncodedCsvAndSaysHowToSaveItAsUtf8() throws Exception {
		byte[] gbk = (HEADER + "\r\n110102198001010011,张三,2025-01,8000\r\n").getBytes(Charset.forName("GBK"));
		upload("employer-demo", file("gbk.csv", gbk)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("contribution.import.file.encodingGbk"))
			.andExpect(jsonPath("$.detail").value(allOf(containsString("GBK"), containsString("CSV UTF-8"))));
	}

	@Test
	void refusesAnEmptyFileAFileWithOnlyTheHeaderAndAFileThatIsNoSpreadsheet() throws Exception {
		upload("employer-demo", file("empty.csv", new byte[0])).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("文件是空的")));
		upload("employer-demo", file("blank.csv", csv("", " , ", ""))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("document.table.empty"));
		upload("employer-demo", file("header.csv", csv(HEADER))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("只有表头")));
		upload("employer-demo", file("scan.pdf", "%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(allOf(containsString("scan.pdf"), containsString("PDF"))));
		upload("employer-demo", file("old.xls", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
				(byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 1, 2 }))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString(".xls")));
		this.mvc.perform(multipart("/api/v1/contribution-imports").with(as("employer-demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("contribution.import.file.required"));
	}

	@Test
	void refusesAFileThatBreaksDownAfterItsFirstRowsNamingTheRow() throws Exception {
		Staff person = newStaff(1).get(0);
		upload("employer-demo", file("quote.csv", csv(HEADER, row(person, YearMonth.of(2024, 2), base(2024)),
				row(person, YearMonth.of(2024, 3), base(2024)), person.idNumber() + ",\"unclosed,2024-04,8000")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].code").value("document.table.unclosedQuote"))
			.andExpect(jsonPath("$.detail").value(containsString("第 4 行")));
	}

	@Test
	void reportsBothRowsOfAPersonAndMonthThatAppearTwice() throws Exception {
		List<Staff> staff = newStaff(2);
		BigDecimal base = base(2024);
		byte[] file = csv(HEADER, row(staff.get(0), YearMonth.of(2024, 6), base),
				row(staff.get(1), YearMonth.of(2024, 6), base),
				staff.get(0).idNumber().toLowerCase() + "," + staff.get(0).name() + ",2024/6,"
						+ base.add(BigDecimal.TEN).toPlainString(),
				row(staff.get(0), YearMonth.of(2024, 6), base));
		upload("employer-demo", file("twice.csv", file)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.rowsGood").value(1))
			.andExpect(jsonPath("$.rowsBad").value(3))
			.andExpect(jsonPath("$.problems.items[0].row").value(2))
			.andExpect(jsonPath("$.problems.items[0].message").value(containsString("第 4 行又出现了一次")))
			.andExpect(jsonPath("$.problems.items[1].row").value(4))
			.andExpect(jsonPath("$.problems.items[1].message").value(containsString("与第 2 行重复")))
			.andExpect(jsonPath("$.problems.items[2].row").value(5))
			.andExpect(jsonPath("$.problems.items[2].message").value(containsString("与第 2 行重复")));
	}

	@Test
	void aCheckedImportLeftAloneForMoreThanAWeekExpiresKeepingItsReport() throws Exception {
		List<Staff> staff = newStaff(2);
		BigDecimal base = base(2025);
		long abandoned = id(upload("employer-demo", file("abandoned.csv", csv(HEADER,
				row(staff.get(0), YearMonth.of(2025, 4), base),
				staff.get(1).idNumber() + "," + staff.get(1).name() + ",2025-04,abc")))
			.andExpect(jsonPath("$.rowsBad").value(1))
			.andReturn());
		long recent = id(upload("employer-demo", file("recent.csv", csv(HEADER,
				row(staff.get(0), YearMonth.of(2025, 5), base)))).andReturn());
		this.jdbc.sql("update contribution.contribution_import set validated_at = ? where id = ?")
			.params(java.sql.Timestamp.from(this.clock.instant().minus(java.time.Duration.ofDays(8))), abandoned)
			.update();

		assertThat(this.expiry.expireAbandoned()).contains(abandoned).doesNotContain(recent);

		assertThat(stagedRows(abandoned)).isZero();
		assertThat(stagedRows(recent)).isEqualTo(1);
		this.mvc.perform(get("/api/v1/contribution-imports/{id}", abandoned).with(as("employer-demo")))
			.andExpect(jsonPath("$.state").value("EXPIRED"))
			.andExpect(jsonPath("$.refusal").value(containsString("7 天内未导入")))
			.andExpect(jsonPath("$.rowsBad").value(1))
			.andExpect(jsonPath("$.problems.total").value(1));
		this.mvc.perform(post("/api/v1/contribution-imports/{id}/import", abandoned).with(as("employer-demo")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("已过期")));
		assertThat(records(abandoned)).isZero();
		assertThat(this.expiry.expireAbandoned()).doesNotContain(abandoned, recent);
	}

	private long stagedRows(long importId) {
		return this.jdbc.sql("select count(*) from contribution.import_row where import_id = ?")
			.param(importId)
			.query(Long.class)
			.single();
	}

	@Test
	void importingTheSameFileOrTheSameRowsAgainAddsNothing() throws Exception {
		List<Staff> staff = newStaff(2);
		BigDecimal base = base(2025);
		byte[] file = csv(HEADER, row(staff.get(0), YearMonth.of(2025, 3), base),
				row(staff.get(1), YearMonth.of(2025, 3), base));
		long first = id(upload("employer-demo", file("march.csv", file)).andReturn());
		this.mvc.perform(post("/api/v1/contribution-imports/{id}/import", first).with(as("employer-demo")))
			.andExpect(jsonPath("$.rowsImported").value(2));
		long postings = postingsOf(staff);
		// asking again for the same import changes nothing
		this.mvc.perform(post("/api/v1/contribution-imports/{id}/import", first).with(as("employer-demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rowsImported").value(2));
		assertThat(this.jdbc.sql("select username from identity.audit_event where action = 'CONTRIBUTIONS_IMPORTED'"
				+ " and subject like ?").param("contribution import " + first + " %").query(String.class).list())
			.as("audited once, by the importer").containsExactly("employer-demo");

		long again = id(upload("employer-demo", file("march.csv", file)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.rowsGood").value(0))
			.andExpect(jsonPath("$.rowsRecorded").value(2))
			.andExpect(jsonPath("$.earlierImportId").value(first))
			.andReturn());
		assertThat(stagedRows(again)).as("nothing left to import: no staged rows kept").isZero();
		this.mvc.perform(post("/api/v1/contribution-imports/{id}/import", again).with(as("employer-demo")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].code").value("contribution.import.nothingToImport"));
		// the same rows in another file (registrar, xlsx-free CSV in another order)
		byte[] reordered = csv("缴费基数,缴费月份,姓名,身份证号",
				base + ",2025-03," + staff.get(1).name() + "," + staff.get(1).idNumber(),
				base + ",2025-03," + staff.get(0).name() + "," + staff.get(0).idNumber());
		this.mvc.perform(multipart("/api/v1/contribution-imports").file(file("other.csv", reordered))
			.param("employerId", String.valueOf(demoEmployer()))
			.with(as("xc-steward")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.rowsRecorded").value(2))
			.andExpect(jsonPath("$.earlierImportId").doesNotExist());
		assertThat(records(first)).isEqualTo(2);
		assertThat(records(again)).isZero();
		assertThat(postingsOf(staff)).isEqualTo(postings);
	}

	@Test
	void aFileWithSomeMonthsRecordedAlreadyImportsOnlyTheOthersWithTheirAmounts() throws Exception {
		List<Staff> staff = newStaff(2);
		BigDecimal base = base(2025);
		long first = id(upload("employer-demo",
				file("april.csv", csv(HEADER, row(staff.get(0), YearMonth.of(2025, 4), base))))
			.andReturn());
		this.mvc.perform(post("/api/v1/contribution-imports/{id}/import", first).with(as("employer-demo")))
			.andExpect(jsonPath("$.rowsImported").value(1));
		long postings = postingsOf(staff);

		// the recorded row again, and a new one
		long second = id(upload("employer-demo", file("april-more.csv", csv(HEADER,
				row(staff.get(0), YearMonth.of(2025, 4), base), row(staff.get(1), YearMonth.of(2025, 4), base))))
			.andExpect(jsonPath("$.rowsTotal").value(2))
			.andExpect(jsonPath("$.rowsGood").value(1))
			.andExpect(jsonPath("$.rowsRecorded").value(1))
			.andReturn());
		BigDecimal firstDue = amountDue(first);
		assertThat(amountDue(second)).as("the amount of the new row only").isEqualByComparingTo(firstDue);
		this.mvc.perform(post("/api/v1/contribution-imports/{id}/import", second).with(as("employer-demo")))
			.andExpect(jsonPath("$.rowsImported").value(1));
		assertThat(records(first)).isEqualTo(1);
		assertThat(records(second)).isEqualTo(1);
		assertThat(postingsOf(staff)).as("one more credit, for the new row").isEqualTo(postings + 1);
	}

	private BigDecimal amountDue(long importId) {
		return this.jdbc.sql("select amount_due from contribution.contribution_import where id = ?")
			.param(importId)
			.query(BigDecimal.class)
			.single();
	}

	private long postingsOf(List<Staff> staff) {
		return this.jdbc.sql("select count(*) from account.posting p join account.individual_account a"
				+ " on a.id = p.account_id where a.person_id in (:persons)")
			.param("persons", staff.stream().map(Staff::id).toList())
			.query(Long.class)
			.single();
	}

	@Test
	void acceptsANameWrittenWithSpacesOrAnotherMiddleDotAndNamesTheMonthsOfAnEmploymentThatEnded() throws Exception {
		Staff dotted = newStaff(List.of("阿依古丽·买买提"), null).get(0);
		Staff left = newStaff(List.of("周海燕"), YearMonth.of(2024, 6)).get(0);
		BigDecimal base = base(2024);
		upload("employer-demo", file("names.csv", csv(HEADER, dotted.idNumber() + ",阿依古丽•买买提,2024-03," + base,
				dotted.idNumber() + ",阿依古丽 · 买买提,2024-04," + base, // row 3
				dotted.idNumber() + ",阿依古丽买买提,2024-05," + base, // row 4: the dot left out
				row(left, YearMonth.of(2024, 6), base), // row 5: the last month employed
				row(left, YearMonth.of(2024, 7), base)))) // row 6: after the employment ended
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.rowsGood").value(3))
			.andExpect(jsonPath("$.rowsBad").value(2))
			.andExpect(jsonPath("$.problems.items[0].row").value(4))
			.andExpect(jsonPath("$.problems.items[0].column").value("name"))
			.andExpect(jsonPath("$.problems.items[0].message").value(containsString("阿依古丽买买提")))
			.andExpect(jsonPath("$.problems.items[1].row").value(6))
			.andExpect(jsonPath("$.problems.items[1].column").value("month"))
			.andExpect(jsonPath("$.problems.items[1].message").value(containsString("2024-01–2024-06")));
	}

	@Test
	void refusesTheRowOfAPersonOfAnotherEmployer() throws Exception {
		long employer = demoEmployer();
		Staff other = this.jdbc.sql("""
				select p.id, p.id_number, p.name from registry.insured_person p
				where exists (select 1 from registry.employment w where w.insured_person = p.id and w.employer_id <> ?)
				and not exists (select 1 from registry.employment w where w.insured_person = p.id and w.employer_id = ?)
				order by p.id limit 1""")
			.params(employer, employer)
			.query((rs, n) -> new Staff(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.single();
		Staff own = newStaff(1).get(0);
		upload("employer-demo", file("other.csv", csv(HEADER, row(own, YearMonth.of(2024, 8), base(2024)),
				row(other, YearMonth.of(2024, 8), base(2024)))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.rowsGood").value(1))
			.andExpect(jsonPath("$.problems.items[0].row").value(3))
			.andExpect(jsonPath("$.problems.items[0].column").value("idNumber"))
			.andExpect(jsonPath("$.problems.items[0].message").value(containsString("不是本单位的参保职工")));
	}

	@Test
	void namesTheFloorAndItsSourceWhenABaseIsBelowIt() throws Exception {
		Staff person = newStaff(1).get(0);
		BaseLimits limits = BaseLimits.of("11", 2024);
		upload("employer-demo", file("low.csv", csv(HEADER, row(person, YearMonth.of(2024, 9), new BigDecimal("100")),
				row(person, YearMonth.of(2024, 10), limits.ceiling().add(BigDecimal.ONE)))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.rowsBad").value(2))
			.andExpect(jsonPath("$.problems.items[0].code").value("contribution.import.base.belowFloor"))
			.andExpect(jsonPath("$.problems.items[0].message").value(allOf(containsString("下限 " + Money.text(limits.floor())),
					containsString(Money.text(limits.averageWage().monthly())), containsString("国办发〔2019〕13号"))))
			.andExpect(jsonPath("$.problems.items[1].message").value(containsString("上限 " + Money.text(limits.ceiling()))));
	}

	@Test
	void readsAWorkbookWithTextNumberAndDateCells() throws Exception {
		List<Staff> staff = newStaff(2);
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(xlsx, "Test", "1.0");
		Worksheet sheet = workbook.newWorksheet("申报");
		sheet.value(0, 0, "序号");
		List<String> header = List.of("身份证号", "姓名", "缴费月份", "缴费基数");
		for (int i = 0; i < header.size(); i++) {
			sheet.value(0, i + 1, header.get(i));
		}
		int row = 1;
		for (Staff person : staff) {
			sheet.value(row, 0, row);
			sheet.value(row, 1, person.idNumber());
			sheet.value(row, 2, person.name());
			sheet.value(row, 3, LocalDate.of(2025, 4, 1)); // a date cell
			sheet.style(row, 3).format("yyyy-mm").set();
			sheet.value(row, 4, base(2025)); // a number cell
			row++;
		}
		sheet.value(row, 1, staff.get(0).idNumber());
		sheet.value(row, 2, staff.get(0).name());
		sheet.value(row, 3, "2025-05"); // a text cell
		sheet.value(row, 4, base(2025).doubleValue());
		workbook.finish();
		long id = id(upload("employer-demo", file("申报.xlsx", xlsx.toByteArray())).andExpect(status().isCreated())
			.andExpect(jsonPath("$.fileFormat").value("XLSX"))
			.andExpect(jsonPath("$.rowsTotal").value(3))
			.andExpect(jsonPath("$.rowsGood").value(3))
			.andReturn());
		this.mvc.perform(post("/api/v1/contribution-imports/{id}/import", id).with(as("employer-demo")))
			.andExpect(jsonPath("$.rowsImported").value(3));
		assertThat(this.jdbc.sql("select distinct contribution_month from contribution.contribution_record"
				+ " where batch_id = ? and origin = 'IMPORT' order by contribution_month")
			.param(id)
			.query(LocalDate.class)
			.list()).containsExactly(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 1));
	}

	@Test
	void showsAnImportOnlyWithinTheScopeAndLetsOnlyRegistrarsAndHandlersImport() throws Exception {
		Staff person = newStaff(1).get(0);
		MvcResult uploaded = upload("employer-demo",
				file("scope.csv", csv(HEADER, row(person, YearMonth.of(2024, 11), base(2024))))).andReturn();
		long id = id(uploaded);
		long job = ((Number) json(uploaded, "$.jobId")).longValue();
		this.mvc.perform(get("/api/v1/contribution-imports/{id}", id).with(as("xc-reviewer")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/contribution-imports/{id}", id).with(as("yc-steward")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/contribution-imports/{id}", id).with(as("person-demo")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/jobs/{id}", job).with(as("yc-steward"))).andExpect(status().isNotFound());
		this.mvc.perform(post("/api/v1/contribution-imports/{id}/import", id).with(as("xc-reviewer")))
			.andExpect(status().isForbidden());
		this.mvc.perform(multipart("/api/v1/contribution-imports").file(file("x.csv", csv(HEADER)))
			.param("employerId", String.valueOf(demoEmployer()))
			.with(as("xc-reviewer"))).andExpect(status().isForbidden());
		this.mvc.perform(multipart("/api/v1/contribution-imports").file(file("x.csv", csv(HEADER)))
			.with(as("xc-steward")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].code", hasItem("contribution.import.employer.required")));
		long yingchengEmployer = this.jdbc.sql("select min(id) from registry.employer where agency_code = ?")
			.param(YINGCHENG)
			.query(Long.class)
			.single();
		this.mvc.perform(multipart("/api/v1/contribution-imports").file(file("x.csv", csv(HEADER)))
			.param("employerId", String.valueOf(yingchengEmployer))
			.with(as("xc-steward"))).andExpect(status().isNotFound());
		this.mvc.perform(multipart("/api/v1/contribution-imports").file(file("x.csv", csv(HEADER)))
			.param("employerId", String.valueOf(yingchengEmployer))
			.with(as("employer-demo"))).andExpect(status().isNotFound());
	}

}
