package org.jiexu.policy.web;

import org.jiexu.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person without an account uses the public calculators on a phone: from the sign-in page to the list, the
 * retirement age, a transfer estimate with an added row, and the benefit place.
 */
class CalculatorBrowserTests extends BrowserTestSupport {

	@Test
	void personFindsTheCalculatorsFromTheSignInPageAndWorksOutTheirRetirement() throws Exception {
		this.browser.get(url("/login?lang=zh_CN"));
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("login-calculators"))).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("open-retirement")));
		screenshot("calc-1-index-zh.png");
		this.browser.findElement(By.id("open-retirement")).click();

		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("birth")));
		// a month input takes the text the way the browser's locale shows it; set it directly
		((org.openqa.selenium.JavascriptExecutor) this.browser)
			.executeScript("document.getElementById('birth').value = '1975-03'");
		this.browser.findElement(By.id("category-FEMALE_50")).click();
		click("calculate");

		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
		// F50 born 1975-03: delay floor(2/2)+1 = 2 months, 50y2m, retires 2025-05 (anchor of pension.md §1.3)
		assertThat(this.browser.findElement(By.id("statutory-age")).getText()).isEqualTo("50 周岁 2 个月");
		assertThat(this.browser.findElement(By.id("retirement-month")).getText()).isEqualTo("2025-05");
		assertThat(bodyText()).contains("计算依据", "下一步可以做什么");
		show("result");
		screenshot("calc-2-retirement-zh.png");
	}

	@Test
	void personEstimatesATransferWithAnAddedRowAndSwitchesToEnglish() throws Exception {
		this.browser.get(url("/calculators/transfer-amounts?rows=1"));
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("add-row"))).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("from-1")));
		fill("from-0", "2003-01");
		fill("to-0", "2003-12");
		fill("base-0", "2000");
		fill("account-0", "0.12");
		fill("from-1", "2016-01");
		fill("to-1", "2016-12");
		fill("base-1", "5000");
		fill("account-1", "0.08");
		new Select(this.browser.findElement(By.id("province"))).selectByValue("42");
		click("calculate");

		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
		// pooled: 12% × (2000 × 12 + 5000 × 12) = 2880.00 + 7200.00
		assertThat(this.browser.findElement(By.id("pooled-fund")).getText()).isEqualTo("10080.00");
		assertThat(bodyText()).contains("演示数据", "不转移部分");
		show("result");
		screenshot("calc-3-transfer-zh.png");

		this.browser.get(this.browser.getCurrentUrl() + "&lang=en");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Pooled fund moved"));
		assertThat(this.browser.findElement(By.id("pooled-fund")).getText()).isEqualTo("10080.00");
		show("result");
		screenshot("calc-4-transfer-en.png");
	}

	@Test
	void personSeesTheBenefitPlaceWithTheClauseThatDecidedIt() throws Exception {
		this.browser.get(url("/calculators/benefit-place?lang=zh_CN"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hukouProvince")));
		new Select(this.browser.findElement(By.id("hukouProvince"))).selectByValue("42");
		new Select(this.browser.findElement(By.id("relationProvince"))).selectByValue("11");
		new Select(this.browser.findElement(By.id("province-0"))).selectByValue("37");
		fill("months-0", "150");
		fill("end-0", "2015-06");
		new Select(this.browser.findElement(By.id("province-1"))).selectByValue("11");
		fill("months-1", "60");
		fill("end-1", "2026-10");
		click("calculate");

		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
		// Beijing has 60 months (< 120), Shandong 150: clause (三) sends the relation back to Shandong
		assertThat(this.browser.findElement(By.id("place")).getText()).isEqualTo("山东省");
		assertThat(this.browser.findElement(By.id("clause")).getText()).contains("上一个缴费年限满10年的原参保地");
		show("result");
		screenshot("calc-5-benefit-place-zh.png");
	}

	private void fill(String id, String text) {
		this.browser.findElement(By.id(id)).clear();
		this.browser.findElement(By.id(id)).sendKeys(text);
	}

}
