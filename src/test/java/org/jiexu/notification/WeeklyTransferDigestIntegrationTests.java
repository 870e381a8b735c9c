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

}
