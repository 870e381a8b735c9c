package org.jiexu.contribution;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Year;

import org.jiexu.BrowserTestSupport;
import org.jiexu.policy.BaseLimits;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new employer's handler in a real browser (phone-sized) types a base under the floor, is told the floor and why,
 * declares at the floor with one click, then changes the base with a payroll file; a reviewer approves the change
 * from the queue.
 */
class BaseDeclarationBrowserTests extends BrowserTestSupport {

	@Autowired
	Clock clock;

	@Test
	void aNewHandlerDeclaresAtTheFloorThenChangesTheBaseAndAReviewerApprovesIt() throws Exception {
		DeclarationFixtures fixtures = new DeclarationFixtures(this.mvc, this::unusedIdNumber, this::unusedCreditCode);
		long employer = fixtures.employer();
		long person = fixtures.staff(employer);
		String handler = fixtures.handler(employer);
		String floor = BaseLimits.of("11", Year.now(this.clock).getValue()).floor().toPlainString();

		signIn("/", handler, DeclarationFixtures.PASSWORD);
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home-base-declarations")));
		click("home-base-declarations");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("base-" + person))).sendKeys("2000");
		screenshot("declaration-1-form-zh.png");
		click("declare-submit");

		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("apply-limit-" + person)));
		assertThat(bodyText()).contains("未保存任何数据", "下限是 " + floor + " 元", "国办发〔2019〕13号");
		assertThat(this.browser.findElement(By.id("apply-limit-" + person)).getText())
			.isEqualTo("按下限 " + floor + " 元申报");
		screenshot("declaration-2-below-floor-zh.png");
		click("apply-limit-" + person);

		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("declared")));
		assertThat(this.browser.findElement(By.id("staff-" + person)).getText()).contains(floor);

		Path payroll = Files.createTempFile("payroll", ".pdf");
		Files.write(payroll, "%PDF-1.4\n%%EOF\n".getBytes());
		this.browser.findElement(By.id("base-" + person)).sendKeys("9800");
		this.browser.findElement(By.id("reason")).sendKeys("转正后工资调整");
		this.browser.findElement(By.id("evidence")).sendKeys(payroll.toString());
		click("declare-submit");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("declared")));
		assertThat(this.browser.findElement(By.id("declaration-history")).getText()).contains("待复核", "9800.00");
		screenshot("declaration-3-change-waiting-zh.png");

		this.browser.manage().deleteAllCookies(); // signed out
		signIn("/", "xc-reviewer", PASSWORD);
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-reviews"))); // in the folded menu
		this.browser.get(url("/contribution/base-declarations/reviews"));
		long change = this.jdbc
			.sql("select id from contribution.base_declaration where person_id = ? and state = 'PENDING_REVIEW'")
			.param(person)
			.query(Long.class)
			.single();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-" + change)));
		assertThat(this.browser.findElement(By.id("review-" + change)).getText()).contains(floor + " → 9800.00",
				"转正后工资调整", payroll.getFileName().toString());
		show("review-" + change);
		screenshot("declaration-4-review-zh.png");
		click("approve-" + change);
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decided")));
		assertThat(this.jdbc.sql("select state from contribution.base_declaration where id = ?")
			.param(change)
			.query(String.class)
			.single()).isEqualTo("IN_FORCE");
		Files.deleteIfExists(payroll);
	}

}
