package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's chromium, headless, through Debian's chromedriver named explicitly (so Selenium Manager never tries
 * to download a driver or a browser), with a fresh profile under target/ and the console log kept.
 */
final class Browser implements AutoCloseable {
    /** Selenium warns that it has no DevTools bindings for this chromium; nothing here uses them. Held: JUL keeps loggers weakly. */
    private static final Logger DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");
    final ChromeDriver driver;
    private final Path profile;

    Browser(Path dir) throws IOException {
        for (String tool : new String[] {"/usr/bin/chromium", "/usr/bin/chromedriver"}) {
            assertThat(Path.of(tool)).as("%s is missing: apt-get install -y chromium chromium-driver (.ci/run does)", tool)
                    .isExecutable();
        }
        DEVTOOLS.setLevel(Level.SEVERE);
        profile = Files.createTempDirectory(Files.createDirectories(dir), "profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1400",
                "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        // an alert must stay open for a test to see it, not be dismissed by the driver
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** Opens a file; the console log from here on is this page's, from its loading on. */
    void open(Path html) {
        driver.manage().logs().get(LogType.BROWSER);
        driver.get(html.toAbsolutePath().toUri().toString());
    }

    /** What the page logged at SEVERE since it was opened or last asked (errors, CSP violations). */
    List<String> errors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    void screenshot(Path to) throws IOException {
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), to, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
