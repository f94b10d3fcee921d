package dev.werk.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo report in a real browser (Debian's chromium, headless, driven by chromedriver): it
 * renders without console errors, an item's alignment lays out, the filter hides lines, sorting
 * orders the rows, and a screenshot is not blank. Skipped, saying so, when chromium or
 * chromedriver is not installed ({@code .ci/run} installs both).
 */
class ReportBrowserTest {
    static final Path CHROMIUM = Path.of(System.getProperty("werk.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("werk.chromedriver", "/usr/bin/chromedriver"));

    static ChromeDriver driver;
    static Path dir;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "skipped: the browser test needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + DRIVER
                        + "); .ci/run installs them (apt-get install chromium chromium-driver)");
        dir = Files.createTempDirectory("werk-browser-");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("profile"), "--window-size=1400,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Path index = DemoReport.writeTo(dir.resolve("report"));
        driver.get(index.toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                "1".equals(((JavascriptExecutor) d).executeScript("return document.documentElement.getAttribute('data-werk-ready')")));
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (dir != null) {
            try (var all = Files.walk(dir)) {
                all.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void pageRendersWithoutConsoleErrors() {
        assertTrue(driver.getTitle().startsWith("werk report"), driver.getTitle());
        for (String id : List.of("summary", "forest", "items", "terms", "confusions", "alignments", "confidence")) {
            assertTrue(driver.findElement(By.id(id)).isDisplayed(), id);
        }
        Object decoded = ((JavascriptExecutor) driver).executeScript(
                "return Array.prototype.every.call(document.images, function (i) { return i.complete && i.naturalWidth === 1200; });");
        assertEquals(Boolean.TRUE, decoded, "every chart image decodes at 1200 px");
        openFirstItem();
        List<String> severe = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                severe.add(e.getMessage());
            }
        }
        assertTrue(severe.isEmpty(), "console errors: " + severe);
    }

    @Test
    void filterHidesLinesWithoutErrorsOrTerms() {
        WebElement item = openFirstItem();
        int all = visibleLines(item);
        int total = item.findElements(By.cssSelector(".line")).size();
        assertTrue(all > 10, "lines laid out: " + all);
        assertEquals(total, all, "all lines show without a filter");
        new Select(driver.findElement(By.id("werk-filter"))).selectByValue("err");
        int errors = visibleLines(item);
        int marked = item.findElements(By.cssSelector(".line[data-err='1']")).size();
        assertEquals(marked, errors, "exactly the lines with an error show");
        assertTrue(errors > 0 && errors < all, "the filter hides some lines: " + errors + " of " + all);
        for (WebElement line : item.findElements(By.cssSelector(".line[data-err='0']"))) {
            assertFalse(line.isDisplayed());
        }
        new Select(driver.findElement(By.id("werk-filter"))).selectByValue("all");
        assertEquals(all, visibleLines(item));
    }

    @Test
    void sortingOrdersTheItemRowsWithinEachSet() {
        WebElement table = driver.findElement(By.id("items-table"));
        List<WebElement> heads = table.findElements(By.cssSelector("thead th"));
        int col = -1;
        for (int i = 0; i < heads.size(); i++) {
            if (heads.get(i).getText().endsWith("WER")) {
                col = i;
                break;
            }
        }
        assertTrue(col > 0);
        WebElement head = heads.get(col);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", head);
        head.click();
        assertEquals("ascending", head.getAttribute("aria-sort"));
        assertSorted(table, col, true);
        head.click();
        assertEquals("descending", head.getAttribute("aria-sort"));
        assertSorted(table, col, false);
    }

    @Test
    void screenshotIsNotBlank() throws IOException {
        WebElement item = openFirstItem();
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'})", item);
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Path keep = Path.of("target", "report-screenshot.png");
        if (Files.isDirectory(keep.getParent())) {
            Files.write(keep, png);
        }
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        ReportChartsTest.checkImage("screenshot", png, img.getWidth(), img.getHeight());
    }

    @Test
    void hostileTranscriptsShowAsTextInTheBrowser() throws Exception {
        Path exp = dir.resolve("hostile");
        Files.createDirectories(exp);
        byte[] json = DemoReport.jsonOf(EscapingTest.hostile(exp));
        Path out = dir.resolve("hostile-report");
        Files.createDirectories(out);
        for (var f : Report.render(json, Report.Options.defaults()).entrySet()) {
            Files.write(out.resolve(f.getKey()), f.getValue());
        }
        String demo = driver.getCurrentUrl();
        try {
            driver.get(out.resolve(Report.INDEX).toUri().toString());
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "1".equals(
                    ((JavascriptExecutor) d).executeScript("return document.documentElement.getAttribute('data-werk-ready')")));
            WebElement item = openFirstItem();
            // an alert() from injected markup would leave a dialog open, and the next command would fail
            String text = item.getText();
            assertTrue(text.contains("<script>alert(1)</script>"), text);
            assertTrue(text.contains("onerror=alert(2)>"), text);
            assertEquals(0L, ((JavascriptExecutor) driver).executeScript(
                    "return document.querySelectorAll('img[onerror], i, b, .lines script').length;"));
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) driver).executeScript("return window.werkInjected === undefined;"));
        } finally {
            driver.get(demo);
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "1".equals(
                    ((JavascriptExecutor) d).executeScript("return document.documentElement.getAttribute('data-werk-ready')")));
        }
    }

    private static void assertSorted(WebElement table, int col, boolean ascending) {
        for (WebElement body : table.findElements(By.cssSelector("tbody"))) {
            List<Double> values = new ArrayList<>();
            for (WebElement row : body.findElements(By.cssSelector("tr[data-item]"))) {
                values.add(Double.parseDouble(row.findElements(By.tagName("td")).get(col).getAttribute("data-value")));
            }
            for (int i = 1; i < values.size(); i++) {
                assertTrue(ascending ? values.get(i - 1) <= values.get(i) : values.get(i - 1) >= values.get(i), values.toString());
            }
        }
    }

    private static WebElement openFirstItem() {
        WebElement item = driver.findElement(By.cssSelector("details.item"));
        if (item.getAttribute("open") == null) {
            WebElement summary = item.findElement(By.tagName("summary"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", summary);
            summary.click();
        }
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !item.findElements(By.cssSelector(".line")).isEmpty());
        return item;
    }

    private static int visibleLines(WebElement item) {
        Object n = ((JavascriptExecutor) driver).executeScript(
                "return Array.prototype.filter.call(arguments[0].querySelectorAll('.line'), function (l) {"
                        + " return l.offsetParent !== null; }).length;", item);
        return ((Number) n).intValue();
    }
}
