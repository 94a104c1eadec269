package org.claimcheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;

/** A browser test class: one headless chromium for the class, working under target/browser-test/. */
abstract class InBrowser {
    static final Path DIR = Path.of("target", "browser-test");
    static Browser browser;
    static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = new Browser(DIR);
        driver = browser.driver;
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) browser.close();
    }
}
