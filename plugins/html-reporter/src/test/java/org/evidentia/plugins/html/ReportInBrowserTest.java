package org.evidentia.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.evidentia.api.Evidence;
import org.evidentia.testkit.PluginTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;

/**
 * Opens generated reports from file:// URLs in headless Chromium (Debian's chromium and
 * chromedriver) and uses them as a reader would. Skipped where the browser is not installed.
 */
class ReportInBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path work;

    private static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "headless browser test skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                        + " is absent (install with: apt-get install -y chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createDirectories(work.resolve("profile")));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static Path report(Evidence evidence, String name) throws IOException {
        HtmlSummaryReporter reporter = new HtmlSummaryReporter();
        Path dir = work.resolve(name);
        reporter.report(evidence, PluginTestKit.reportContext(reporter, Map.of("title", "Cytokines in chronic pain: evidence summary"), dir));
        return dir.resolve("report.html");
    }

    private static void open(Path file) {
        driver.get(file.toUri().toString());
        assertThat(driver.getCurrentUrl()).startsWith("file://");
    }

    private static long visibleRows() {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelectorAll('#findings-table tbody tr:not([hidden])').length;");
    }

    @SuppressWarnings("unchecked")
    private static List<String> visible(String attribute) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('#findings-table tbody tr:not([hidden])'), r => r.getAttribute(arguments[0]));",
                attribute);
    }

    private static List<LogEntry> severeLogs() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()).toList();
    }

    @Test
    void rendersWithoutErrorsFiltersSortsAndIsCaptured() throws IOException {
        Evidence evidence = Fixtures.generated(16, 5);
        open(report(evidence, "small"));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Cytokines in chronic pain: evidence summary");
        assertThat(driver.findElement(By.id("findings-controls")).isDisplayed()).as("script unhides the filters").isTrue();
        assertThat(visibleRows()).isEqualTo(80);
        assertThat(driver.findElement(By.id("findings-status")).getText()).isEqualTo("80 findings");

        // filter by a cytokine
        new Select(driver.findElement(By.id("filter-cytokine"))).selectByValue("IL6");
        long il6 = evidence.findings().stream().filter(f -> f.subject().key().equals("IL6")).count();
        assertThat(il6).isBetween(1L, 79L);
        assertThat(visibleRows()).isEqualTo(il6);
        assertThat(visible("data-cytokine")).containsOnly("IL6");
        assertThat(driver.findElement(By.id("findings-status")).getText()).isEqualTo("Showing " + il6 + " of 80 findings");

        // sort by study with the keyboard: descending after a second press
        List<String> byCytokine = visible("data-rank-study");
        WebElement studyHeader = driver.findElement(By.cssSelector("th[data-sort=study] button"));
        studyHeader.sendKeys(Keys.ENTER);
        List<String> ascending = visible("data-rank-study");
        assertThat(ascending).isSortedAccordingTo((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
        assertThat(driver.findElement(By.cssSelector("th[data-sort=study]")).getAttribute("aria-sort")).isEqualTo("ascending");
        studyHeader.sendKeys(Keys.ENTER);
        List<String> descending = visible("data-rank-study");
        assertThat(descending).isSortedAccordingTo((a, b) -> Integer.compare(Integer.parseInt(b), Integer.parseInt(a)));
        assertThat(descending).isNotEqualTo(ascending);
        assertThat(driver.findElement(By.cssSelector("th[data-sort=study]")).getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(byCytokine).containsExactlyInAnyOrderElementsOf(descending);

        // reset shows every row again in the original order
        driver.findElement(By.id("filter-reset")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> visibleRows() == 80);
        assertThat(visible("data-order")).isSortedAccordingTo((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));

        assertThat(severeLogs()).as("console errors").isEmpty();

        driver.manage().window().setSize(new Dimension(1360, 2600));
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
        assertThat(screenshot("report.png")).isGreaterThan(10_000);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('findings').scrollIntoView();");
        assertThat(screenshot("report-findings.png")).isGreaterThan(10_000);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('studies').scrollIntoView();");
        assertThat(screenshot("report-studies.png")).isGreaterThan(10_000);
    }

    /** Saves what the browser shows as a build artefact; returns its size in bytes. */
    private static long screenshot(String name) throws IOException {
        Path file = Path.of("target", "screenshots", name);
        Files.createDirectories(file.getParent());
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        return Files.size(file);
    }

    @Test
    void printsWithoutControlsAndWithEveryTableWhole() throws IOException {
        open(report(Fixtures.evidence(), "print"));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(driver.findElement(By.id("findings-controls")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.cssSelector("nav")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.id("findings-table")).isDisplayed()).isTrue();
            assertThat(driver.findElement(By.cssSelector("#plot .plot-scroll")).getCssValue("overflow-x")).isEqualTo("visible");
            driver.manage().window().setSize(new Dimension(900, 2400));
            assertThat(screenshot("report-print.png")).isGreaterThan(10_000);
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        assertThat(severeLogs()).as("console errors").isEmpty();
    }

    @Test
    void staysUsableWithFiveThousandFindings() throws IOException {
        Evidence evidence = Fixtures.generated(250, 20);
        assertThat(evidence.findings()).hasSize(5000);
        open(report(evidence, "large"));

        // the first 500 rows are laid out; a button shows the rest
        assertThat(visibleRows()).isEqualTo(500);
        assertThat(driver.findElement(By.id("findings-status")).getText()).isEqualTo("Showing the first 500 of 5,000 findings");
        WebElement more = driver.findElement(By.id("findings-more"));
        assertThat(more.getText()).isEqualTo("Show all 5,000 findings");
        more.click();
        assertThat(visibleRows()).isEqualTo(5000);
        assertThat(more.isDisplayed()).isFalse();

        new Select(driver.findElement(By.id("filter-specimen"))).selectByValue("csf");
        long csf = evidence.findings().stream().filter(f -> "csf".equals(f.attribute("specimen"))).count();
        assertThat(csf).isGreaterThan(500);
        assertThat(visibleRows()).isEqualTo(500);
        assertThat(visible("data-specimen")).containsOnly("csf");
        assertThat(driver.findElement(By.id("findings-status")).getText())
                .isEqualTo("Showing the first 500 of " + String.format(java.util.Locale.ROOT, "%,d", csf) + " matching findings (5,000 in all)");
        // printing shows every matching row
        ((JavascriptExecutor) driver).executeScript("window.dispatchEvent(new Event('beforeprint'));");
        assertThat(visibleRows()).isEqualTo(csf);
        WebElement search = driver.findElement(By.id("filter-text"));
        search.sendKeys("condition 3 than");
        long csfCondition3 = evidence.findings().stream()
                .filter(f -> "csf".equals(f.attribute("specimen")) && f.evidence().sentence().contains("condition 3 than")).count();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> visibleRows() == csfCondition3);
        assertThat(csfCondition3).isPositive().isLessThan(csf);
        driver.findElement(By.cssSelector("th[data-sort=direction] button")).click();
        assertThat(visible("data-rank-direction")).isSorted();
        assertThat(severeLogs()).as("console errors").isEmpty();
    }
}
