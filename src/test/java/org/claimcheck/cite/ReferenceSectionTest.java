package org.claimcheck.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceSectionTest {
    private static List<ReferenceSection> lists(String text) {
        return ReferenceSection.findAll(text, offset -> false);
    }

    /** Each entry as "list:number text". */
    private static List<String> entries(String text) {
        return lists(text).stream().flatMap(l -> l.entries().stream())
                .map(r -> r.list() + ":" + r.number() + " " + r.text()).toList();
    }

    @Test
    void readsDottedParenthesisedAndBracketedEntries() {
        assertThat(entries("Body.\nReferences\n1. Hope A. Zenda.\n2) Hope A. Rupert.\n[3] Hope A. Osra.\n"))
                .containsExactly(":1 Hope A. Zenda.", ":2 Hope A. Rupert.", ":3 Hope A. Osra.");
    }

    @Test
    void readsBareNumberedEntriesThatWrap() {
        String text = "Body.\nReferences\n1 Author, A. B., A study of\nthings. J. Things 3 (2001) 1.\n2 Other, C., Title. 2002.\n";
        assertThat(entries(text)).containsExactly(":1 Author, A. B., A study of things. J. Things 3 (2001) 1.",
                ":2 Other, C., Title. 2002.");
    }

    @Test
    void bareNumbersMakeNoListUnlessARunFromOne() {
        assertThat(entries("References\n1 Author, A. B., Title. 2001.\nThe end.\n")).isEmpty();
        assertThat(entries("References\n3 Author, A. B., Title. 2001.\n4 Other, C., Title. 2002.\n")).isEmpty();
        assertThat(entries("References\n12\n13\n")).isEmpty();
        assertThat(entries("References\n1 23 45\n2 34 56\n3 45 67\n")).isEmpty();
        assertThat(entries("Sources\n1 Introduction\n2 Methods\n3 Results\n")).isEmpty();
    }

    @Test
    void bareListsDoNotSkipNumbers() {
        String text = "References\n1 Author, A., Title of\n2 apples, eaten. 2001.\n3 Other, B., Title. 2002.\n5 Third, C., T. 2003.\n";
        assertThat(entries(text)).containsExactly(":1 Author, A., Title of", ":2 apples, eaten. 2001.",
                ":3 Other, B., Title. 2002. 5 Third, C., T. 2003.");
    }

    @Test
    void headingsMayBeNumberedQualifiedOrEndInAColon() {
        assertThat(ReferenceSection.heading("7 References")).isEqualTo("References");
        assertThat(ReferenceSection.heading("VII. REFERENCES")).isEqualTo("REFERENCES");
        assertThat(ReferenceSection.heading("Supplementary References:")).isEqualTo("Supplementary References");
        assertThat(ReferenceSection.heading("## References")).isEqualTo("References");
        assertThat(ReferenceSection.heading("# 7 Notes and references")).isEqualTo("Notes and references");
        assertThat(ReferenceSection.heading("Published: 2 January 2014References")).isEqualTo("References");
        assertThat(ReferenceSection.heading("References to earlier work are rare")).isNull();
        assertThat(ReferenceSection.heading("Other notes")).isNull();
    }

    @Test
    void aSecondListNumberedAfreshIsItsOwnList() {
        String text = "Body [1].\nReferences\n1. A. One.\n2. B. Two.\nSupplement [1].\nSupplementary References\n"
                + "1. C. Three.\n";
        List<ReferenceSection> lists = lists(text);
        assertThat(lists).extracting(ReferenceSection::name).containsExactly("", "Supplementary References");
        assertThat(entries(text)).containsExactly(":1 A. One.", ":2 B. Two.", "Supplementary References:1 C. Three.");
        assertThat(text.substring(lists.get(0).headingStart(), lists.get(0).end())).isEqualTo(
                "References\n1. A. One.\n2. B. Two.");
    }

    @Test
    void aRepeatedHeadingIsNamedApart() {
        String text = "References\n1. A. One.\nAppendix [1].\nReferences\n1. B. Two.\nMore.\nReferences\n1. C. Three.\n";
        assertThat(lists(text)).extracting(ReferenceSection::name).containsExactly("", "References 2", "References 3");
    }

    @Test
    void aHeadingWhoseEntriesContinueTheNumberingContinuesTheList() {
        String text = "References\n1. A. One.\n2. B. Two.\nReferences\n3. C. Three.\n";
        List<ReferenceSection> lists = lists(text);
        assertThat(lists).hasSize(1);
        assertThat(entries(text)).containsExactly(":1 A. One.", ":2 B. Two.", ":3 C. Three.");
        assertThat(lists.get(0).end()).isEqualTo(text.length() - 1);
    }

    @Test
    void theLastEntryEndsBeforeASectionHeadingButAWrappedPublisherStays() {
        assertThat(entries("References\n1. Smith J. A book.\nOxford University Press\n2. Jones K. Another.\n"
                + "Supplementary material\nThe archive holds more.\n"))
                .containsExactly(":1 Smith J. A book. Oxford University Press", ":2 Jones K. Another.");
    }

    @Test
    void pageNumbersInsideAListAreSkipped() {
        assertThat(entries("References\n1. Smith J. A book. 2001.\n12\n2. Jones K. Another. 2002.\n13\n"))
                .containsExactly(":1 Smith J. A book. 2001.", ":2 Jones K. Another. 2002.");
    }
}
