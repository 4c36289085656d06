package org.evidentia.plugins.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidentia.api.BibliographicRecord;
import org.evidentia.api.Direction;
import org.evidentia.api.Finding;
import org.evidentia.api.FindingKind;
import org.evidentia.api.Origin;
import org.evidentia.testkit.TestRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens generated reports from file:// URLs in headless Chromium (Debian's chromium and
 * chromedriver) and uses them as a reader would; screenshots and a printed PDF are kept under
 * {@code target/screenshots/}. Where the browser is not installed every test is skipped with the
 * reason, and counted as skipped: the check is an assumption made before each test, not before the
 * class (an aborted class-level set-up is reported as no test at all). The binaries' paths can be
 * changed with {@code -Devidentia.chromium=...} and {@code -Devidentia.chromedriver=...}.
 */
class ReportInBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("evidentia.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("evidentia.chromedriver", "/usr/bin/chromedriver"));
    private static final String LEAD = "#kind-cytokine-change-stratum-1";
    private static final String TABLE = "#kind-cytokine-change-findings-table";

    @TempDir
    static Path work;

    private static ChromeDriver driver;

    @BeforeEach
    void browser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "headless browser test skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                        + " is absent (install with: apt-get install -y chromium chromium-driver)");
        if (driver == null) {
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
        driver.manage().window().setSize(new Dimension(1360, 1000));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    private static Path report(TestRun run, String name) throws IOException {
        Path dir = work.resolve(name);
        run.report(new HtmlSummaryReporter(), Map.of("title", "Cytokines in chronic pain: evidence summary"), dir);
        return dir.resolve("report.html");
    }

    private static void open(Path file) {
        driver.get(file.toUri().toString());
        assertThat(driver.getCurrentUrl()).startsWith("file://");
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static long visibleRows() {
        return (Long) js("return document.querySelectorAll(arguments[0] + ' tbody tr:not([hidden])').length;", TABLE);
    }

    @SuppressWarnings("unchecked")
    private static List<String> visible(String attribute) {
        return (List<String>) js("return Array.from(document.querySelectorAll(arguments[0] + ' tbody tr:not([hidden])'),"
                + " r => r.getAttribute(arguments[1]));", TABLE, attribute);
    }

    private static String status() {
        return driver.findElement(By.cssSelector("#kind-cytokine-change [data-status]")).getText();
    }

    private static List<LogEntry> severeLogs() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    }

    /** Checks made in the browser, which may take screenshots. */
    @FunctionalInterface
    private interface BrowserChecks {
        void run() throws IOException;
    }

    /** Runs the checks with the page laid out for print, and for the screen again after them. */
    private static void inPrint(BrowserChecks checks) throws IOException {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            checks.run();
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    /** Runs the checks on a 390 by 844 px phone screen, and on the window's own screen again after them. */
    private static void onPhone(BrowserChecks checks) throws IOException {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            checks.run();
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** A number from a DOM rectangle or style, as a double. */
    private static double number(String script, Object... args) {
        return ((Number) js(script, args)).doubleValue();
    }

    @Test
    void rendersWithoutErrorsFiltersSortsAndIsCaptured() throws IOException {
        TestRun run = Fixtures.generated(16, 5);
        open(report(run, "small"));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Cytokines in chronic pain: evidence summary");
        // an explorer's L9 (2026-12-04): the header's capitals made a build id such as 0.1.0+a21945583aa9 read 0.1.0+A21945583AA9
        assertThat(driver.findElement(By.cssSelector(".eyebrow")).getText()).startsWith("EVIDENTIA " + run.summary().evidentiaVersion() + " ·");
        assertThat(driver.findElement(By.cssSelector("#kind-cytokine-change [data-controls]")).isDisplayed())
                .as("script unhides the filters").isTrue();
        assertThat(visibleRows()).isEqualTo(80);
        assertThat(status()).isEqualTo("80 findings");
        // the script made a sort button of each sortable header's label
        assertThat(driver.findElements(By.cssSelector(TABLE + " thead th[data-sort] > button")).stream().map(WebElement::getText))
                .containsExactly("Cytokine", "Direction", "Comparison · Population", "Condition", "Specimen", "Context", "Study");
        assertThat(driver.findElement(By.cssSelector(TABLE + " th[data-sort=subject]")).getAttribute("data-label")).isEqualTo("Cytokine");

        // filter by a subject
        Select subjects = new Select(driver.findElement(By.id("kind-cytokine-change-findings-filter-subject")));
        subjects.selectByValue("IL6");
        long il6 = run.records().stream().flatMap(r -> r.findings().stream()).filter(f -> f.subject().key().equals("IL6")).count();
        assertThat(il6).isBetween(1L, 79L);
        assertThat(visibleRows()).isEqualTo(il6);
        assertThat(visible("data-subject")).containsOnly("IL6");
        // review 25, H1: the status says what is filtered, in the filters' words
        assertThat(status()).isEqualTo("Showing " + il6 + " of 80 findings, filtered to Cytokine: " + subjects.getFirstSelectedOption().getText());

        // and by population: the animal studies only
        new Select(driver.findElement(By.id("kind-cytokine-change-findings-filter-subject"))).selectByValue("");
        new Select(driver.findElement(By.id("kind-cytokine-change-findings-filter-a1"))).selectByValue("animal");
        assertThat(visible("data-a1")).containsOnly("animal");
        new Select(driver.findElement(By.id("kind-cytokine-change-findings-filter-a1"))).selectByValue("");

        // sort by study with the keyboard: descending after a second press
        List<String> bySubject = visible("data-rank-study");
        WebElement studyHeader = driver.findElement(By.cssSelector(TABLE + " th[data-sort=study] button"));
        studyHeader.sendKeys(Keys.ENTER);
        List<String> ascending = visible("data-rank-study");
        assertThat(ascending).isSortedAccordingTo((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
        assertThat(driver.findElement(By.cssSelector(TABLE + " th[data-sort=study]")).getAttribute("aria-sort")).isEqualTo("ascending");
        studyHeader.sendKeys(Keys.ENTER);
        List<String> descending = visible("data-rank-study");
        assertThat(descending).isSortedAccordingTo((a, b) -> Integer.compare(Integer.parseInt(b), Integer.parseInt(a)));
        assertThat(descending).isNotEqualTo(ascending);
        assertThat(driver.findElement(By.cssSelector(TABLE + " th[data-sort=study]")).getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(bySubject).containsExactlyInAnyOrderElementsOf(descending);

        // reset shows every row again in the original order; the script sorts once the form has reset (a task
        // later), and every row was shown before the reset, so the wait is for the sort by subject to be back
        driver.findElement(By.cssSelector("#kind-cytokine-change [data-controls] button[type=reset]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> "ascending".equals(
                d.findElement(By.cssSelector(TABLE + " th[data-sort=subject]")).getAttribute("aria-sort")));
        assertThat(visibleRows()).isEqualTo(80);
        assertThat(visible("data-order")).isSortedAccordingTo((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));

        assertThat(severeLogs()).as("console errors").isEmpty();

        driver.manage().window().setSize(new Dimension(1360, 2600));
        js("window.scrollTo(0, 0);");
        assertThat(screenshot("report.png")).isGreaterThan(10_000);
        js("document.querySelector('#kind-cytokine-change .findings-block').scrollIntoView();");
        assertThat(screenshot("report-findings.png")).isGreaterThan(10_000);
        js("document.getElementById('studies').scrollIntoView();");
        assertThat(screenshot("report-studies.png")).isGreaterThan(10_000);
    }

    @Test
    void strataOpenFromTheirLinksAndAllPrintWithoutControls() throws IOException {
        open(report(Fixtures.run(), "strata"));
        WebElement second = driver.findElement(By.cssSelector("#kind-cytokine-change-stratum-2 > details.stratum"));
        assertThat(driver.findElement(By.cssSelector(LEAD + " > details.stratum")).getAttribute("open")).isNotNull();
        assertThat(second.getAttribute("open")).isNull();
        assertThat(driver.findElement(By.cssSelector("#kind-cytokine-change-stratum-2 table.synthesis")).isDisplayed()).isFalse();

        driver.findElement(By.cssSelector("a[href='#kind-cytokine-change-stratum-2']")).click();
        assertThat(second.getAttribute("open")).isNotNull();
        assertThat(driver.findElement(By.cssSelector("#kind-cytokine-change-stratum-2 table.synthesis")).isDisplayed()).isTrue();
        js("arguments[0].open = false;", second);

        // printing opens every stratum, and closes again those that were closed
        inPrint(() -> {
            js("window.dispatchEvent(new Event('beforeprint'));");
            assertThat(driver.findElements(By.cssSelector("details.stratum:not([open])"))).isEmpty();
            // a findings table printed says how many of its findings it shows (report reader s9, M6: filtered, it said nothing)
            assertThat(driver.findElement(By.cssSelector("#kind-cytokine-change [data-status]")).isDisplayed()).isTrue();
            assertThat(driver.findElement(By.cssSelector("#kind-cytokine-change [data-controls]")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.cssSelector("nav")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.cssSelector(".compact-toggle")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.cssSelector(TABLE)).isDisplayed()).isTrue();
            driver.manage().window().setSize(new Dimension(900, 2400));
            assertThat(screenshot("report-print.png")).isGreaterThan(10_000);
            js("window.dispatchEvent(new Event('afterprint'));");
            assertThat(second.getAttribute("open")).isNull();
            assertThat(driver.findElement(By.cssSelector(LEAD + " > details.stratum")).getAttribute("open")).isNotNull();
        });
        assertThat(severeLogs()).as("console errors").isEmpty();
    }

    @Test
    void effectDirectionPlotStaysReadableAtFiveHundredStudies() throws IOException {
        TestRun run = Fixtures.generated(600, 6); // 500 human condition studies in the lead stratum, 100 animal ones
        open(report(run, "plot-500"));
        String plot = LEAD + " figure.edp-figure";
        String scroll = plot + " .edp-scroll";
        assertThat(driver.findElements(By.cssSelector(plot + " tbody tr"))).hasSize(500);
        assertThat(driver.findElements(By.cssSelector("#kind-cytokine-change-stratum-2 figure.edp-figure tbody tr"))).hasSize(100);
        assertThat(driver.findElements(By.cssSelector(plot + " thead th.edp-subject"))).hasSize(40);
        assertThat(driver.findElements(By.cssSelector(plot + " tbody th.edp-study a")).stream().map(e -> e.getAttribute("textContent")))
                .doesNotHaveDuplicates();

        // the plot scrolls inside its frame both ways, its study labels and subject headings staying in view
        js("document.querySelector(arguments[0]).scrollIntoView();", plot);
        double frameLeft = number("return document.querySelector(arguments[0]).getBoundingClientRect().left;", scroll);
        double frameTop = number("return document.querySelector(arguments[0]).getBoundingClientRect().top;", scroll);
        assertThat(number("const s = document.querySelector(arguments[0]); return s.scrollWidth - s.clientWidth;", scroll))
                .as("wider than its frame").isPositive();
        assertThat(number("const s = document.querySelector(arguments[0]); return s.scrollHeight - s.clientHeight;", scroll))
                .as("taller than its frame").isGreaterThan(5000);
        js("const s = document.querySelector(arguments[0]); s.scrollLeft = 400; s.scrollTop = 6000;", scroll);
        // the row now at the frame's middle keeps its label at the frame's left edge
        String rowInView = "const s = document.querySelector(arguments[0]); const r = s.getBoundingClientRect();"
                + " const e = document.elementFromPoint(r.left + 20, r.top + r.height / 2); return e.closest('th');";
        WebElement label = (WebElement) js(rowInView, scroll);
        assertThat(label).isNotNull();
        assertThat(label.getAttribute("class")).contains("edp-study");
        assertThat(label.getText()).matches(".+ (\\d{4}|n\\.d\\.)[a-z]? 3\\d{7}");
        assertThat(number("return arguments[0].getBoundingClientRect().left;", label)).isCloseTo(frameLeft + 1, offset(2.0));
        assertThat(number("return document.querySelector(arguments[0] + ' thead th.edp-subject:nth-child(30)').getBoundingClientRect().top;", plot))
                .isCloseTo(frameTop + 1, offset(2.0));
        assertThat(screenshot("plot-500-studies.png")).isGreaterThan(10_000);

        // compact mode: smaller rows, same content
        double rowHeight = number("return document.querySelector(arguments[0] + ' tbody tr').getBoundingClientRect().height;", plot);
        WebElement toggle = driver.findElement(By.cssSelector(plot + " .compact-toggle"));
        assertThat(toggle.isDisplayed()).isTrue();
        toggle.click();
        assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("true");
        double compactHeight = number("return document.querySelector(arguments[0] + ' tbody tr').getBoundingClientRect().height;", plot);
        assertThat(compactHeight).isLessThan(rowHeight * 0.75);
        assertThat(driver.findElements(By.cssSelector(plot + " tbody tr"))).hasSize(500);
        js("const s = document.querySelector(arguments[0]); s.scrollLeft = 0; s.scrollTop = 0;", scroll);
        assertThat(screenshot("plot-500-studies-compact.png")).isGreaterThan(10_000);
        toggle.click();
        assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("false");

        // printed, the plot neither scrolls nor sticks: it breaks across pages, its heading row repeated, and fits the width
        driver.manage().window().setSize(new Dimension(740, 1000)); // a Letter page's printable width at 96 dpi
        inPrint(() -> {
            assertThat(js("return getComputedStyle(document.querySelector(arguments[0])).overflowY;", scroll)).isEqualTo("visible");
            assertThat(js("return getComputedStyle(document.querySelector(arguments[0])).maxHeight;", scroll)).isEqualTo("none");
            assertThat(js("return getComputedStyle(document.querySelector(arguments[0] + ' thead')).display;", plot))
                    .isEqualTo("table-header-group");
            assertThat(js("return getComputedStyle(document.querySelector(arguments[0] + ' tbody th')).position;", plot)).isEqualTo("static");
            assertThat(number("const s = document.querySelector(arguments[0]); return s.scrollHeight - s.clientHeight;", scroll)).isZero();
            assertThat(number("return document.querySelector(arguments[0] + ' tbody tr:last-child').getBoundingClientRect().height;", plot))
                    .as("the last study's row is laid out").isPositive();
            assertThat(number("return document.querySelector(arguments[0] + ' table.edp').getBoundingClientRect().right;", plot))
                    .isLessThanOrEqualTo(number("return document.documentElement.clientWidth;"));
        });
        // the plot alone, printed to PDF: every study on pages of their own, none cut off
        // a rule added to the page's own style sheet: its Content-Security-Policy lets no new style element apply
        js("const sheet = document.styleSheets[0]; sheet.insertRule(arguments[0], sheet.cssRules.length);",
                "header, #flow, #studies, #reviews, #methods, footer, .kind > :not(.stratum-block), .stratum-block > :not(details),"
                        + " details.stratum > :not(figure), .stratum-block:not(" + LEAD + ") { display: none !important; }");
        Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF", Map.of("printBackground", false));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        Path file = Files.createDirectories(Path.of("target", "screenshots")).resolve("plot-500-studies.pdf");
        Files.write(file, bytes);
        assertThat(pages(bytes)).as("pages of the printed plot").isBetween(6, 20);
        assertThat(severeLogs()).as("console errors").isEmpty();
    }

    /**
     * Printed, the findings table's repeated header showed only "Evidence" (Chromium paints no
     * button in a repeated table header), PMIDs were split across lines, and an evidence matrix
     * with many values was cut off at the page's right edge.
     */
    @Test
    void printedTablesKeepTheirColumnNamesWholePmidsAndFitThePage() throws IOException {
        TestRun.Builder builder = TestRun.builder(Fixtures.CYTOKINES);
        for (int i = 0; i < 14; i++) {
            org.evidentia.api.BibliographicRecord record = org.evidentia.api.BibliographicRecord.builder()
                    .pmid(String.valueOf(34000000 + i)).title("Study " + i).author("Author" + (char) ('A' + i) + " J").year(2000 + i)
                    .section(null, "Serum IL-6 was higher in patients than in controls.").build();
            builder.record(record).finding(Fixtures.cytokine(record, "IL6", "IL-6", "IL-6", org.evidentia.api.Direction.INCREASED,
                    Fixtures.attributes("condition", "human", "post-traumatic stress disorder " + (char) ('a' + i), "serum", null)));
        }
        open(report(builder.build(), "print-tables"));
        driver.manage().window().setSize(new Dimension(740, 1000)); // a Letter page's printable width at 96 dpi
        inPrint(() -> {
            // the findings print as blocks, so no header is printed (nor its buttons, which a repeated
            // header would not paint): each attribute prints its column's name
            assertThat(js("return getComputedStyle(document.querySelector(arguments[0] + ' thead')).display;", TABLE)).isEqualTo("none");
            @SuppressWarnings("unchecked")
            List<String> labels = (List<String>) js("return Array.from(document.querySelectorAll(arguments[0]"
                    + " + ' tbody tr:first-child td[data-label]'), td => getComputedStyle(td, '::before').content);", TABLE);
            assertThat(labels).containsExactly("\"Comparison · Population: \"", "\"Condition: \"", "\"Specimen: \"", "\"Context: \"");
            assertThat(js("return getComputedStyle(document.querySelector(arguments[0] + ' td.study a.ext.pmid')).whiteSpace;", TABLE))
                    .isEqualTo("nowrap");
            // the 14-column condition matrix prints in parts, each within the page
            @SuppressWarnings("unchecked")
            List<Number> rights = (List<Number>) js("return Array.from(document.querySelectorAll('table.matrix'))"
                    + ".filter(t => t.offsetParent !== null).map(t => t.getBoundingClientRect().right);");
            assertThat(rights).hasSize(3); // specimen, then condition in two parts
            assertThat(rights).allSatisfy(r -> assertThat(r.doubleValue())
                    .isLessThanOrEqualTo(number("return document.documentElement.clientWidth;")));
            // and so does every other table
            @SuppressWarnings("unchecked")
            List<Number> tables = (List<Number>) js("return Array.from(document.querySelectorAll('table.data'))"
                    + ".filter(t => t.offsetParent !== null).map(t => t.getBoundingClientRect().right);");
            assertThat(tables).allSatisfy(r -> assertThat(r.doubleValue())
                    .isLessThanOrEqualTo(number("return document.documentElement.clientWidth;")));
            assertThat(driver.findElements(By.cssSelector(LEAD + " .print-only table.matrix caption")).stream()
                    .map(e -> e.getAttribute("textContent"))).satisfiesExactly(
                    c -> assertThat(c).endsWith("(Condition columns 1–10 of 14)"), c -> assertThat(c).endsWith("(Condition columns 11–14 of 14)"));
            driver.manage().window().setSize(new Dimension(740, 2400));
            assertThat(screenshot("report-print-tables.png")).isGreaterThan(10_000);
        });
        // on screen the matrix is one table that scrolls, and the printed parts are hidden
        assertThat(js("return Array.from(document.querySelectorAll('table.matrix')).filter(t => t.offsetParent !== null).length;"))
                .isEqualTo(2L);
        assertThat(severeLogs()).as("console errors").isEmpty();
    }

    /**
     * The il6 export's report printed on 311 pages: a findings table's evidence column had a third
     * of the page's width, so its rows, eight to a page, were as tall as a sentence cut into six
     * lines; and every study's card printed its whole abstract, half of all pages. Printed, a
     * finding is now a block (the attributes and study on a line, the sentence across the page) and
     * a card a reference (label, title, citation, votes) in two columns, without the abstract.
     */
    @Test
    void aPrintedReportListsFindingsAsBlocksAndStudiesWithoutTheirAbstracts() throws IOException {
        open(report(Fixtures.generated(60, 6), "print-short")); // 360 findings in 60 studies
        driver.manage().window().setSize(new Dimension(740, 1000)); // a Letter page's printable width at 96 dpi
        inPrint(() -> {
            js("window.dispatchEvent(new Event('beforeprint'));");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) js("return Array.from(document.querySelectorAll(arguments[0]"
                    + " + ' tbody tr')).slice(0, 20).map(r => ({row: r.getBoundingClientRect().width,"
                    + " sentence: r.querySelector('td.sentence').getBoundingClientRect().width}));", TABLE);
            assertThat(rows).hasSize(20).allSatisfy(r -> assertThat(((Number) r.get("sentence")).doubleValue())
                    .as("the sentence across the page").isGreaterThan(0.9 * ((Number) r.get("row")).doubleValue()));
            assertThat(driver.findElements(By.cssSelector("#studies .card .abstract"))).hasSize(60).noneMatch(WebElement::isDisplayed);
            assertThat(driver.findElement(By.cssSelector("#studies .print-only")).getText()).startsWith("Printed without the abstracts");
            assertThat(js("return getComputedStyle(document.getElementById('studies')).columnCount;")).isEqualTo("2");
            js("window.dispatchEvent(new Event('afterprint'));");
        });
        // on screen the cards keep their abstracts
        assertThat(driver.findElement(By.cssSelector("#studies .card .abstract")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector("#studies .print-only")).isDisplayed()).isFalse();

        Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF", Map.of("printBackground", false));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        Files.write(Files.createDirectories(Path.of("target", "screenshots")).resolve("report-printed.pdf"), bytes);
        // 51 since session 18's pointer to studies.csv in the flow diagram's caption and the key results' no-change counts; 52
        // since session 27's glossary of the report's own words (stratum, vote, breakdown, pooled contrasts) in the methods
        assertThat(pages(bytes)).as("pages of the printed report: 60 before, 46 since, 51 since, 52 since").isLessThanOrEqualTo(52);
        assertThat(severeLogs()).as("console errors").isEmpty();
    }

    /** The number of pages of a PDF that Chromium printed. */
    private static int pages(byte[] pdf) {
        Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int count = 0;
        while (pages.find()) {
            count++;
        }
        return count;
    }

    /**
     * On a 390 px phone the flow diagram's text was shrunk to about 7 px, the lead synthesis table
     * showed its first three columns with nothing to hold the subjects in view, and the findings
     * table, 1,000 px wide, broke words and hid the evidence to the right.
     */
    @Test
    void onAPhoneTheFlowDiagramTheSynthesisTableAndTheFindingsStayReadable() throws IOException {
        Path page = report(Fixtures.generated(60, 6), "phone");
        onPhone(() -> {
            open(page);
            assertThat(number("return document.documentElement.scrollWidth;")).as("nothing wider than the screen").isLessThanOrEqualTo(390);

            // the flow diagram: its narrow layout, text at its size
            js("document.getElementById('flow').scrollIntoView();");
            assertThat(js("return getComputedStyle(document.querySelector('.flow-wide')).display;")).isEqualTo("none");
            double scale = number("const s = document.querySelector('.flow-narrow');"
                    + " return s.getBoundingClientRect().width / s.viewBox.baseVal.width;");
            assertThat(scale * 14).as("the boxes' text size in px").isGreaterThanOrEqualTo(12);
            assertThat(screenshot("phone-flow.png")).isGreaterThan(10_000);

            // the lead synthesis table scrolls sideways, its subjects staying at the frame's left edge
            String frame = LEAD + " .table-scroll";
            js("document.querySelector(arguments[0]).scrollIntoView();", frame);
            assertThat(number("const s = document.querySelector(arguments[0]); return s.scrollWidth - s.clientWidth;", frame))
                    .as("wider than the screen").isPositive();
            double left = number("return document.querySelector(arguments[0]).getBoundingClientRect().left;", frame);
            js("document.querySelector(arguments[0]).scrollLeft = 250;", frame);
            assertThat(number("return document.querySelector(arguments[0] + ' table.synthesis tbody th').getBoundingClientRect().left;", frame))
                    .isCloseTo(left, offset(1.0));
            assertThat(number("return document.querySelector(arguments[0] + ' table.synthesis caption').getBoundingClientRect().right;", frame))
                    .as("the caption wraps within the screen").isLessThanOrEqualTo(390);
            assertThat(screenshot("phone-synthesis.png")).isGreaterThan(10_000);

            // the findings: one block each, as wide as the screen; the sentence across it, no word broken
            String frameOfFindings = "#kind-cytokine-change .findings-block .table-scroll";
            assertThat(number("const s = document.querySelector(arguments[0]); return s.scrollWidth - s.clientWidth;", frameOfFindings))
                    .as("no sideways scrolling").isLessThanOrEqualTo(1);
            js("document.querySelector(arguments[0] + ' tbody tr').scrollIntoView();", TABLE);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) js("return Array.from(document.querySelectorAll(arguments[0]"
                    + " + ' tbody tr')).slice(0, 20).map(r => ({row: r.getBoundingClientRect().width,"
                    + " sentence: r.querySelector('td.sentence').getBoundingClientRect().width,"
                    + " subjectLines: r.querySelector('th').getClientRects().length,"
                    + " labelled: getComputedStyle(r.querySelector('td[data-label]'), '::before').content}));", TABLE);
            assertThat(rows).hasSize(20).allSatisfy(r -> {
                assertThat(((Number) r.get("sentence")).doubleValue()).isGreaterThan(0.9 * ((Number) r.get("row")).doubleValue());
                assertThat(((Number) r.get("subjectLines")).intValue()).as("a subject label on one line").isEqualTo(1);
                assertThat((String) r.get("labelled")).as("an attribute says its column").isEqualTo("\"Comparison · Population: \"");
            });
            assertThat(driver.findElements(By.cssSelector(TABLE + " thead th[data-sort] > button"))).hasSize(7).allMatch(WebElement::isDisplayed);
            assertThat(screenshot("phone-findings.png")).isGreaterThan(10_000);
            // filtering still hides rows, once the folded filters are opened
            driver.findElement(By.cssSelector("#kind-cytokine-change [data-filters] > summary")).click();
            new Select(driver.findElement(By.id("kind-cytokine-change-findings-filter-subject"))).selectByValue("IL6");
            assertThat(js("return Array.from(document.querySelectorAll(arguments[0] + ' tbody tr[hidden]')).every(r => r.offsetHeight === 0);",
                    TABLE)).isEqualTo(true);
        });
        assertThat(severeLogs()).as("console errors").isEmpty();

        // on a desktop and in print, the wide flow diagram; on a desktop the findings as a table, as before
        driver.manage().window().setSize(new Dimension(1360, 1000));
        open(page);
        assertThat(js("return getComputedStyle(document.querySelector('.flow-narrow')).display;")).isEqualTo("none");
        assertThat(js("return getComputedStyle(document.querySelector('.flow-wide')).display;")).isNotEqualTo("none");
        assertThat(js("return getComputedStyle(document.querySelector(arguments[0])).display;", TABLE)).isEqualTo("table");
        assertThat(js("return getComputedStyle(document.querySelector(arguments[0] + ' td[data-label]'), '::before').content;", TABLE))
                .isEqualTo("none");
        driver.manage().window().setSize(new Dimension(390, 1000));
        try {
            inPrint(() -> {
                assertThat(js("return getComputedStyle(document.querySelector('.flow-narrow')).display;")).isEqualTo("none");
                assertThat(js("return getComputedStyle(document.querySelector('.flow-wide')).display;")).isNotEqualTo("none");
                // the findings print as blocks of their own, without the phone's row of sort buttons
                assertThat(js("return getComputedStyle(document.querySelector(arguments[0] + ' thead')).display;", TABLE)).isEqualTo("none");
                assertThat(js("return getComputedStyle(document.querySelector(arguments[0] + ' tbody th')).position;", LEAD + " table.synthesis"))
                        .isEqualTo("static");
            });
        } finally {
            driver.manage().window().setSize(new Dimension(1360, 1000));
        }
    }

    /**
     * A review's findings on its card were a row of columns some 600 px wider than a phone, and the methods' table of
     * input files, with each file's SHA-256, some 330 px wider: each finding is a block whose values say their
     * columns, as in the findings table, and a hash or path wraps. On a desktop both stay tables.
     */
    @Test
    void onAPhoneAReviewsFindingsAndTheMethodsTablesNeedNoSidewaysScroll() throws IOException {
        Path page = report(Fixtures.run(), "phone-cards");
        onPhone(() -> {
            open(page);
            @SuppressWarnings("unchecked")
            List<String> frames = (List<String>) js("return Array.from(document.querySelectorAll('#reviews .table-scroll, #methods .table-scroll'))"
                    + ".map(s => s.getAttribute('aria-labelledby') + ' ' + (s.scrollWidth - s.clientWidth > 1 ? 'scrolls' : 'fits'));");
            assertThat(frames).as("frames that scroll sideways").hasSizeGreaterThan(3).allSatisfy(f -> assertThat(f).endsWith(" fits"));
            @SuppressWarnings("unchecked")
            List<String> labels = (List<String>) js("return Array.from(document.querySelectorAll('#reviews table.card-findings tbody td[data-label]'))"
                    + ".map(td => getComputedStyle(td, '::before').content);");
            assertThat(labels).isNotEmpty().allSatisfy(l -> assertThat(l).as("a value says its column").matches("\"[A-Z][^\"]*: \""));
            assertThat(js("return document.querySelector('#reviews table.card-findings td[data-label]').dataset.label;"))
                    .isEqualTo(js("return document.querySelectorAll('#reviews table.card-findings thead th')[2].textContent;"));
        });
        driver.manage().window().setSize(new Dimension(1360, 1000));
        open(page);
        assertThat(js("return getComputedStyle(document.querySelector('#reviews table.card-findings')).display;")).isEqualTo("table");
        assertThat(js("return getComputedStyle(document.querySelector('#reviews table.card-findings td[data-label]'), '::before').content;"))
                .isEqualTo("none");
        assertThat(severeLogs()).as("console errors").isEmpty();
    }

    /**
     * Review s24, H9: between the phone's 700 px and the width at which the tables fit (a tablet in portrait, a laptop
     * zoomed in), the findings table kept its 1,000 px and hid the Evidence column off to the right behind rows of
     * blank space, the key results hid their condition column, and a wide table's caption, as wide as the table, cut
     * its "Scroll sideways" cue off with the columns. At 820 px the findings and the key results are blocks that fit,
     * and a caption wraps within its frame and stays there as the table scrolls.
     */
    @Test
    void onATabletTheFindingsSentencesAndTheKeyResultsAreInViewAndAWideTableSaysItScrolls() throws IOException {
        Path page = report(Fixtures.generated(60, 6), "tablet");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 820, "height", 1180, "deviceScaleFactor", 1, "mobile", false));
        try {
            open(page);
            for (String frame : List.of("#kind-cytokine-change .findings-block .table-scroll", "#kind-cytokine-change-key .table-scroll")) {
                assertThat(number("const s = document.querySelector(arguments[0]); return s.scrollWidth - s.clientWidth;", frame))
                        .as("%s scrolls sideways", frame).isLessThanOrEqualTo(1);
            }
            js("document.querySelector(arguments[0] + ' tbody tr').scrollIntoView();", TABLE);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) js("return Array.from(document.querySelectorAll(arguments[0]"
                    + " + ' tbody tr')).slice(0, 20).map(r => ({row: r.getBoundingClientRect().width,"
                    + " sentence: r.querySelector('td.sentence').getBoundingClientRect().width,"
                    + " right: r.querySelector('td.sentence').getBoundingClientRect().right}));", TABLE);
            assertThat(rows).hasSize(20).allSatisfy(r -> {
                assertThat(((Number) r.get("sentence")).doubleValue()).isGreaterThan(0.9 * ((Number) r.get("row")).doubleValue());
                assertThat(((Number) r.get("right")).doubleValue()).as("the sentence's right edge").isLessThanOrEqualTo(820);
            });
            assertThat(screenshot("tablet-findings.png")).isGreaterThan(10_000);

            @SuppressWarnings("unchecked")
            List<String> wide = (List<String>) js("return Array.from(document.querySelectorAll('.table-scroll.scrolls > table.data'),"
                    + " t => t.caption.textContent.slice(0, 40));");
            assertThat(wide).as("tables wider than their frame at 820 px").isNotEmpty();
            String lead = LEAD + " .table-scroll";
            assertThat(driver.findElement(By.cssSelector(lead)).getAttribute("class")).contains("scrolls");
            js("document.querySelector(arguments[0]).scrollIntoView();", lead);
            String edges = "const f = document.querySelector(arguments[0]).getBoundingClientRect(),"
                    + " c = document.querySelector(arguments[0] + ' caption').getBoundingClientRect();"
                    + " return [c.left - f.left, f.right - c.right];";
            for (int scrolled : List.of(0, 250)) {
                js("document.querySelector(arguments[0]).scrollLeft = arguments[1];", lead, scrolled);
                @SuppressWarnings("unchecked")
                List<Number> inside = (List<Number>) js(edges, lead);
                assertThat(inside).as("the caption's left and right margins in its frame, scrolled by %d px", scrolled)
                        .allSatisfy(m -> assertThat(m.doubleValue()).isGreaterThanOrEqualTo(-1));
            }
            assertThat((String) js("return getComputedStyle(document.querySelector(arguments[0] + ' caption'), '::after').content;", lead))
                    .contains("Scroll sideways for more columns");
            // and an effect direction plot wider than its frame says so under it (report reader s27, D8: a study's only vote hid
            // past the frame's edge, with no word)
            String plot = LEAD + " figure.edp-figure";
            js("document.querySelector(arguments[0] + ' .edp-scroll').style.width = '120px'; window.dispatchEvent(new Event('resize'));", plot);
            assertThat(driver.findElement(By.cssSelector(plot)).getAttribute("class")).contains("scrolls");
            assertThat((String) js("return getComputedStyle(document.querySelector(arguments[0] + ' figcaption'), '::after').content;", plot))
                    .contains("Scroll sideways for more columns");
            js("document.querySelector(arguments[0] + ' .edp-scroll').style.width = ''; window.dispatchEvent(new Event('resize'));", plot);
            // its own Compact view updates the cue too (the review of the change, S5): the cue cleared by hand, the frame made
            // narrow without a resize, then the button pressed
            js("const f = document.querySelector(arguments[0] + ' .edp-scroll'); f.parentNode.classList.remove('scrolls');"
                    + " f.style.width = '120px';"
                    + " const b = document.querySelector(arguments[0] + ' .compact-toggle'); b.hidden = false; b.click();", plot);
            assertThat(driver.findElement(By.cssSelector(plot)).getAttribute("class")).as("updated by the button").contains("scrolls");
            js("document.querySelector(arguments[0] + ' .compact-toggle').click();"
                    + " document.querySelector(arguments[0] + ' .edp-scroll').style.width = ''; window.dispatchEvent(new Event('resize'));", plot);
            assertThat(screenshot("tablet-synthesis.png")).isGreaterThan(10_000);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        // a desktop window keeps both tables
        driver.manage().window().setSize(new Dimension(1360, 1000));
        open(page);
        assertThat(js("return getComputedStyle(document.querySelector(arguments[0])).display;", TABLE)).isEqualTo("table");
        assertThat(js("return getComputedStyle(document.querySelector('#kind-cytokine-change-key table')).display;")).isEqualTo("table");
        assertThat(severeLogs()).as("console errors").isEmpty();
    }

    /**
     * On a 390 px phone the findings' filters, a form some 560 px tall, filled the first screen of
     * the findings: they fold behind one summary line (a {@code <details>}, opened natively), so the
     * findings start in the top half of the screen. A desktop window keeps them open, with no summary.
     */
    @Test
    void onAPhoneTheFiltersFoldAwaySoTheFindingsStartOnTheFirstScreen() throws IOException {
        Path page = report(Fixtures.generated(60, 6), "phone-filters");
        String block = "#kind-cytokine-change .findings-block";
        String fold = block + " [data-filters]";
        onPhone(() -> {
            open(page);
            js("document.querySelector(arguments[0] + ' h3').scrollIntoView();", block);
            double heading = number("return document.querySelector(arguments[0] + ' h3').getBoundingClientRect().top;", block);
            double firstFinding = number("return document.querySelector(arguments[0] + ' tbody tr').getBoundingClientRect().top;", TABLE);
            assertThat(firstFinding - heading).as("the first finding, below the findings' heading, in the top half of the screen")
                    .isLessThan(844 / 2.0);
            assertThat(driver.findElement(By.cssSelector(block + " [data-controls]")).isDisplayed()).isFalse();
            WebElement summary = driver.findElement(By.cssSelector(fold + " > summary"));
            assertThat(summary.isDisplayed()).isTrue();
            assertThat(summary.getText()).isEqualTo("Filter and search");
            assertThat(screenshot("phone-findings-filters-folded.png")).isGreaterThan(10_000);

            // a tap opens them; a filter in use is counted on the summary, so it shows when folded again
            summary.click();
            assertThat(driver.findElement(By.cssSelector(block + " [data-controls]")).isDisplayed()).isTrue();
            new Select(driver.findElement(By.id("kind-cytokine-change-findings-filter-subject"))).selectByValue("IL6");
            assertThat(visible("data-subject")).containsOnly("IL6");
            summary.click();
            assertThat(driver.findElement(By.cssSelector(block + " [data-controls]")).isDisplayed()).isFalse();
            assertThat(summary.getText()).isEqualTo("Filter and search (1 active)");
        });
        // on a desktop the filters are open, with no summary to fold them
        driver.manage().window().setSize(new Dimension(1360, 1000));
        open(page);
        assertThat(driver.findElement(By.cssSelector(fold + " > summary")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector(block + " [data-controls]")).isDisplayed()).isTrue();
        assertThat(severeLogs()).as("console errors").isEmpty();
    }

    /** On a phone IL-6's Condition cell, 14 characters wide, wrapped its 70 conditions into a row some 250 px tall. */
    @Test
    void onAPhoneAFreeTextBreakdownIsNoTallerThanTheVotesBySpecimenBesideIt() throws IOException {
        TestRun.Builder builder = TestRun.builder(Fixtures.CYTOKINES);
        for (int i = 0; i < 12; i++) {
            org.evidentia.api.BibliographicRecord record = org.evidentia.api.BibliographicRecord.builder()
                    .pmid(String.valueOf(37000000 + i)).title("Study " + i).author("Author" + (char) ('A' + i) + " J").year(2000 + i)
                    .section(null, "IL-6 was higher in patients than in controls.").build();
            builder.record(record).finding(Fixtures.cytokine(record, "IL6", "IL-6", "IL-6", org.evidentia.api.Direction.INCREASED,
                    Fixtures.attributes("condition", "human", "condition " + (char) ('a' + i), Fixtures.SPECIMENS.get(i % 5), null)));
        }
        Path page = report(builder.build(), "phone-breakdowns");
        onPhone(() -> {
            open(page);
            String row = LEAD + " table.synthesis tbody tr";
            double top = number("return document.querySelector(arguments[0]).getBoundingClientRect().top;", row);
            // where each cell's text ends: the last specimen's line, and the fold under the conditions
            double specimens = number("return document.querySelector(arguments[0] + ' td.breakdown.voted .bv:last-of-type')"
                    + ".getBoundingClientRect().bottom;", row) - top;
            double conditions = number("return document.querySelector(arguments[0] + ' td.breakdown:not(.voted) details > summary')"
                    + ".getBoundingClientRect().bottom;", row) - top;
            assertThat(specimens).as("five specimens, a line each").isGreaterThan(80);
            assertThat(conditions).as("five conditions and 'and 7 more'").isLessThanOrEqualTo(specimens);
        });
    }

    /**
     * Review 9, finding 4: from a synthesis row no path led to the findings it counts; a reader set
     * three filters by hand. The row's link sets them, through an address that can be shared, and a
     * card's chip sets them to one study's findings.
     */
    @Test
    void aSynthesisRowOrAChipShowsTheFindingsBehindItThroughAnAddressThatCanBeShared() throws IOException {
        Path page = report(Fixtures.generated(16, 5), "findings-links");
        open(page);
        WebElement link = driver.findElement(By.cssSelector(LEAD + " table.synthesis tbody td a.to-findings"));
        String subject = (String) js("return arguments[0].getAttribute('data-findings-filter').split('&')[0].split('=')[1];", link);
        long behind = Long.parseLong(link.getAttribute("textContent").split(" ")[0]);
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> visibleRows() == behind);
        assertThat(status()).startsWith("Showing " + behind + " of 80 findings, filtered to Cytokine: ").contains("; Population: human");
        assertThat(visible("data-subject")).containsOnly(subject);
        assertThat(visible("data-a0")).containsOnly("condition");
        assertThat(visible("data-a1")).containsOnly("human");
        assertThat(new Select(driver.findElement(By.id("kind-cytokine-change-findings-filter-subject"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo(subject);
        String address = driver.getCurrentUrl();
        assertThat(address).contains("#kind-cytokine-change-findings-table?subject=" + subject + "&a0=condition&a1=human");
        assertThat(number("return document.querySelector(arguments[0]).getBoundingClientRect().top;", "#kind-cytokine-change .findings-block"))
                .as("the findings in view").isBetween(-5.0, 300.0);

        // the address opens the page with the same filters set
        driver.get("about:blank");
        driver.get(address);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> visibleRows() == behind);
        assertThat(visible("data-subject")).containsOnly(subject);

        // a chip: one study's findings on its subject in the stratum
        open(page);
        WebElement chip = driver.findElement(By.cssSelector("#studies .card .chip a"));
        String study = (String) js("return arguments[0].closest('.card').id;", chip);
        js("arguments[0].scrollIntoView();", chip);
        chip.click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> visible("data-study").stream().allMatch(study::equals));
        assertThat(visibleRows()).isPositive();
        assertThat(driver.getCurrentUrl()).contains("study=" + study);

        // review 11, finding 1: a review's finding on the subject in the stratum casts no vote, so it is not the row's
        open(report(Fixtures.run(), "findings-links-review"));
        WebElement il6 = driver.findElement(By.cssSelector(LEAD + " table.synthesis tbody td a.to-findings"));
        assertThat(il6.getAttribute("textContent")).startsWith("2 findings of IL-6");
        il6.click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> visibleRows() == 2);
        assertThat(status()).startsWith("Showing 2 of 8 findings, filtered to Cytokine: ");
        assertThat(visible("data-votes")).containsOnly("yes");
        assertThat(new Select(driver.findElement(By.id("kind-cytokine-change-findings-filter-votes"))).getFirstSelectedOption()
                .getText()).isEqualTo("voting");
        assertThat(severeLogs()).as("console errors").isEmpty();
    }

    /**
     * The review of session 24, H2: a findings row's own address (every findings link's href, which "copy link" and a new
     * tab use) opened the page at its top when the row was past the first 500 shown, or filtered away: it shows the row.
     */
    @Test
    void aFindingsRowsOwnAddressShowsTheRowPastThePageLimitOrAFilter() throws IOException {
        Path page = report(Fixtures.generated(120, 5), "row-address");
        String row = "kind-cytokine-change-findings-row-550";
        driver.get(page.toUri() + "#" + row);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> Boolean.FALSE.equals(js("return document.getElementById(arguments[0]).hidden;", row)));
        assertThat(number("return document.getElementById(arguments[0]).getBoundingClientRect().top;", row)).as("in view")
                .isBetween(-5.0, 1000.0);

        // filtered to voting studies, whose findings are more than the page shows, the row past the limit is shown and the
        // reader's filter kept (the review of the change, R9: every filter was cleared)
        driver.get(page.toUri() + "#kind-cytokine-change-findings-table?votes=yes");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> status().contains("filtered"));
        assertThat(js("return document.getElementById(arguments[0]).hidden;", row)).isEqualTo(true);
        js("location.hash = arguments[0];", row);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> Boolean.FALSE.equals(js("return document.getElementById(arguments[0]).hidden;", row)));
        assertThat(status()).contains("filtered to Studies: voting");

        // filtered to one study, the address of a finding of another study shows it, the filter cleared
        WebElement chip = driver.findElement(By.cssSelector("#studies .card .chip a"));
        js("arguments[0].scrollIntoView();", chip);
        chip.click();
        String other = (String) js("return Array.from(document.querySelectorAll('#kind-cytokine-change-findings-table tbody tr[hidden]'))"
                + ".find(r => r.getAttribute('data-study') !== document.querySelector('#kind-cytokine-change-findings-table tbody"
                + " tr:not([hidden])').getAttribute('data-study')).id;");
        js("location.hash = arguments[0];", other);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> Boolean.FALSE.equals(js("return document.getElementById(arguments[0]).hidden;", other)));
        assertThat(status()).doesNotContain("filtered");
        assertThat(js("return document.activeElement.closest('tr') && document.activeElement.closest('tr').id;")).isEqualTo(other);
        assertThat(severeLogs()).as("console errors").isEmpty();
    }

    /**
     * Review 25, H1: a link to findings (a plot's vote, a card's chip, a synthesis row's count) scrolled to the
     * findings table but left the keyboard focus on the link, so the next Tab went back into the plot, and a
     * screen reader heard the status and nothing else. Pressing Enter on one now puts the focus on the first
     * finding it shows, in view, and the next Tab reads on in that finding.
     */
    @Test
    void aLinkToFindingsTakesTheKeyboardFocusToTheFirstFindingItShows() throws IOException {
        Path page = report(Fixtures.generated(16, 5), "focus-findings");
        for (String link : List.of(LEAD + " figure.edp-figure td a[data-findings-filter]", "#studies .card .chip a",
                LEAD + " table.synthesis tbody td a.to-findings")) {
            driver.get("about:blank");
            open(page);
            WebElement a = driver.findElement(By.cssSelector(link));
            js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", a);
            a.sendKeys(Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> js("return document.activeElement.closest(arguments[0]) !== null;", TABLE));
            assertThat(js("return document.activeElement === document.querySelector(arguments[0] + ' tbody tr:not([hidden]) > th');", TABLE))
                    .as(link + ": the focus on the first finding shown").isEqualTo(true);
            double top = number("return document.activeElement.getBoundingClientRect().top;");
            assertThat(top).as("in view").isBetween(0.0, number("return window.innerHeight;") - 20);
            assertThat(status()).contains(", filtered to ");
            new Actions(driver).sendKeys(Keys.TAB).perform();
            assertThat(js("return document.activeElement.closest(arguments[0] + ' tbody tr:not([hidden])') !== null;", TABLE))
                    .as(link + ": the next Tab stays in the finding").isEqualTo(true);
        }
        assertThat(severeLogs()).as("console errors").isEmpty();
    }

    /**
     * Review 25, H2: the first filter of the il6 report's findings was its 1,206th tab stop, behind 895 plot cells
     * and 68 table frames. The navigation now leads to each kind's findings, a skip link at the top of a kind's
     * section leads there too, one before each plot past it, and a table frame is a tab stop only when it scrolls.
     */
    @Test
    void aKeyboardReaderReachesTheFindingsInAFewKeyPressesAndSkipsPastAPlot() throws IOException {
        open(report(Fixtures.generated(60, 6), "keyboard-route"));
        String filter = "kind-cytokine-change-findings-filter-subject";
        // from the top of the page: Tab to the navigation's findings entry, Enter, Tab: the first filter
        int presses = 0;
        while (!"#kind-cytokine-change-findings-heading".equals(js("return document.activeElement.getAttribute('href');")) && presses < 20) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            presses++;
        }
        assertThat(presses).as("Tabs from the top to the navigation's Cytokine findings").isLessThanOrEqualTo(6);
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Cytokine findings");
        follow();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo(filter);

        // the kind's skip link: out of sight until focused, then shown; Enter and Tab lead to the first filter
        WebElement kindSkip = driver.findElement(By.cssSelector("#kind-cytokine-change > a.skip-inline"));
        assertThat(number("return arguments[0].getBoundingClientRect().width;", kindSkip)).isLessThanOrEqualTo(1);
        js("arguments[0].focus();", kindSkip);
        assertThat(number("return arguments[0].getBoundingClientRect().width;", kindSkip)).isGreaterThan(100);
        follow();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo(filter);

        // the plot's skip link: Enter, then Tab goes on after the plot, not to its first study
        String figure = LEAD + " figure.edp-figure";
        WebElement plotSkip = driver.findElement(By.cssSelector(figure + " a.skip-inline"));
        js("arguments[0].focus();", plotSkip);
        assertThat(plotSkip.isDisplayed()).isTrue();
        assertThat(screenshot("keyboard-skip-plot.png")).isGreaterThan(10_000);
        follow();
        assertThat(js("const e = document.activeElement, f = document.querySelector(arguments[0]);"
                + " return e !== document.body && !f.contains(e) && (f.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;", figure))
                .as("the focus after the plot, not on " + js("return document.activeElement.outerHTML.slice(0, 160) + ' at ' + location.hash;"))
                .isEqualTo(true);

        // review 25, L3: a frame that does not scroll is no tab stop; the page marks each one, for a browser without the script
        assertThat(driver.findElement(By.cssSelector("#kind-cytokine-change-key .table-scroll")).getAttribute("tabindex")).isNull();
        assertThat(driver.findElement(By.cssSelector(LEAD + " .edp-scroll")).getAttribute("tabindex")).isEqualTo("0");
        assertThat(severeLogs()).as("console errors").isEmpty();
    }

    /**
     * Review 25, M3: the filters' borders were 2.65:1 against their panel and the sort buttons had none. Every
     * control's boundary is now at 3:1 or more against its own fill and what is around it (WCAG 1.4.11).
     * M4: after a second press the Direction button was named "Direction ▼", ▼ being this report's "decreased";
     * the sort marks are arrows, left out of the button's name (aria-sort states the order).
     */
    @Test
    void controlsStandOutAndTheSortStateIsNoVoteSymbol() throws IOException {
        open(report(Fixtures.generated(16, 5), "controls"));
        for (String control : List.of(".control select", ".control input", ".control button", ".compact-toggle", TABLE + " th[data-sort] button")) {
            @SuppressWarnings("unchecked")
            Map<String, String> colours = (Map<String, String>) js("const e = document.querySelector(arguments[0]), s = getComputedStyle(e);"
                    + " let p = e.parentElement; while (p && getComputedStyle(p).backgroundColor === 'rgba(0, 0, 0, 0)') { p = p.parentElement; }"
                    + " const around = p ? getComputedStyle(p).backgroundColor : 'rgb(255, 255, 255)';"
                    + " return {border: s.borderBottomColor, width: s.borderBottomWidth,"
                    + " fill: s.backgroundColor === 'rgba(0, 0, 0, 0)' ? around : s.backgroundColor, around: around};", control);
            assertThat(colours.get("width")).as(control).isNotEqualTo("0px");
            assertThat(contrast(colours.get("border"), colours.get("fill"))).as(control + " border on its fill " + colours).isGreaterThanOrEqualTo(3.0);
            assertThat(contrast(colours.get("border"), colours.get("around"))).as(control + " border on its ground " + colours).isGreaterThanOrEqualTo(3.0);
        }
        WebElement direction = driver.findElement(By.cssSelector(TABLE + " th[data-sort=direction] button"));
        assertThat(accessibleName(direction)).isEqualTo("Direction");
        direction.sendKeys(Keys.ENTER);
        direction.sendKeys(Keys.ENTER);
        assertThat(driver.findElement(By.cssSelector(TABLE + " th[data-sort=direction]")).getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(accessibleName(direction)).as("the name, without the sort mark").isEqualTo("Direction");
        assertThat((String) js("return getComputedStyle(arguments[0], '::after').content;", direction)).contains("↓").doesNotContain("▲", "▼");

        // review 25, L4: a highlighted mention is bold and underlined at 3:1 or more, not told by its colour alone
        assertThat(js("const s = getComputedStyle(document.querySelector(arguments[0] + ' td.sentence mark')); return s.fontWeight + ' ' + s.boxShadow;",
                TABLE)).isEqualTo("600 rgb(122, 92, 0) 0px -2px 0px 0px inset");
        // L7: a summary reached by the keyboard has the page's focus outline, not the browser's own ring
        WebElement summary = driver.findElement(By.cssSelector("details.stratum > summary"));
        js("arguments[0].focus();", summary);
        assertThat(js("const s = getComputedStyle(arguments[0]); return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor;", summary))
                .isEqualTo("solid 3px rgb(180, 83, 9)");
        assertThat(severeLogs()).as("console errors").isEmpty();
    }

    /**
     * Review 25, M2: a study's label in the plot was cut at 260 px (170 px in compact view), so a PMID or the year's
     * letter was lost, the more so with WCAG 1.4.12's text spacing. M6: at 320 px (400 % zoom) the methods' options
     * made the whole page scroll sideways. Labels now wrap, whole, and the options break.
     */
    @Test
    void plotLabelsWrapWholeAndThePageReflowsAtThreeHundredTwentyPixels() throws IOException {
        TestRun.Builder builder = TestRun.builder(Fixtures.CYTOKINES);
        for (int i = 0; i < 6; i++) {
            BibliographicRecord record = BibliographicRecord.builder().pmid(String.valueOf(38500000 + i)).title("Study " + i)
                    .author("Domínguez Rodríguez-Castellanos" + (char) ('a' + i) + " J").author("Second A").year(2003)
                    .section(null, "IL-6 was higher in patients than in controls.").build();
            builder.record(record).finding(Fixtures.cytokine(record, "IL6", "IL-6", "IL-6", Direction.INCREASED,
                    Fixtures.attributes("condition", "human", "obstructive sleep apnea", "serum", null)));
        }
        open(report(builder.build(), "labels"));
        String labels = LEAD + " .edp tbody th.edp-study";
        String cut = "return Array.from(document.querySelectorAll(arguments[0])).filter(t => t.scrollWidth > t.clientWidth + 1"
                + " || t.querySelector('.pmid') && t.querySelector('.pmid').getBoundingClientRect().right > t.getBoundingClientRect().right + 1).length;";
        assertThat(driver.findElements(By.cssSelector(labels))).hasSize(6);
        assertThat(driver.findElement(By.cssSelector(labels)).getText()).startsWith("Domínguez Rodríguez-Castellanosa et al. 2003").endsWith("38500000");
        assertThat(js(cut, labels)).as("labels cut").isEqualTo(0L);
        assertThat(number("return document.querySelector(arguments[0]).getClientRects().length;", labels + " .pmid")).isEqualTo(1);
        driver.findElement(By.cssSelector(LEAD + " .compact-toggle")).click();
        assertThat(js(cut, labels)).as("labels cut in compact view").isEqualTo(0L);
        driver.findElement(By.cssSelector(LEAD + " .compact-toggle")).click();
        // WCAG 1.4.12's spacing, set as a reader's tool would (the page's policy refuses a new style sheet, not these)
        js("document.querySelectorAll(arguments[0] + ', ' + arguments[0] + ' *').forEach(e => { const s = e.style;"
                + " s.setProperty('line-height', '1.5', 'important'); s.setProperty('letter-spacing', '0.12em', 'important');"
                + " s.setProperty('word-spacing', '0.16em', 'important'); });", labels);
        assertThat(js(cut, labels)).as("labels cut with text spacing").isEqualTo(0L);
        assertThat(screenshot("plot-long-labels.png")).isGreaterThan(5_000);

        // the review of session 24, H1: a notice naming its file by a long path, and an abstract's registry address, have no
        // break of their own, and pushed the page sideways
        BibliographicRecord registered = BibliographicRecord.builder().pmid("38600001").title("A registered trial").author("Smith J")
                .year(2020).section(null, "IL-6 was higher in patients than in controls (https://clinicaltrials.example.org/study/"
                        + "NCT0123456789/results/very/long/path/without/any/break).").build();
        TestRun longWords = TestRun.builder(Fixtures.CYTOKINES).record(registered)
                .finding(Fixtures.cytokine(registered, "IL6", "IL-6", "IL-6", Direction.INCREASED,
                        Fixtures.attributes("condition", "human", null, "serum", null)))
                .notice("/home/reviewer/exports/pubmed/2026-12/anopheles_gambiae_pubmed_10000_records_exported_as_csv.csv: PubMed CSV"
                        + " exports carry no abstracts").build();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", false));
        try {
            for (Path page : List.of(report(Fixtures.generated(16, 5), "reflow"), report(longWords, "reflow-long-words"))) {
                open(page);
                js("document.getElementById('methods').scrollIntoView();");
                assertThat(js("return getComputedStyle(document.querySelector('#methods-limits-text code')).whiteSpace;")).isEqualTo("normal");
                @SuppressWarnings("unchecked")
                List<String> wide = (List<String>) js("const w = document.documentElement.clientWidth; return Array.from(document.querySelectorAll('body *'))"
                        + ".filter(e => e.getBoundingClientRect().right > w + 1 && !e.closest('.table-scroll, .edp-scroll')).map(e => e.outerHTML.slice(0, 120));");
                assertThat(wide).as("wider than a 320 px window, outside a frame that scrolls: " + page).isEmpty();
                assertThat(number("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")).isLessThanOrEqualTo(0);
            }
            assertThat(driver.findElement(By.cssSelector(".methods-notices li")).getText()).contains("anopheles_gambiae");
            assertThat(screenshot("reflow-320-methods.png")).isGreaterThan(5_000);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        assertThat(severeLogs()).as("console errors").isEmpty();
    }

    /**
     * Presses Enter on the focused link, checks that the focus goes to its target (a skip link's target takes the
     * focus, tabindex -1, so that the next Tab goes on from there in every browser), and presses Tab.
     */
    private static void follow() {
        String target = ((String) js("return document.activeElement.getAttribute('href');")).substring(1);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> target.equals(js("return document.activeElement.id;")));
        new Actions(driver).sendKeys(Keys.TAB).perform();
    }

    /** The contrast ratio of two computed colours, rgb(r, g, b), as WCAG defines it. */
    private static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String rgb) {
        Matcher m = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(rgb);
        assertThat(m.find()).as(rgb).isTrue();
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(m.group(i + 1)) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    /** An element's accessible name as Chromium computes it for assistive technology. */
    @SuppressWarnings("unchecked")
    private static String accessibleName(WebElement element) {
        js("arguments[0].setAttribute('data-name-probe', '');", element);
        try {
            Map<String, Object> document = driver.executeCdpCommand("DOM.getDocument", Map.of("depth", 0));
            Object root = ((Map<String, Object>) document.get("root")).get("nodeId");
            Object node = driver.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root, "selector", "[data-name-probe]")).get("nodeId");
            List<Map<String, Object>> nodes = (List<Map<String, Object>>) driver.executeCdpCommand("Accessibility.getPartialAXTree",
                    Map.of("nodeId", node, "fetchRelatives", false)).get("nodes");
            return (String) ((Map<String, Object>) nodes.get(0).get("name")).get("value");
        } finally {
            js("arguments[0].removeAttribute('data-name-probe');", element);
        }
    }

    /**
     * An address cut short or typed by hand ("%E0" is no encoding) sets no filter and stops nothing:
     * decoding it threw in the script's start, before the wide tables got their scroll cue.
     */
    @Test
    void anAddressThatIsNoValidEncodingSetsNoFilterAndTheReportStillWorks() throws IOException {
        Path page = report(Fixtures.generated(16, 5), "bad-address");
        driver.get(page.toUri() + "#kind-cytokine-change-findings-table?subject=%E0");
        assertThat(status()).isEqualTo("80 findings");
        assertThat(new Select(driver.findElement(By.id("kind-cytokine-change-findings-filter-subject"))).getFirstSelectedOption()
                .getAttribute("value")).isEmpty();
        driver.get(page.toUri() + "#kind-cytokine-change-findings-table%E0?subject=IL6");
        assertThat(status()).isEqualTo("80 findings");
        assertThat(severeLogs()).as("console errors").isEmpty();
    }

    /**
     * READREV, M7: a focused report printed the fold of the studies to check by hand as a dead "The 2 studies to check by
     * hand" line: neither the print styles nor the script opened it, as they open every other fold.
     */
    @Test
    void printingOpensTheListOfStudiesAFocusLostToCheckByHand() throws IOException {
        BibliographicRecord kept = BibliographicRecord.builder().pmid("41000001").title("Kept").author("Kemp K").year(2020)
                .section(null, "Serum IL-6 was higher in patients.").origin(new Origin("medline", "a.nbib", 1, 1)).build();
        BibliographicRecord lost = BibliographicRecord.builder().pmid("41000002").title("Cytokines in fibromyalgia").author("Abel A").year(2020)
                .section(null, "Serum IL-6 was higher in patients.").origin(new Origin("medline", "a.nbib", 2, 9)).build();
        BibliographicRecord unnamed = BibliographicRecord.builder().pmid("41000003").title("Cytokines in sleepers").author("Bell B").year(2020)
                .section(null, "Serum IL-6 was higher in patients.").origin(new Origin("medline", "a.nbib", 3, 17)).build();
        java.util.function.BiFunction<BibliographicRecord, String, Finding> il6 = (record, condition) -> {
            Map<String, String> attributes = new java.util.HashMap<>();
            attributes.put("comparison", "condition");
            attributes.put("population", "human");
            attributes.put("condition", condition);
            return TestRun.finding(record, Fixtures.CYTOKINES, "IL6", "IL-6", "IL-6", Direction.INCREASED, attributes);
        };
        TestRun run = TestRun.builder(Fixtures.CYTOKINES).records(List.of(kept, lost, unnamed))
                .findings(List.of(il6.apply(kept, "fibromyalgia"), il6.apply(lost, null), il6.apply(unnamed, null))).focus("condition=fibromyalgia").build();
        open(report(run, "print-focus-list"));
        String list = "details#focus-to-check";
        assertThat(js("return document.querySelector(arguments[0]).open;", list)).isEqualTo(false);
        inPrint(() -> {
            // print media alone (a browser without the script) lays the list out
            assertThat(number("return document.querySelector(arguments[0] + ' table').getBoundingClientRect().height;", list))
                    .as("the list's table laid out").isGreaterThan(20);
            // a study that does not name the focus is on screen only (report reader s27, D3: 37 pages of them for 3 findings)
            assertThat(number("return document.querySelector(arguments[0] + ' tr.names-not').getBoundingClientRect().height;", list))
                    .as("the row of a study not naming the focus").isZero();
            js("window.dispatchEvent(new Event('beforeprint'));");
            assertThat(js("return document.querySelector(arguments[0]).open;", list)).isEqualTo(true);
            js("window.dispatchEvent(new Event('afterprint'));");
            assertThat(js("return document.querySelector(arguments[0]).open;", list)).as("closed again after").isEqualTo(false);
        });
        assertThat(severeLogs()).as("console errors").isEmpty();
    }

    /**
     * Review 9, findings 5 and 9: printed, the folded "and 3 more" values stayed folded, so the
     * specimens pooled were not on paper; a table's caption and header sat alone at a page's foot;
     * a matrix's value headers broke into letter groups. Without the script, closed strata print open too.
     * Review 11, finding 2: kept with the table below it, a stratum's caution split across pages.
     */
    @Test
    void printingOpensFoldedValuesKeepsCaptionsWithTheirRowsAndTurnsMatrixHeaders() throws IOException {
        // 11 conditions (5 shown, 6 folded) in the condition stratum; one intervention study makes a second, closed stratum
        TestRun run = Fixtures.il6Studies(39000000, 12, i -> Fixtures.attributes(i < 11 ? "condition" : "intervention", "human",
                "impaired glucose tolerance " + (char) ('a' + i), Fixtures.SPECIMENS.get(i % 5), null)).build();
        open(report(run, "print-folded"));
        String folded = LEAD + " details.more-values";
        assertThat(js("return document.querySelector(arguments[0]).open;", folded)).isEqualTo(false);
        inPrint(() -> {
            // with print media alone (no beforeprint: a browser without the script) the folded values and closed strata show
            assertThat(driver.findElement(By.cssSelector(folded + " > summary")).isDisplayed()).isFalse();
            assertThat(number("return document.querySelector(arguments[0]).getBoundingClientRect().height;", folded))
                    .as("the folded values laid out").isGreaterThan(10);
            // (WebDriver counts nothing in a closed details as displayed: its size says what is laid out)
            assertThat(number("return document.querySelector('#kind-cytokine-change-stratum-2 table.synthesis').getBoundingClientRect().height;"))
                    .as("a closed stratum's table laid out").isGreaterThan(20);
            assertThat(js("return getComputedStyle(document.querySelector(arguments[0] + ' table.synthesis caption')).breakAfter;", LEAD))
                    .isEqualTo("avoid");
            assertThat(js("return getComputedStyle(document.querySelector(arguments[0] + ' table.synthesis tbody tr')).breakBefore;", LEAD))
                    .isEqualTo("avoid");
            // review 11, finding 2: the stratum's caution stays whole, and may leave the table to the next page (kept with a
            // first row most of a page tall, it split, its box's background running empty to the page's foot)
            assertThat(js("const s = getComputedStyle(document.querySelector(arguments[0] + ' .caveat')); return s.breakInside + ' ' + s.breakAfter;",
                    LEAD)).isEqualTo("avoid auto");
            assertThat(js("return getComputedStyle(document.querySelector(arguments[0] + ' .print-only table.matrix thead th.num > span'))"
                    + ".writingMode;", LEAD)).isEqualTo("vertical-rl");
            // and the script opens them for the print, and closes them again after
            js("window.dispatchEvent(new Event('beforeprint'));");
            assertThat(driver.findElements(By.cssSelector("details.more-values:not([open])"))).isEmpty();
            js("window.dispatchEvent(new Event('afterprint'));");
            assertThat(js("return document.querySelector(arguments[0]).open;", folded)).isEqualTo(false);
        });
        // on screen they stay folded
        assertThat(number("return document.querySelector(arguments[0]).getBoundingClientRect().height;", folded))
                .isEqualTo(number("return document.querySelector(arguments[0] + ' > summary').getBoundingClientRect().height;", folded));
        assertThat(severeLogs()).as("console errors").isEmpty();
    }

    /**
     * Review 9, finding 7: on a 390 px phone the key results showed Cytokine, Studies and Votes, and
     * p and the specimens only after a sideways scroll that nothing pointed to. Each key result is now
     * a block; a table that does scroll says so in its caption.
     */
    @Test
    void onAPhoneKeyResultsNeedNoSidewaysScrollAndAWideTableSaysItScrolls() throws IOException {
        Path page = report(Fixtures.generated(60, 6), "phone-key");
        onPhone(() -> {
            open(page);
            String frame = "#kind-cytokine-change-key .table-scroll";
            js("document.querySelector(arguments[0]).scrollIntoView();", frame);
            assertThat(number("const s = document.querySelector(arguments[0]); return s.scrollWidth - s.clientWidth;", frame))
                    .as("no sideways scroll").isLessThanOrEqualTo(1);
            @SuppressWarnings("unchecked")
            List<Number> rights = (List<Number>) js("return Array.from(document.querySelectorAll(arguments[0]"
                    + " + ' td[data-label]')).map(td => td.getBoundingClientRect().right);", frame);
            assertThat(rights).hasSize(32).allSatisfy(r -> assertThat(r.doubleValue()).isLessThanOrEqualTo(390));
            // review 11, finding 5: "Sign test p: <" ended a line and "0.001" began the next; a label stays with its value
            @SuppressWarnings("unchecked")
            List<String> broken = (List<String>) js("return Array.from(document.querySelectorAll(arguments[0]"
                    + " + ' td[data-label]:not(.breakdown), ' + arguments[0] + ' td.votes')).filter(td => td.getClientRects().length > 1).map(td => td.textContent);", frame);
            assertThat(broken).as("label and value pairs broken across lines").isEmpty();
            assertThat(js("return getComputedStyle(document.querySelector(arguments[0] + ' td[data-label=\"Sign test p\"]'), '::before')"
                    + ".content;", frame)).isEqualTo("\"Sign test p: \"");
            assertThat(screenshot("phone-key-results.png")).isGreaterThan(10_000);

            String lead = LEAD + " .table-scroll";
            assertThat(driver.findElement(By.cssSelector(lead)).getAttribute("class")).contains("scrolls");
            assertThat(driver.findElement(By.cssSelector(lead)).getAttribute("tabindex")).as("a frame that scrolls is a tab stop").isEqualTo("0");
            assertThat((String) js("return getComputedStyle(document.querySelector(arguments[0] + ' caption'), '::after').content;", lead))
                    .contains("Scroll sideways for more columns");

            // a row's link to its findings leaves the phone's filters folded, counting those it set, so the findings show
            js("document.querySelector(arguments[0] + ' a.to-findings').click();", LEAD);
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> status().startsWith("Showing "));
            assertThat(js("return document.querySelector('#kind-cytokine-change [data-filters]').open;")).isEqualTo(false);
            assertThat(driver.findElement(By.cssSelector("#kind-cytokine-change [data-filters] > summary")).getText())
                    .isEqualTo("Filter and search (4 active)");
        });
        // on a desktop the lead table fits: no cue
        driver.manage().window().setSize(new Dimension(1360, 1000));
        open(page);
        assertThat(driver.findElement(By.cssSelector("#kind-cytokine-change-key .table-scroll")).getAttribute("class")).doesNotContain("scrolls");
        assertThat(severeLogs()).as("console errors").isEmpty();
    }

    /**
     * Review 20, M1 and H3: on a 1280 × 800 laptop, whose window shows 657 px of page, the answer was
     * below the first screen: the first key result ended at 941 px, then (the accuracy folded) at
     * 747 px of the il6 export's report, under a "Read this first" box of five points. The key results
     * now come first, opened by one line that sends the reader to the box, which follows them; this
     * report's box is as long as the il6 export's (two kinds, their accuracy, a notice, records without
     * publication types or abstract). The rarer votes' sentences open in place.
     */
    @Test
    void theFirstKeyResultIsOnTheFirstScreenOfALaptopAndItsRarerVotesOpenInPlace() throws IOException {
        FindingKind markers = new FindingKind("marker-change", "Marker", "Markers", Fixtures.WIDGETS.attributes(), Map.of(), KeyResultsTest.STATED);
        TestRun.Builder builder = KeyResultsTest.votes(12, 7, markers).notice("CSV exports carry no abstracts");
        for (int i = 0; i < 3; i++) { // title only, no publication types: as an abstract-text export's records without abstract
            BibliographicRecord untyped = BibliographicRecord.builder().pmid(String.valueOf(39100000 + i)).title("Sprockets rose in plot " + i)
                    .author("Untyped" + (char) ('A' + i) + " U").year(2010 + i).build();
            builder.record(untyped).finding(TestRun.finding(untyped, markers, "SPROCKET", "Sprocket", "Sprockets", Direction.INCREASED,
                    Map.of("site", "north", "colour", "red")));
        }
        Path page = report(builder.build(), "laptop");
        driver.manage().window().setSize(new Dimension(1280, 800));
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1280, "height", 657, "deviceScaleFactor", 1, "mobile", false));
        try {
            open(page);
            assertThat(driver.findElements(By.cssSelector("section.read-first > ul > li"))).as("a box as long as the il6 export's").hasSizeGreaterThanOrEqualTo(5);
            assertThat(screenshot("laptop-first-screen.png")).isGreaterThan(10_000);
            long screen = (Long) js("return window.innerHeight;");
            assertThat(screen).isEqualTo(657);
            Number bottom = (Number) js("return document.querySelector('#kind-cytokine-change-key tr.key-row').getBoundingClientRect().bottom;");
            assertThat(bottom.doubleValue()).as("the first key result's bottom, in a window " + screen + " px high").isLessThanOrEqualTo(screen);
            // what to know before citing a count is on that screen too, and leads to the box below the key results
            WebElement pointer = driver.findElement(By.cssSelector("#key-results p.read-first-pointer"));
            assertThat(pointer.getText()).startsWith("Before citing a count, read this first (below the key results): the findings were"
                    + " extracted automatically and no person checked them");
            assertThat(number("return arguments[0].getBoundingClientRect().bottom;", pointer)).isLessThan(bottom.doubleValue());
            assertThat(number("return document.querySelector('section.read-first').getBoundingClientRect().top;"))
                    .as("the box follows the key results").isGreaterThan(number("return document.getElementById('key-results').getBoundingClientRect().bottom;"));
            pointer.findElement(By.tagName("a")).click();
            new WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(d -> Math.abs(number("return document.getElementById('read-first').getBoundingClientRect().top;")) < 40);
            js("window.scrollTo(0, 0);");
            checkRarerVotesInPlace(screen);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /**
     * READREV, L10: at 1280 px the key results' Condition column was cut at the box's edge, so that "obstructive sleep
     * apnea with hypertension (1) ▲0 ▼1" lost its ◆. A long value now wraps, its votes whole. M8 and M9: why a row has no
     * p, and the studies stating no value, are on screen and on paper, not in a tooltip.
     */
    @Test
    void atTwelveEightyPixelsAndInPrintAKeyResultShowsEveryValueWholeAndWhyItHasNoP() throws IOException {
        TestRun.Builder builder = KeyResultsTest.votes(2, 0); // and 3 below: 5 votes, too few for a test
        String[] conditions = {"obstructive sleep apnea with hypertension and daytime sleepiness", "major depressive disorder with"
                + " melancholic features", "chronic obstructive pulmonary disease with frequent exacerbations"};
        for (int i = 0; i < conditions.length; i++) {
            BibliographicRecord r = BibliographicRecord.builder().pmid(String.valueOf(39800000 + i)).title("Long " + i)
                    .author("Long" + (char) ('A' + i) + " L").year(2015 + i).publicationType("Journal Article")
                    .section("RESULTS", "Serum IL-6 was lower in patients with a long condition than in controls.").build();
            builder.record(r).finding(TestRun.finding(r, Fixtures.CYTOKINES, "IL6", "IL-6", "IL-6", Direction.DECREASED,
                    Fixtures.attributes("condition", "human", conditions[i], "plasma", null)));
        }
        Path page = report(builder.build(), "wide-values");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        try {
            open(page);
            checkKeyResultWhole();
            assertThat(screenshot("key-results-1280.png")).isGreaterThan(10_000);
            inPrint(() -> {
                js("window.dispatchEvent(new Event('beforeprint'));");
                checkKeyResultWhole();
                assertThat(screenshot("key-results-print.png")).isGreaterThan(10_000);
                js("window.dispatchEvent(new Event('afterprint'));");
            });
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        assertThat(severeLogs()).as("console errors").isEmpty();
    }

    /**
     * A report reader (2026-12-04, L9): at 1280 px the lead synthesis table of a run of 281 studies needed sideways
     * scrolling, its Condition column cut: a subject of a long key (sTNFR1, TNFRSF1A) on one line, and the headers' type,
     * took the 63 px it lacked. Built to the widths of that table: two-digit votes under every value, three-digit counts.
     */
    @Test
    void atTwelveEightyPixelsTheLeadSynthesisTableShowsEveryColumn() throws IOException {
        TestRun.Builder builder = TestRun.builder(Fixtures.CYTOKINES);
        String[] specimens = {"serum", "plasma", "blood", null, "pbmc"};
        String[] conditions = {"obstructive sleep apnea", "major depressive disorder", "obesity", "rheumatoid arthritis", null};
        for (int i = 0; i < 130; i++) {
            Direction direction = i % 7 == 0 ? Direction.DECREASED : i % 5 == 1 ? Direction.UNCHANGED : Direction.INCREASED;
            boolean soluble = i % 10 == 9;
            BibliographicRecord r = BibliographicRecord.builder().pmid(String.valueOf(38000000 + i)).title("Study " + i)
                    .author("Wide" + i + " W").year(1990 + i % 30).publicationType("Journal Article")
                    .section("RESULTS", (soluble ? "Soluble sTNFR1" : "Serum IL-6") + " differed in patients " + i + " from controls.").build();
            builder.record(r).finding(soluble
                    ? TestRun.finding(r, Fixtures.CYTOKINES, "TNFRSF1A", "sTNFR1", "sTNFR1", direction,
                            Fixtures.attributes("condition", "human", conditions[i % 5], specimens[i % 5], null))
                    : TestRun.finding(r, Fixtures.CYTOKINES, "IL6", "IL-6", "IL-6", direction,
                            Fixtures.attributes("condition", "human", conditions[i % 5], specimens[(i / 5) % 5], null)));
        }
        Path page = report(builder.build(), "wide-synthesis");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        try {
            open(page);
            WebElement frame = driver.findElement(By.cssSelector(LEAD + " table.synthesis")).findElement(By.xpath(".."));
            assertThat(driver.findElement(By.cssSelector(LEAD + " table.synthesis tbody th .key")).getText()).isIn("IL6", "TNFRSF1A");
            assertThat(number("return arguments[0].scrollWidth - arguments[0].clientWidth;", frame)).as("no column out of the frame")
                    .isLessThanOrEqualTo(0);
            assertThat(screenshot("synthesis-1280.png")).isGreaterThan(10_000);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        assertThat(severeLogs()).as("console errors").isEmpty();
    }

    private static void checkKeyResultWhole() {
        WebElement scroll = driver.findElement(By.cssSelector("#kind-cytokine-change-key .table-scroll"));
        assertThat(number("return arguments[0].scrollWidth - arguments[0].clientWidth;", scroll)).as("the key table is not wider than its frame")
                .isLessThanOrEqualTo(0);
        double right = number("return arguments[0].getBoundingClientRect().right;", scroll);
        List<WebElement> diamonds = driver.findElements(By.cssSelector("#kind-cytokine-change-key td.breakdown .bv .unclear"));
        assertThat(diamonds).hasSizeGreaterThan(4).allSatisfy(d -> {
            assertThat(d.isDisplayed()).isTrue();
            assertThat(number("return arguments[0].getBoundingClientRect().right;", d)).isLessThanOrEqualTo(right);
        });
        WebElement row = driver.findElement(By.cssSelector("#kind-cytokine-change-key tr.key-row"));
        assertThat(row.findElement(By.cssSelector("td[data-label='Sign test p'] .too-few")).getText()).isEqualTo("– too few");
        assertThat(row.findElement(By.cssSelector("td[data-label=Condition] .not-stated")).getText()).startsWith("not stated (1)");
        assertThat(driver.findElement(By.cssSelector("#key-results .key-legend")).getText()).contains("“– too few” marks fewer than 6");
    }

    private void checkRarerVotesInPlace(long screen) throws IOException {
        assertThat(driver.findElement(By.cssSelector("section.read-first li.folded details")).getAttribute("open")).isNull();
        WebElement minority = driver.findElement(By.cssSelector("#kind-cytokine-change-key details.minority"));
        assertThat(minority.findElement(By.cssSelector("ul.minority-votes")).isDisplayed()).isFalse();
        Number summaryBottom = (Number) js("return arguments[0].querySelector('summary').getBoundingClientRect().bottom;", minority);
        assertThat(summaryBottom.doubleValue()).as("its rarer votes' line is on the first screen too").isLessThanOrEqualTo(screen);
        minority.findElement(By.cssSelector("summary")).click();
        List<WebElement> votes = minority.findElements(By.cssSelector("ul.minority-votes > li"));
        assertThat(votes).hasSize(5).allSatisfy(li -> assertThat(li.isDisplayed()).isTrue());
        assertThat(votes.get(0).getText()).contains("PMID 39000012", "was lower in patients 12 than in controls");
        assertThat(screenshot("laptop-minority-open.png")).isGreaterThan(10_000);
        // the link to every finding read so shows the findings table filtered to them
        minority.findElement(By.cssSelector(".minority-all a")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> status().startsWith("Showing "));
        assertThat(visible("data-direction")).hasSize(7).containsOnly("decreased");
        // printed, the accuracy statement shows whole, and so do the sentences to check first, which the printed legend sends the
        // reader to (report reader s9, L10: they were left out); the script closes the fold again after printing
        js("arguments[0].open = false;", minority);
        inPrint(() -> {
            js("window.dispatchEvent(new Event('beforeprint'));");
            assertThat(driver.findElement(By.cssSelector("section.read-first li.folded details")).getText()).contains("precision 0.86");
            assertThat(driver.findElement(By.cssSelector("#kind-cytokine-change-key tr.minority-row ul.minority-votes li")).isDisplayed())
                    .isTrue();
            // review s9, L8: no fold marker to read as a ▼, no "its findings" link leading nowhere on paper
            assertThat(js("return getComputedStyle(arguments[0]).listStyleType;",
                    driver.findElement(By.cssSelector("#kind-cytokine-change-key details.minority > summary")))).isEqualTo("none");
            assertThat(driver.findElements(By.cssSelector("#kind-cytokine-change-key ul.minority-votes a.to-findings")))
                    .allSatisfy(link -> assertThat(link.isDisplayed()).isFalse());
            js("window.dispatchEvent(new Event('afterprint'));");
            assertThat(minority.getAttribute("open")).isNull();
        });
        assertThat(severeLogs()).as("console errors").isEmpty();
    }

    /** Saves what the browser shows as a build artefact; returns its size in bytes. */
    private static long screenshot(String name) throws IOException {
        Path file = Path.of("target", "screenshots", name);
        Files.createDirectories(file.getParent());
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        return Files.size(file);
    }

    @Test
    void staysUsableWithFiveThousandFindings() throws IOException {
        TestRun run = Fixtures.generated(250, 20);
        List<Finding> findings = run.records().stream().flatMap(r -> r.findings().stream()).toList();
        assertThat(findings).hasSize(5000);
        open(report(run, "large"));

        // the first 500 rows are laid out; a button shows the rest
        assertThat(visibleRows()).isEqualTo(500);
        assertThat(status()).isEqualTo("Showing the first 500 of 5,000 findings");
        WebElement more = driver.findElement(By.cssSelector("#kind-cytokine-change [data-more]"));
        assertThat(more.getText()).isEqualTo("Show all 5,000 findings");
        // review 25, M1: the button pressed hides itself; the focus goes on to the first row it showed, not to the page's body
        js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", more);
        more.sendKeys(Keys.ENTER);
        assertThat(visibleRows()).isEqualTo(5000);
        assertThat(more.isDisplayed()).isFalse();
        assertThat(js("const e = document.activeElement; return e.tagName + ' ' + e.getAttribute('scope') + ' '"
                + " + Array.from(document.querySelectorAll(arguments[0] + ' tbody tr')).indexOf(e.parentElement);", TABLE)).isEqualTo("TH row 500");
        assertThat(number("return document.activeElement.getBoundingClientRect().bottom;")).as("in view")
                .isBetween(0.0, number("return window.innerHeight;"));
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(js("return Array.from(document.querySelectorAll(arguments[0] + ' tbody tr')).indexOf(document.activeElement.closest('tr'));",
                TABLE)).as("the next Tab reads on in the rows shown").isEqualTo(500L);

        new Select(driver.findElement(By.id("kind-cytokine-change-findings-filter-a3"))).selectByValue("csf");
        long csf = findings.stream().filter(f -> "csf".equals(f.attribute("specimen"))).count();
        assertThat(csf).isGreaterThan(500);
        assertThat(visibleRows()).isEqualTo(500);
        assertThat(visible("data-a3")).containsOnly("csf");
        assertThat(status()).startsWith("Showing the first 500 of " + String.format(Locale.ROOT, "%,d", csf)
                + " matching findings (5,000 in all), filtered to Specimen: ");
        // printing shows every matching row, and the page's own limit again afterwards
        js("window.dispatchEvent(new Event('beforeprint'));");
        assertThat(visibleRows()).isEqualTo(csf);
        js("window.dispatchEvent(new Event('afterprint'));");
        assertThat(visibleRows()).isEqualTo(500);
        WebElement search = driver.findElement(By.id("kind-cytokine-change-findings-filter-text"));
        search.sendKeys("condition 3 than");
        long csfCondition3 = findings.stream()
                .filter(f -> "csf".equals(f.attribute("specimen")) && f.evidence().sentence().contains("condition 3 than")).count();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> visibleRows() == csfCondition3);
        assertThat(csfCondition3).isPositive().isLessThan(csf);
        driver.findElement(By.cssSelector(TABLE + " th[data-sort=direction] button")).click();
        assertThat(visible("data-rank-direction")).isSorted();
        assertThat(severeLogs()).as("console errors").isEmpty();
    }
}
