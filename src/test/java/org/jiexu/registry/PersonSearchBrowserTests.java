package org.jiexu.registry;

import org.jiexu.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A steward in a real browser (phone-sized): signs in, searches a demo person, opens their page and switches
 * to English.
 */
class PersonSearchBrowserTests extends BrowserTestSupport {

	@Test
	void stewardSearchesAPersonOpensTheirPageAndSwitchesToEnglish() throws Exception {
		long id = personOnlyAt(XICHENG, YINGCHENG);
		String name = this.jdbc.sql("select name from registry.insured_person where id = ?")
			.param(id)
			.query(String.class)
			.single();

		this.browser.get("http://localhost:" + this.port + "/registry/persons");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("xc-steward");
		this.browser.findElement(By.id("password")).sendKeys(PASSWORD);
		this.browser.findElement(By.id("login-submit")).click();

		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q"))).sendKeys(name);
		this.browser.findElement(By.id("search-submit")).click();
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText(name)));
		assertThat(this.browser.findElement(By.id("person-results")).getText()).matches("(?s).*\\d{4}\\*{10}[0-9X]{4}.*");
		screenshot("1-person-search-zh.png");

		this.browser.findElements(By.linkText(name)).get(0).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("person-name")));
		assertThat(this.browser.findElement(By.tagName("body")).getText()).contains("养老保险关系", "工作经历");
		screenshot("2-person-page-zh.png");

		this.browser.get(this.browser.getCurrentUrl() + "?lang=en");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Work history"));
		assertThat(this.browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		screenshot("3-person-page-en.png");

		this.browser.get("http://localhost:" + this.port + "/registry/persons");
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Find insured persons"));
	}

	@Test
	void stewardSeesEveryRefusedFieldOfARegistrationExplained() throws Exception {
		this.browser.get("http://localhost:" + this.port + "/registry/persons/new?lang=zh_CN");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("xc-steward");
		this.browser.findElement(By.id("password")).sendKeys(PASSWORD);
		this.browser.findElement(By.id("login-submit")).click();

		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("idNumber"))).sendKeys("420981900101123");
		this.browser.findElement(By.id("phone")).sendKeys("12345");
		this.browser.findElement(By.id("register-submit")).click();

		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "未保存任何数据"));
		assertThat(this.browser.findElement(By.tagName("body")).getText()).contains("420981199001011235", "请填写姓名",
				"手机号码应为");
		screenshot("4-register-person-refused-zh.png");
	}

}
