package org.jiexu.registry;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.jiexu.IntegrationTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A steward in a real browser (Debian chromium + chromedriver, headless, phone-sized window): signs in,
 * searches a demo person, opens their page and switches to English. Screenshots go to target/screenshots.
 */
class PersonSearchBrowserTests extends IntegrationTestSupport {

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private WebDriver browser;

	private WebDriverWait wait;

	@BeforeEach
	void startBrowser() throws Exception {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("jiexu.chromium", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--lang=zh-CN", "--user-data-dir=" + Files.createTempDirectory("jiexu-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(System.getProperty("jiexu.chromedriver", "/usr/bin/chromedriver")))
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		this.browser.manage().window().setSize(new Dimension(412, 915));
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

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

	private void screenshot(String file) throws Exception {
		File shot = ((ChromeDriver) this.browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(file), StandardCopyOption.REPLACE_EXISTING);
		assertThat(SCREENSHOTS.resolve(file)).isNotEmptyFile();
	}

}
