package org.jiexu.notification;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.jiexu.IntegrationTestSupport;
import org.jiexu.transfer.TransferFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Monday SMS about the transfers completed the week before, and the outbox the administrators read. */
class WeeklyTransferDigestIntegrationTests extends IntegrationTestSupport {

	@Autowired
	WeeklyTransferDigest digest;

	@Autowired
	Clock clock;

	@Test
	void eachPersonGetsOneMessageAboutTheWeeksCompletedTransfersAndOnlyOnce() throws Exception {
		TransferFixtures transfers = new TransferFixtures(this.mvc, this.jdbc, this::unusedIdNumber);
		String idNumber = transfers.personMovedFromYingcheng("短信测试", "13912345678");
		long in = transfers.openedCase(idNumber);
		transfers.completed(in);
		LocalDate monday = LocalDate.now(this.clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

		assertThat(this.digest.send(monday)).isPositive();
		assertThat(this.digest.send(monday)).as("a week's digest goes once").isZero();
		assertThat(this.digest.send(monday.minusWeeks(1))).as("nothing was completed for them then").isZero();
		assertThat(this.jdbc.sql("select count(*) from notification.sms_message where phone = ?")
			.param("13912345678")
			.query(Long.class)
			.single()).isEqualTo(1);
		String text = this.jdbc.sql("select text from notification.sms_message where phone = ?")
			.param("13912345678")
			.query(String.class)
			.single();
		assertThat(text).contains("应城市社会保险局", "北京市西城区", LocalDate.now(this.clock).toString());

		this.mvc.perform(get("/api/v1/sms-messages").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].phone").value(hasItem("139****5678")))
			.andExpect(jsonPath("$[0].state").value("STORED"));
		this.mvc.perform(get("/admin/sms").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("139****5678")));
		this.mvc.perform(get("/api/v1/sms-messages").with(as("xc-supervisor"))).andExpect(status().isForbidden());
	}

	@Test
	void theHandlersOfAnEmployerThatAppliedHearOfTheirStaffsCompletedTransfers() throws Exception {
		TransferFixtures transfers = new TransferFixtures(this.mvc, this.jdbc, this::unusedIdNumber);
		long employer = userScope("employer-demo", "employer_id");
		String idNumber = unusedIdNumber();
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/persons")
				.with(as("xc-teller"))
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("""
						{"idNumber": "%s", "name": "单位短信", "employerId": %d}""".formatted(idNumber, employer)))
			.andExpect(status().isCreated());
		this.jdbc.sql("insert into registry.insurance_relation (insured_person, agency_code, state, started_on)"
				+ " values (?, ?, 'SUSPENDED', ?)")
			.params(transfers.personId(idNumber), TransferFixtures.YINGCHENG, java.sql.Date.valueOf(LocalDate.of(2011, 1, 1)))
			.update();
		String body = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/transfer-cases")
				.with(as("employer-demo"))
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("""
						{"idNumber": "%s", "sendingAgencyCode": "%s", "insuranceType": "EMPLOYEE_PENSION"}"""
					.formatted(idNumber, TransferFixtures.YINGCHENG)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		transfers.completed(((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue());
		LocalDate monday = LocalDate.now(this.clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		long before = this.jdbc.sql("select count(*) from notification.sms_message where phone = '13800138000'")
			.query(Long.class)
			.single();

		this.digest.send(monday);

		assertThat(this.jdbc.sql("select count(*) from notification.sms_message where phone = '13800138000'")
			.query(Long.class)
			.single()).as("one message to the demo employer's handler for the week").isEqualTo(Math.max(before, 1));
		assertThat(this.jdbc.sql("select text from notification.sms_message where phone = '13800138000'")
			.query(String.class)
			.list()).allSatisfy(text -> assertThat(text).contains("贵单位申请的", "名职工"));
	}

}
