package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The HTML report in a real browser (Debian's chromium, headless, through its chromedriver; nothing is
 * downloaded): the seeds' headline findings are visible with their marked evidence, the filters hide and show
 * findings, nothing is logged as an error, and a hostile workspace's report runs nothing and adds no element.
 * Everything it writes stays under target/browser-test/, including the screenshot README shows.
 */
class HtmlReportBrowserTest {
    static final Path DIR = Path.of("target", "browser-test");
    /** Selenium warns that it has no DevTools bindings for this chromium; the test uses none. Held: JUL keeps loggers weakly. */
    static final java.util.logging.Logger DEVTOOLS = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");
    static ChromeDriver driver;
    static Path profile;

    @BeforeAll
    static void startBrowser() throws IOException {
        DEVTOOLS.setLevel(Level.SEVERE);
        for (String tool : new String[] {"/usr/bin/chromium", "/usr/bin/chromedriver"}) {
            assertThat(Path.of(tool)).as("%s is missing: apt-get install -y chromium chromium-driver (.ci/run does)", tool)
                    .isExecutable();
        }
        Files.createDirectories(DIR);
        profile = Files.createTempDirectory(DIR, "profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1400",
                "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        // an alert must stay open for the test to see it, not be dismissed by the driver
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) driver.quit();
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** Writes the repository's own report (seeds/ and claims/, as ./claimcheck check does) and opens it. */
    private static void openSeedsReport() {
        Path out = DIR.resolve("seeds");
        assertThat(Cli.run("check", "--out=" + out).exit()).isEqualTo(1);
        open(out.resolve("claimcheck.html"));
    }

    private static void open(Path html) {
        driver.manage().logs().get(LogType.BROWSER); // the log from here on is this page's, from its loading on
        driver.get(html.toAbsolutePath().toUri().toString());
    }

    private static WebElement finding(String rule, int nth) {
        return driver.findElements(By.cssSelector("article.finding[data-rule='" + rule + "']")).get(nth);
    }

    @Test
    void seedsHeadlineFindingsAreShownWithTheirEvidenceMarkedInContext() throws IOException {
        openSeedsReport();
        assertThat(driver.getTitle()).isEqualTo("claimcheck report");
        assertThat(driver.findElement(By.id("scope")).getText()).isEqualTo("Checked 2 sources, 114 claims, 124 quotes"
                + " (124 found in their sources): 7 errors, 14 warnings, 0 info.");

        WebElement conflict = finding("single-value-conflict", 0);
        assertThat(conflict.findElement(By.className("message")).getText()).isEqualTo("Mongolian People's Republic:"
                + " 'established' takes one value, but the claims give 1921 (mpr-established-1921) and 1924"
                + " (mpr-established-1924)");
        List<WebElement> sides = conflict.findElements(By.cssSelector(".evidence.sides figure"));
        assertThat(sides).hasSize(2).allMatch(WebElement::isDisplayed);
        assertThat(sides.get(0).findElement(By.tagName("mark")).getText())
                .isEqualTo("The Mongolian People's Republic was established in 1921");
        assertThat(sides.get(1).findElement(By.tagName("mark")).getText())
                .isEqualTo("the Mongolian People's Republic (MPR), established in 1924.");
        assertThat(sides.get(0).findElement(By.tagName("blockquote")).getText()).contains("helped Mongolia ward off the"
                + " invasion. The Mongolian People's Republic was established in 1921 with Soviet military support");
        assertThat(sides.get(0).findElement(By.tagName("figcaption")).getText()).isEqualTo("seeds/004_68334b4f89a0bf69.txt:20:257");
        assertThat(sides.get(0).findElement(By.className("claims")).getText())
                .startsWith("claim mpr-established-1921 at claims/state-formation.yaml:7:9");

        WebElement negation = finding("negation-contradicted", 0);
        assertThat(negation.findElement(By.className("message")).getText()).startsWith("\"not: Soviet Union recognized"
                + " Mongolia until 1945-02\" (no-soviet-treaty-until-1945) is contradicted by \"Soviet Russia recognized"
                + " Mongolian People's Government in 1921\"");
        assertThat(negation.findElements(By.cssSelector(".evidence.sides mark"))).extracting(WebElement::getText)
                .containsExactly("Until February 1945, the Soviet Union did not sign a single treaty with Mongolia because"
                        + " it had not yet recognized Mongolia’s independence.", "Article One of this thirteen point"
                        + " agreement stated, “The Soviet Russian government recognizes the Mongolian People’s Government,"
                        + " the sole legitimate government”.");

        // the evidence links into the document's annotated text, where a note links back to the finding
        sides.get(0).findElement(By.cssSelector("figcaption a")).click();
        // another claim's quote starts inside this one ("established in 1921 with Soviet military support"), so
        // the first piece ends there
        WebElement mark = driver.findElement(By.cssSelector(":target + mark"));
        assertThat(mark.getText()).isEqualTo("The Mongolian People's Republic was ");
        assertThat(mark.getAttribute("class")).isEqualTo("q e");
        assertThat(mark.getAttribute("title")).isEqualTo("claim mpr-established-1921; finding 5: single-value-conflict");
        assertThat(mark.isDisplayed()).isTrue();
        assertThat(mark.findElement(By.xpath("..")).getText()).contains("The Mongolian People's Republic was"
                + " established in 1921 with Soviet military support");
        WebElement note = driver.findElement(By.cssSelector(".notes li[data-finding='" + conflict.getAttribute("id") + "'] a"));
        assertThat(note.getText()).endsWith(". single-value-conflict");
        note.click();
        assertThat(driver.findElement(By.cssSelector("article:target")).getAttribute("id")).isEqualTo(conflict.getAttribute("id"));
        assertThat(driver.findElements(By.cssSelector("#doc-f1 mark.m"))).extracting(WebElement::getText).contains("[12]", "[13]");
        assertNoErrorsLogged();

        String page = driver.getCurrentUrl().replaceAll("#.*", "");
        driver.navigate().to(page + "#doc-f1");
        screenshot("document.png");
        driver.navigate().to(page);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        screenshot("claimcheck.png");
    }

    private static void screenshot(String name) throws IOException {
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), DIR.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void filtersHideAndShowFindings() {
        openSeedsReport();
        List<WebElement> negations = driver.findElements(By.cssSelector("article[data-rule='negation-contradicted']"));
        assertThat(negations).hasSize(3).allMatch(WebElement::isDisplayed);
        WebElement rule = driver.findElement(By.cssSelector("input[name=rule][value='negation-contradicted']"));
        rule.click();
        assertThat(negations).noneMatch(WebElement::isDisplayed);
        assertThat(finding("single-value-conflict", 0).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("shown")).getText()).isEqualTo("18 of 21 findings shown");
        rule.click();
        assertThat(negations).allMatch(WebElement::isDisplayed);

        driver.findElement(By.cssSelector("input[name=severity][value=warning]")).click();
        assertThat(driver.findElement(By.id("shown")).getText()).isEqualTo("7 of 21 findings shown");
        assertThat(finding("anachronism", 0).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector("section.group[data-severity=warning]")).isDisplayed()).isFalse();

        WebElement talks = driver.findElement(By.xpath("//label[contains(., 'seeds/000_b764a032f36e08ce.txt')]/input"));
        talks.click();
        assertThat(negations).noneMatch(WebElement::isDisplayed);
        assertThat(driver.findElement(By.id("doc-f0")).isDisplayed()).isFalse();
        assertThat(finding("single-value-conflict", 0).isDisplayed()).isTrue();

        driver.findElement(By.cssSelector("button[type=reset]")).click();
        assertThat(driver.findElement(By.id("shown")).getText()).isEqualTo("21 of 21 findings shown");
        assertThat(negations).allMatch(WebElement::isDisplayed);
        assertNoErrorsLogged();
    }

    @Test
    void hostileReportRunsNothingAndAddsNoElement() throws IOException {
        Path ws = HostileWorkspace.create(DIR.resolve("hostile-ws"));
        Path out = DIR.resolve("hostile");
        assertThat(HostileWorkspace.check(ws, out).err()).isEmpty();
        open(out.resolve("claimcheck.html"));
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        for (String selector : new String[] {"img", "iframe", "svg", "textarea", "b", "[onerror]", "[onload]",
                "[onmouseover]", "a[href^='javascript']", "body style", "head script"}) {
            assertThat(driver.findElements(By.cssSelector(selector))).as(selector).isEmpty();
        }
        assertThat(driver.findElements(By.tagName("script"))).hasSize(1);
        assertThat(driver.getTitle()).isEqualTo("claimcheck report");
        String text = driver.findElement(By.tagName("body")).getText();
        assertThat(text).contains("<script>alert(1)</script> <img src=x onerror=alert(1)>", "</style></textarea></title>",
                HostileWorkspace.SOURCE_NAME);
        // the page's own script still runs: the filters work
        driver.findElement(By.cssSelector("input[name=severity][value=error]")).click();
        assertThat(driver.findElement(By.id("shown")).getText()).startsWith("0 of ");
        assertNoErrorsLogged();
    }

    private static void assertNoErrorsLogged() {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(severe).extracting(LogEntry::getMessage).isEmpty();
    }
}
