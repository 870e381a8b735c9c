package org.jiexu;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * Base of the tests in a real browser: Debian chromium + chromedriver, headless, in a phone-sized window
 * (412 × 915), against the shared test application. Screenshots go to {@code target/screenshots}.
 */
public abstract class BrowserTestSupport extends IntegrationTestSupport {

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	protected WebDriver browser;

	protected WebDriverWait wait;

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

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * Scrolls the element to the middle of the small window at once (Bootstrap's smooth scrolling would still be
	 * moving when the click lands), then clicks.
	 */
	protected void click(String id) {
		org.openqa.selenium.WebElement element = this.browser.findElement(By.id(id));
		((org.openqa.selenium.JavascriptExecutor) this.browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	/** Brings the element into view, e.g. a result before its screenshot. */
	protected void show(String id) {
		((org.openqa.selenium.JavascriptExecutor) this.browser).executeScript(
				"arguments[0].scrollIntoView({block: 'start', behavior: 'instant'})", this.browser.findElement(By.id(id)));
	}

	/** Opens the path, which asks for a sign-in, and signs in (in Chinese). */
	protected void signIn(String path, String username, String password) {
		this.browser.get(url(path + "?lang=zh_CN"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.id("login-submit")).click();
	}

	protected String bodyText() {
		return this.browser.findElement(By.tagName("body")).getText();
	}

	protected void screenshot(String file) throws Exception {
		File shot = ((ChromeDriver) this.browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(file), StandardCopyOption.REPLACE_EXISTING);
		assertThat(SCREENSHOTS.resolve(file)).isNotEmptyFile();
	}

}
