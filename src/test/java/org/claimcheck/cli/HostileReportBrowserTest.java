package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/**
 * The HTML report of a hostile workspace ({@link HostileWorkspace}) in a real browser: no alert fires, no
 * element from the input exists, the page's own script still runs, and nothing is logged as an error (a
 * Content-Security-Policy violation would be).
 */
class HostileReportBrowserTest extends InBrowser {
    @Test
    void hostileReportRunsNothingAndAddsNoElement() throws IOException {
        Path ws = HostileWorkspace.create(DIR.resolve("hostile-ws"));
        Path out = DIR.resolve("hostile");
        assertThat(HostileWorkspace.check(ws, out).err()).isEmpty();
        browser.open(out.resolve("claimcheck.html"));
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        for (String selector : new String[] {"img", "iframe", "svg", "textarea", "b", "[onerror]", "[onload]",
                "[onmouseover]", "a[href^='javascript']", "body style", "head script"}) {
            assertThat(driver.findElements(By.cssSelector(selector))).as(selector).isEmpty();
        }
        assertThat(driver.findElements(By.tagName("script"))).hasSize(1);
        Object tags = ((JavascriptExecutor) driver).executeScript(
                "return Array.from(new Set(Array.from(document.querySelectorAll('*'), e => e.localName)));");
        assertThat(HtmlReportTest.OWN_TAGS).containsAll(((java.util.List<?>) tags).stream().map(String::valueOf).toList());
        assertThat(driver.getTitle()).isEqualTo("claimcheck report");
        String text = driver.findElement(By.tagName("body")).getText();
        assertThat(text).contains("<script>alert(1)</script> <img src=x onerror=alert(1)>", "</style></textarea></title>",
                HostileWorkspace.SOURCE_NAME);
        // the page's own script still runs: the filters work
        driver.findElements(By.cssSelector("input[name=severity]")).forEach(WebElement::click);
        assertThat(driver.findElement(By.id("shown")).getText()).startsWith("0 of ");
        assertThat(browser.errors()).isEmpty();
    }
}
