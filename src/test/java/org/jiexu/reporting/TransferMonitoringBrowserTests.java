package org.jiexu.reporting;

import java.util.List;

import org.jiexu.BrowserTestSupport;
import org.jiexu.transfer.TransferFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transfer dashboard in a real browser (phone-sized): the supervisor follows the navigation to it, ECharts draws
 * every chart from the page's figures, and the tables hold the same figures.
 */
class TransferMonitoringBrowserTests extends BrowserTestSupport {

	private static final List<String> CHARTS = List.of("chart-monthly", "chart-funds", "chart-rates", "chart-backlog",
			"chart-stewards");

	@Test
	void theSupervisorOpensTheDashboardFromTheMenuAndEveryChartIsDrawn() throws Exception {
		openTransferIn();

		signIn("/", "xc-supervisor", PASSWORD);
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-reports")));
		this.browser.get(url("/reports/transfers"));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-stewards canvas")));
		for (String chart : CHARTS) {
			assertThat(this.browser.findElements(By.cssSelector("#" + chart + " canvas"))).as(chart).isNotEmpty();
		}
		assertThat(((JavascriptExecutor) this.browser).executeScript("return window.echarts.version")).isEqualTo("5.3.1");
		assertThat(bodyText()).contains("转移接续监控", "每月新增与办结", "各管家在办案件");
		assertThat(this.browser.findElement(By.id("backlog-IN-APPLIED-open")).getText()).isNotEqualTo("0");
		screenshot("reporting-transfers-zh.png");

		this.browser.get(url("/reports/transfers?lang=en"));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-monthly canvas")));
		assertThat(bodyText()).contains("Transfer monitoring", "New and completed cases per month");
		show("rates");
		screenshot("reporting-transfers-en.png");

		this.browser.manage().window().setSize(new Dimension(1280, 1800));
		this.browser.get(url("/reports/transfers?lang=zh_CN"));
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-stewards canvas")));
		screenshot("reporting-transfers-desktop.png");
	}

	/** A transfer-in accepted at Xicheng today, so that the backlog has a row. */
	private void openTransferIn() throws Exception {
		TransferFixtures transfers = new TransferFixtures(this.mvc, this.jdbc, this::unusedIdNumber);
		transfers.openedCase(transfers.personMovedFromYingcheng("监控浏览器", null));
	}

}
