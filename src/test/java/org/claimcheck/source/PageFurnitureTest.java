package org.claimcheck.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each signal of page furniture on a small page: the furniture is set aside (its text stays in the document),
 * the article's paragraph beside it is not. An article paragraph here is long enough to be most of the prose.
 */
class PageFurnitureTest {
    private static final String ARTICLE = "<p>Mozilla was founded in 1998 by members of Netscape, who released the"
            + " source code of the browser so that a community could carry on its development in the open.</p>";

    static Document read(String body) throws IOException {
        return read(body, List.of(), List.of(), "page.html");
    }

    static Document read(String body, List<String> selectors, List<String> texts, String name) throws IOException {
        SourceInfo info = new SourceInfo("page", name, "Page", "", "", "", "", List.of(), selectors, texts);
        String html = name.endsWith(".html") ? "<html><head><title>T</title></head><body>" + body + "</body></html>" : body;
        return DocumentReader.read(info, name, html.getBytes(StandardCharsets.UTF_8));
    }

    /** Why the first occurrence of {@code text} is set aside, or null when it is the work's. */
    static SetAside.Reason reason(Document doc, String text) {
        int at = doc.text().indexOf(text);
        assertThat(at).as("%s is in the text", text).isGreaterThanOrEqualTo(0);
        SetAside.Reason first = doc.setAside().reason(at);
        assertThat(doc.setAside().reason(at + text.length() - 1)).as("all of %s alike", text).isEqualTo(first);
        return first;
    }

    @ParameterizedTest
    @ValueSource(strings = {"<nav>Home News Sport</nav>", "<div role=navigation>Home News Sport</div>",
        "<div role=banner>Home News Sport</div>", "<div role=contentinfo>Home News Sport</div>",
        "<div role=complementary>Home News Sport</div>", "<div role=search>Home News Sport</div>",
        "<div role=dialog>Home News Sport</div>", "<dialog open>Home News Sport</dialog>",
        "<header>Home News Sport</header>", "<footer>Home News Sport</footer>", "<aside>Home News Sport</aside>",
        "<div hidden>Home News Sport</div>", "<span aria-hidden=\"true\">Home News Sport</span>"})
    void landmarksAndHiddenElementsAreSetAside(String furniture) throws IOException {
        Document doc = read(furniture + ARTICLE);
        assertThat(reason(doc, "Home News Sport")).isEqualTo(SetAside.Reason.STRUCTURE);
        assertThat(reason(doc, "Mozilla was founded")).isNull();
    }

    @Test
    void aSectionCollapsedUntilFoundIsTheArticles() throws IOException {
        Document doc = read("<section hidden=\"until-found\"><p>In 2004 Firefox 1.0 was released.</p></section>" + ARTICLE);
        assertThat(reason(doc, "In 2004 Firefox 1.0 was released.")).isNull();
    }

    @Test
    void linksInsideASentenceStayInIt() throws IOException {
        Document doc = read("<p>Its products are <span><a href=/a>Firefox</a>, <a href=/b>Thunderbird</a>, <a href=/c>"
                + "SeaMonkey</a></span>.</p>" + ARTICLE);
        assertThat(reason(doc, "Firefox, Thunderbird, SeaMonkey")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"article", "section"})
    void aHeaderFooterOrAsideOfAnArticleIsItsOwn(String part) throws IOException {
        Document doc = read("<" + part + "><header>By Ann Lee, 3 May 2019</header>" + ARTICLE
                + "<aside>The browser had 20 million users.</aside><footer>Filed under Software, 2019</footer></" + part + ">");
        assertThat(reason(doc, "By Ann Lee, 3 May 2019")).isNull();
        assertThat(reason(doc, "The browser had 20 million users.")).isNull();
        assertThat(reason(doc, "Filed under Software, 2019")).isNull();
    }

    @Test
    void aHeaderInMainIsTheContentsButAnAsideInMainIsASidebar() throws IOException {
        Document doc = read("<main><header><h1>Mozilla</h1></header>" + ARTICLE + "<aside>Most read today</aside></main>");
        assertThat(reason(doc, "Mozilla\n")).isNull();
        assertThat(reason(doc, "Most read today")).isEqualTo(SetAside.Reason.STRUCTURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"main", "div role=main", "article"})
    void outsideTheContentRootIsFurniture(String root) throws IOException {
        String tag = root.split(" ")[0];
        Document doc = read("<div>Subscribe for 5 dollars a month</div><" + root + ">" + ARTICLE + "</" + tag + ">"
                + "<div>Site map and contact</div>");
        assertThat(reason(doc, "Subscribe for 5 dollars a month")).isEqualTo(SetAside.Reason.STRUCTURE);
        assertThat(reason(doc, "Site map and contact")).isEqualTo(SetAside.Reason.STRUCTURE);
        assertThat(reason(doc, "Mozilla was founded")).isNull();
    }

    @Test
    void aMainWithLessThanHalfTheProseIsNoRoot() throws IOException {
        Document doc = read("<main><p>A short teaser of 12 words about nothing much at all here.</p></main>" + ARTICLE);
        assertThat(reason(doc, "Mozilla was founded")).isNull();
        assertThat(reason(doc, "A short teaser")).isNull();
    }

    @Test
    void theLargestOfSeveralArticlesIsTheRootAndTheOthersAreFurniture() throws IOException {
        Document doc = read("<article>" + ARTICLE + "</article><article><p>Related: Firefox 3 is out</p></article>");
        assertThat(reason(doc, "Mozilla was founded")).isNull();
        assertThat(reason(doc, "Related: Firefox 3 is out")).isEqualTo(SetAside.Reason.STRUCTURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"menu", "main-nav", "sidebar", "site-footer", "printfooter", "share-buttons", "social",
        "cookie-banner", "breadcrumbs", "related-posts", "advert", "ad", "toc", "jump-to-nav", "newsletter",
        "copyright", "mw-editsection-like edit", "banner siteNotice", "shopCart"})
    void classAndIdNamesOfFurnitureAreSetAside(String names) throws IOException {
        Document doc = read("<div class=\"" + names + "\">Home News 2019</div>" + ARTICLE
                + "<div id=\"" + names.split(" ")[0] + "\">Contact us</div>");
        assertThat(reason(doc, "Home News 2019")).as(names).isEqualTo(SetAside.Reason.STRUCTURE);
        assertThat(reason(doc, "Contact us")).as(names).isEqualTo(SetAside.Reason.STRUCTURE);
        assertThat(reason(doc, "Mozilla was founded")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"article-header", "sidebar-content", "canvas", "entry-header", "loaded", "navy",
        "shadow", "thumbcaption"})
    void namesThatAlsoSayContentOrOnlyContainAShortWordAreNot(String names) throws IOException {
        Document doc = read("<div class=\"" + names + "\">By Ann Lee, 3 May 2019</div>" + ARTICLE);
        assertThat(reason(doc, "By Ann Lee, 3 May 2019")).as(names).isNull();
    }

    @Test
    void namesAndLinksCountForNothingInTablesFiguresAndQuotes() throws IOException {
        Document doc = read("<table class=infobox><tr><td class=share>Founded 1998</td></tr></table>"
                + "<figure><img src=x><figcaption class=copyright>Photo: Ann Lee, 2005</figcaption></figure>"
                + "<blockquote><ul><li><a href=/a>Alpha</a><li><a href=/b>Beta</a><li><a href=/c>Gamma</a></ul></blockquote>"
                + ARTICLE);
        assertThat(reason(doc, "Founded 1998")).isNull();
        assertThat(reason(doc, "Photo: Ann Lee, 2005")).isNull();
        assertThat(reason(doc, "Alpha\nBeta\nGamma")).isNull();
    }

    @Test
    void aListOfLinksIsSetAsideAndProseWithLinksIsNot() throws IOException {
        Document doc = read("<ul><li><a href=/a>Firefox</a><li><a href=/b>Thunderbird</a><li><a href=/c>SeaMonkey</a></ul>"
                + "<p>It makes <a href=/a>Firefox</a>, <a href=/b>Thunderbird</a> and <a href=/c>SeaMonkey</a>, all"
                + " free software.</p>" + ARTICLE);
        assertThat(reason(doc, "Firefox\nThunderbird\nSeaMonkey")).isEqualTo(SetAside.Reason.STRUCTURE);
        assertThat(reason(doc, "It makes Firefox")).isNull();
    }

    @Test
    void nothingHoldingAMarkerANoteOrAnEditorsTagIsSetAside() throws IOException {
        Document doc = read("<aside><p>A sidenote on 1998.<sup><a href=\"#cite_note-1\">[1]</a></sup></p></aside>"
                + "<nav>Tools<sup><a href=\"/wiki/Help:Citation_needed\">citation needed</a></sup></nav>"
                + ARTICLE + "<footer><ol class=references><li id=\"cite_note-1\">Smith, J. (1999). Mozilla.</li></ol>"
                + "<p>About us</p></footer>");
        assertThat(reason(doc, "A sidenote on 1998.")).isNull();
        assertThat(reason(doc, "Tools")).isNull();
        assertThat(reason(doc, "Smith, J. (1999). Mozilla.")).isNull();
        assertThat(doc.references()).hasSize(1);
        assertThat(doc.markers()).hasSize(1);
    }

    @Test
    void aListOfIdsInTheFurnitureIsNoReferenceList() throws IOException {
        Document doc = read("<nav><ol><li id=home><a href=/>Home</a><li id=news><a href=/n>News</a></ol></nav>" + ARTICLE);
        assertThat(doc.references()).isEmpty();
        assertThat(doc.bodyEnd()).isEqualTo(doc.text().length());
    }

    @Test
    void noSignalSetsAsideAHolderOfMostOfTheProseOrOfTheTitle() throws IOException {
        Document doc = read("<div class=has-sidebar><nav>Home</nav>" + ARTICLE + "</div>"
                + "<div class=masthead><h1>The Mozilla story</h1></div>");
        assertThat(reason(doc, "Mozilla was founded")).isNull();
        assertThat(reason(doc, "The Mozilla story")).isNull();
        assertThat(reason(doc, "Home")).isEqualTo(SetAside.Reason.STRUCTURE);
    }

    @Test
    void selectorsNameBoilerplateElements() throws IOException {
        Document doc = read("<div class=offer-strip>Free shipping on orders over $50</div><nav>Home</nav>" + ARTICLE,
                List.of("div.offer-strip", "nav"), List.of(), "page.html");
        assertThat(reason(doc, "Free shipping on orders over $50")).isEqualTo(SetAside.Reason.SELECTOR);
        // found by the structure first: the selector adds nothing to the tally
        assertThat(reason(doc, "Home")).isEqualTo(SetAside.Reason.STRUCTURE);
        assertThat(reason(doc, "Mozilla was founded")).isNull();
        assertThat(doc.setAside().characters()).containsEntry(SetAside.Reason.SELECTOR, 27)
                .containsEntry(SetAside.Reason.STRUCTURE, 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"page.html", "notes.txt"})
    void textsNameTheLinesHoldingThemInAnyFormat(String name) throws IOException {
        String body = name.endsWith(".html") ? "<div>Free\u00a0shipping  on orders over $50!</div>" + ARTICLE
                : "Free shipping on orders over $50!\nMozilla was founded in 1998.\n";
        Document doc = read(body, List.of(), List.of("Free shipping on orders over"), name);
        assertThat(reason(doc, "orders over $50!")).isEqualTo(SetAside.Reason.TEXT);
        assertThat(reason(doc, "Mozilla was founded")).isNull();
    }

    @Test
    void aTextNamesWholeWords() throws IOException {
        Document doc = read("Share this page\nShares of Mozilla's partners rose in 2004.\n", List.of(), List.of("Share"),
                "notes.txt");
        assertThat(reason(doc, "Share this page")).isEqualTo(SetAside.Reason.TEXT);
        assertThat(reason(doc, "Shares of Mozilla's partners")).isNull();
    }

    @Test
    void setAsideTextStaysInTheTextAndOutOfTheBody() throws IOException {
        Document doc = read("<footer>Text is available under CC BY-SA 4.0</footer>" + ARTICLE);
        int at = doc.text().indexOf("Text is available under CC BY-SA 4.0");
        assertThat(at).isGreaterThanOrEqualTo(0);
        assertThat(doc.inBody(at)).isFalse();
        assertThat(doc.inBody(doc.text().indexOf("Mozilla was founded"))).isTrue();
    }
}
