package se.klinedu.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import se.klinedu.core.Language;
import se.klinedu.core.explain.Renderer;
import se.klinedu.indicators.evaluation.Status;

/**
 * Opens the follow-up report of the sample region in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs): no console errors, every chart drawn with a
 * non-zero size and its expected number of series, and a screenshot in {@code target/}; in each language, the
 * page states its language and shows words, never enum constants, reason codes or label keys. Selenium drives the
 * system chromedriver directly; Selenium Manager is never asked to download anything.
 */
class ReportBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOT = Path.of("target", "report-screenshot.png");

    @TempDir
    static Path work;

    private static ChromeDriver driver;
    /** The report in the default language. */
    private static Path report;
    /** The report in each language, asked for by {@code --lang}. */
    private static final Map<Language, Path> REPORTS = new EnumMap<>(Language.class);

    @BeforeAll
    static void report_and_browser() throws IOException {
        report = report(work.resolve("report"));
        for (Language language : Language.values()) {
            REPORTS.put(language, report(work.resolve("report-" + language.code()), "--lang", language.code()));
        }

        assertTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing: apt-get install chromium (as .ci/run does)");
        assertTrue(Files.isExecutable(CHROMEDRIVER), CHROMEDRIVER + " is missing: apt-get install chromium-driver");
        // the system driver, named both ways, so that Selenium Manager has nothing to look up
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + work.resolve("profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
    }

    private static Path report(Path out, String... options) {
        List<String> args = new ArrayList<>(List.of("--data", FollowUpCommandTest.SAMPLE.toString(), "--date", "2026-06-30",
                "--out", out.toString()));
        args.addAll(List.of(options));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = FollowUpCommand.run(args.toArray(String[]::new),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        return out.resolve(FollowUpCommand.HTML);
    }

    @AfterAll
    static void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void the_report_opens_without_console_errors_and_draws_every_chart_with_its_series() throws IOException {
        driver.get(report.toUri().toString());
        List<LogEntry> errors = severe();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> charts = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('svg')).map(svg => {"
                        + " const box = svg.getBoundingClientRect();"
                        + " return {kind: svg.getAttribute('data-chart'), unit: svg.getAttribute('data-unit') || '',"
                        + " width: box.width, height: box.height, series: svg.querySelectorAll('g[data-series]').length,"
                        + " drawn: Array.from(svg.querySelectorAll('g[data-series]')).filter(g => g.getBBox().width > 0"
                        + " || g.getBBox().height > 0).length}; });");
        screenshot();

        assertEquals(List.of(), errors.stream().map(LogEntry::getMessage).toList());
        assertEquals(FollowUpCommandTest.shareIndicators() + 4 + 1, charts.size());
        for (Map<String, Object> chart : charts) {
            String name = chart.get("kind") + " " + chart.get("unit");
            assertTrue(((Number) chart.get("width")).doubleValue() > 0, name);
            assertTrue(((Number) chart.get("height")).doubleValue() > 0, name);
            long expected = switch ((String) chart.get("kind")) {
                case HtmlReport.TREND_CHART -> 3;
                case HtmlReport.GRADE_CHART -> chart.get("unit").equals("norrby-medicin") ? 2 : 4;
                case HtmlReport.TIMELINE_CHART -> 5;
                default -> -1;
            };
            assertEquals(expected, ((Number) chart.get("series")).longValue(), name);
            if (!chart.get("kind").equals(HtmlReport.TIMELINE_CHART)) {
                // the timeline's DUE series is empty on this date; every other series draws something
                assertEquals(expected, ((Number) chart.get("drawn")).longValue(), name);
            }
        }
        assertTrue(Files.size(SCREENSHOT) > 10_000, "screenshot " + SCREENSHOT);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void each_language_states_itself_and_shows_words_not_codes(Language language) {
        driver.get(REPORTS.get(language).toUri().toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> page = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                // every text node but the style sheet's (the title, tooltips and the charts' text included), each on a line
                "const texts = []; const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);"
                        + " for (let node = walker.nextNode(); node; node = walker.nextNode()) {"
                        + " if (!node.parentElement.closest('style')) texts.push(node.nodeValue); }"
                        + " document.querySelectorAll('[aria-label]').forEach(e => texts.push(e.getAttribute('aria-label')));"
                        + " const row = document.querySelector('tr[data-id=\"1.1.1\"]');"
                        + " return {lang: document.documentElement.lang, text: texts.join('\\n'),"
                        + " shown: document.body.innerText, status: row.cells[2].innerText};");

        assertEquals(List.of(), severe().stream().map(LogEntry::getMessage).toList());
        assertEquals(language.code(), page.get("lang"));
        assertEquals(Renderer.of(language).label(Status.NOT_MET), page.get("status"));
        assertEquals(List.of(), FollowUpCommandTest.codesIn((String) page.get("text")), language.code());
        assertEquals(List.of(), FollowUpCommandTest.codesIn((String) page.get("shown")), language.code());
    }

    @Test
    void a_console_error_would_be_seen() {
        driver.get("data:text/html;charset=utf-8,<title>t</title><script>console.error('seen')</script>");

        assertTrue(severe().stream().anyMatch(entry -> entry.getMessage().contains("seen")));
    }

    private static List<LogEntry> severe() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    }

    private static void screenshot() throws IOException {
        long height = ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollHeight;")).longValue();
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 40, 12_000)));
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(shot, SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
    }
}
