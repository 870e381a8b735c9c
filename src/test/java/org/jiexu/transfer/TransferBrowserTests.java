package org.jiexu.transfer;

import org.jiexu.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A transfer from Yingcheng to Xicheng walked through the pages in a real browser (phone-sized) by two stewards:
 * Xicheng's supervisor accepts the application and gives it to Xicheng's steward, who sends the contact letter;
 * Yingcheng's steward finds the letter in their queue, issues the info table with the funds and ends the relation;
 * Xicheng's steward reconciles, continues the records and completes the transfer, and the supervisor's dashboard
 * counts it.
 */
class TransferBrowserTests extends BrowserTestSupport {

	private TransferFixtures transfers() {
		return new TransferFixtures(this.mvc, this.jdbc, this::unusedIdNumber);
	}

	private String personMovedFromYingcheng() throws Exception {
		return transfers().personMovedFromYingcheng("浏览器转移", null);
	}

	private void signOut() {
		this.browser.manage().deleteAllCookies();
	}

	private void takeAction(String action) {
		click("action-" + action);
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-state")));
	}

	private String state() {
		return this.browser.findElement(By.id("case-state")).getText();
	}

	@Test
	void twoStewardsWalkATransferFromYingchengToXichengThroughThePages() throws Exception {
		String idNumber = personMovedFromYingcheng();

		signIn("/reports/transfers", "xc-supervisor", PASSWORD);
		int completedBefore = completedOnTheDashboard();
		this.browser.get(url("/transfers/new"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("idNumber"))).sendKeys(idNumber);
		new org.openqa.selenium.support.ui.Select(this.browser.findElement(By.id("sendingAgencyCode")))
			.selectByValue(YINGCHENG);
		screenshot("transfer-1-application-zh.png");
		click("open-submit");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-state")));
		assertThat(state()).isEqualTo("已受理");
		assertThat(this.browser.findElement(By.id("checks")).getText()).contains("本人已在本地参保缴费");
		long in = Long.parseLong(this.browser.getCurrentUrl().replaceAll(".*/transfers/(\\d+).*", "$1"));
		this.browser.findElement(By.id("reassign-steward")).sendKeys("xc-steward");
		takeAction("reassign");
		assertThat(this.browser.findElement(By.id("steward")).getText()).isEqualTo("xc-steward");
		signOut();

		signIn("/transfers", "xc-steward", PASSWORD);
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mine")));
		click("mine");
		click("filter-submit");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-" + in)));
		click("case-" + in);
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action-send-contact-letter")));
		takeAction("send-contact-letter");
		assertThat(state()).isEqualTo("已发联系函");
		screenshot("transfer-2-letter-sent-zh.png");
		signOut();

		long out = awaitOutCase(in);
		this.jdbc.sql("update transfer.transfer_case set steward = 'yc-steward' where id = ? and steward <> 'yc-steward'")
			.param(out)
			.update(); // Yingcheng has one steward in the demo; other tests may have added more there
		signIn("/transfers", "yc-steward", PASSWORD);
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-filter")));
		this.browser.get(url("/transfers?mine=true"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-" + out)));
		assertThat(this.browser.findElement(By.id("case-" + out)).getText()).contains("浏览器转移", "已收联系函");
		click("case-" + out);
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action-issue-info")));
		takeAction("issue-info");
		assertThat(state()).isEqualTo("已出信息表并划转基金");
		takeAction("terminate-relation");
		assertThat(state()).isEqualTo("已终止本地关系");
		screenshot("transfer-3-sending-side-zh.png");
		signOut();

		awaitState(in, "INFO_RECEIVED");
		signIn("/transfers/" + in, "xc-steward", PASSWORD);
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("action-reconcile")));
		assertThat(state()).isEqualTo("已收信息表及基金");
		takeAction("reconcile");
		takeAction("continue-records");
		takeAction("complete");
		assertThat(state()).isEqualTo("已办结");
		assertThat(this.browser.findElement(By.id("history")).getText()).contains("发出联系函", "收到信息表",
				"收到转移基金", "核对金额", "办结");
		assertThat(this.browser.findElement(By.id("documents")).getText()).contains("联系函", "信息表", "参保缴费凭证");
		show("history");
		screenshot("transfer-4-completed-zh.png");
		awaitState(out, "COMPLETED");
		signOut();

		signIn("/reports/transfers", "xc-supervisor", PASSWORD);
		for (int i = 0; i < 50 && completedOnTheDashboard() == completedBefore; i++) {
			Thread.sleep(100); // the dashboard's read model takes the steps after they commit
			this.browser.navigate().refresh();
		}
		assertThat(completedOnTheDashboard()).as("the dashboard counts the transfer").isEqualTo(completedBefore + 1);
		screenshot("transfer-5-dashboard-zh.png");
	}

	/** The transfer-ins completed in the dashboard's period, as the supervisor's dashboard shows them. */
	private int completedOnTheDashboard() {
		return Integer.parseInt(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("key-in-completed")))
			.getText()
			.strip());
	}

	private long awaitOutCase(long in) throws InterruptedException {
		return transfers().awaitOutCaseOf(in);
	}

	private void awaitState(long id, String state) throws InterruptedException {
		transfers().awaitState(id, state);
	}

}
