package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The repository's own HTML report in a real browser (Debian's chromium, headless, through its chromedriver;
 * nothing is downloaded): the seeds' headline findings are visible with their marked evidence, links lead to
 * the annotated text and back, the filters hide and show findings, and nothing is logged as an error.
 * Everything it writes stays under target/browser-test/, including the screenshot README shows.
 */
class HtmlReportBrowserTest extends InBrowser {
    /** Writes the repository's own report (seeds/ and claims/, as ./claimcheck check does) and opens it. */
    private static void openSeedsReport() {
        Path out = DIR.resolve("seeds");
        assertThat(Cli.run("check", "--out=" + out).exit()).isEqualTo(1);
        browser.open(out.resolve("claimcheck.html"));
    }

    private static WebElement finding(String rule, int nth) {
        return driver.findElements(By.cssSelector("article.finding[data-rule='" + rule + "']")).get(nth);
    }

    @Test
    void seedsHeadlineFindingsAreShownWithTheirEvidenceMarkedInContext() throws IOException {
        openSeedsReport();
        assertThat(driver.getTitle()).isEqualTo("claimcheck report");
        assertThat(driver.findElement(By.id("scope")).getText()).isEqualTo("Checked 2 sources, 114 claims, 124 quotes"
                + " (124 found in their sources): 7 errors, 14 warnings, 0 info (6 of them acknowledged by open disputes).");

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

        // the conflict is acknowledged by its open dispute, whose section says who says what
        assertThat(conflict.findElement(By.cssSelector(".acknowledged p")).getText()).startsWith("Acknowledged by"
                + " dispute mpr-establishment-year (open): When the Mongolian People's Republic was established");
        conflict.findElement(By.cssSelector(".acknowledged a")).click();
        WebElement dispute = driver.findElement(By.cssSelector("article.dispute:target"));
        assertThat(dispute.getAttribute("id")).isEqualTo("dispute-mpr-establishment-year");
        assertThat(dispute.findElements(By.cssSelector(".said tbody tr td:first-child"))).extracting(WebElement::getText)
                .containsExactly("mpr-established-1921", "mpr-established-1924", "mpr-founded-with-soviet-military-support");
        assertThat(dispute.findElements(By.cssSelector(".positions strong"))).extracting(WebElement::getText)
                .containsExactly("established in 1921", "established in 1924");
        assertThat(dispute.isDisplayed()).isTrue();
        assertNoErrorsLogged();

        String page = driver.getCurrentUrl().replaceAll("#.*", "");
        driver.navigate().to(page + "#doc-f1");
        browser.screenshot(DIR.resolve("document.png"));
        driver.navigate().to(page);
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        browser.screenshot(DIR.resolve("claimcheck.png"));
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
        // the page re-applies the filters just after the form's reset (a timer): wait for it, a loaded machine is slow
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("shown")).getText().equals("21 of 21 findings shown"));
        assertThat(driver.findElement(By.id("shown")).getText()).isEqualTo("21 of 21 findings shown");
        assertThat(negations).allMatch(WebElement::isDisplayed);
        assertNoErrorsLogged();
    }

    private static void assertNoErrorsLogged() {
        assertThat(browser.errors()).isEmpty();
    }
}
