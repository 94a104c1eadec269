package org.claimcheck.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextCitationsTest {
    private static final String LIST = "\nReferences\n1. A. One. 2001.\n2. B. Two. 2002.\n3. C. Three. 2003.\n"
            + "4. D. Four. 2004.\n";

    /** Each marker as "list:number 'text'". */
    private static List<String> markers(String text) {
        return TextCitations.read(text, offset -> false).markers().stream()
                .map(m -> m.list() + ":" + m.number() + " '" + text.substring(m.start(), m.end()) + "'").toList();
    }

    @Test
    void eachMarkerCountsInTheFirstListAfterIt() {
        String text = "Body [1] and [2].\nReferences\n1. A. One.\n2. B. Two.\n\nAppendix [2].\n"
                + "Supplementary References\n1. S. One.\n2. S. Two.\n\nAuthors [1].\n";
        assertThat(markers(text)).containsExactly(":1 '[1]'", ":2 '[2]'", "Supplementary References:2 '[2]'");
        TextCitations c = TextCitations.read(text, offset -> false);
        assertThat(c.bodyEnd()).isEqualTo(text.indexOf("Supplementary"));
        assertThat(c.inList(text.indexOf("B. Two"))).isTrue();
        assertThat(c.inList(text.indexOf("Appendix"))).isFalse();
    }

    @Test
    void parenthesisedNumbersCountWhereTheyFitTheList() {
        String text = "Trials (1) and reviews (2, 3) agree (1–4). Later work (4).\n" + LIST;
        assertThat(markers(text)).containsExactly(":1 '(1)'", ":2 '(2, 3)'", ":3 '(2, 3)'", ":1 '(1–4)'",
                ":2 '(1–4)'", ":3 '(1–4)'", ":4 '(1–4)'", ":4 '(4)'");
    }

    @Test
    void parenthesisedNumbersDoNotCountBesideBracketMarkers() {
        assertThat(markers("Trials [1] and reviews (2, 3) agree [4] (3).\n" + LIST)).containsExactly(":1 '[1]'", ":4 '[4]'");
    }

    @Test
    void parenthesisedNumbersThatMissTheListAreNotCitations() {
        assertThat(markers("Of 120 patients (45) were women; the rest (75) men (1).\n" + LIST)).isEmpty();
        assertThat(markers("Only one trial (2) is cited.\n" + LIST)).isEmpty();
        assertThat(markers("Trials (1) and reviews (2, 3) agree (1–4), (4), cohort (57).\n" + LIST))
                .containsExactly(":1 '(1)'", ":2 '(2, 3)'", ":3 '(2, 3)'", ":1 '(1–4)'", ":2 '(1–4)'", ":3 '(1–4)'",
                        ":4 '(1–4)'", ":4 '(4)'");
    }

    @Test
    void parenthesisedNumbersWithoutAListAreNotCitations() {
        assertThat(markers("Trials (1) and reviews (2, 3) agree (1–4).\n")).isEmpty();
    }

    @Test
    void codeFormulasEquationNumbersAndEnumerationsAreNotCitations() {
        String text = """
                Trials (1) and cohorts (2) agree; reviews (3) and audits (4) too.
                    int timeout = compute(748);
                    wait (748);
                    x = (2);
                E = mc^2 (1)
                (2)
                L(α̂, θ̂)
                , (3)
                the energy        (3)
                as Eq. (3) shows, and Eqs. (1) and (2) too; Fig. (4).
                the aims were: (1) age, (2) sex and (3) weight.
                """ + LIST;
        assertThat(markers(text)).containsExactly(":1 '(1)'", ":2 '(2)'", ":3 '(3)'", ":4 '(4)'");
    }

    @Test
    void aCitationWrappedToTheStartOfALineCounts() {
        String text = "Trials by Smith and Jones\n(1) found that reviews (2, 3) agree (4).\n" + LIST;
        assertThat(markers(text)).containsExactly(":1 '(1)'", ":2 '(2, 3)'", ":3 '(2, 3)'", ":4 '(4)'");
    }

    /** A list long enough that 748 is in range: the code listing's (748) must still not count. */
    @Test
    void aNumberInACodeListingIsNoCitation() {
        StringBuilder text = new StringBuilder("Studies");
        for (int n = 1; n <= 800; n++) text.append(" (").append(n).append("),");
        text.append(" agree.\n\n    int timeout = compute(748);\n    wait (748);\n    retry = (748);\n\nReferences\n");
        for (int n = 1; n <= 800; n++) text.append(n).append(". Author A. Title ").append(n).append(". 2001.\n");
        String s = text.toString();
        List<String> found = TextCitations.read(s, offset -> false).markers().stream().filter(m -> m.number() == 748)
                .map(m -> s.substring(m.start(), m.end()) + "@" + m.start()).toList();
        assertThat(found).containsExactly("(748)@" + s.indexOf("(748)"));
    }

    @Test
    void aRunOfParenthesesAndAGroupWrappedOverALineCount() {
        String text = "Close relations.(2)(4) Refs. (1, 3–\n4) agree.\n" + LIST;
        assertThat(markers(text)).containsExactly(":2 '(2)'", ":4 '(4)'", ":1 '(1, 3–\n4)'", ":3 '(1, 3–\n4)'",
                ":4 '(1, 3–\n4)'");
    }

    /**
     * Hostile input stays linear: long runs of spaces, unclosed groups, headings without end. The bound is a hang
     * guard, not a measure (bench/ measures): linear takes well under a second, quadratic on 200,000 characters
     * takes minutes, and a loaded CI machine must not make the difference look like a failure.
     */
    @Test
    void hostileInputIsReadInBoundedTime() {
        String spaces = " ".repeat(200_000);
        List<String> inputs = List.of("References\n1. a," + spaces + "x\n2 b," + spaces + "y\n",
                "References\n1 A, b.\n2 B, c." + spaces + "z\n", "[1, ".repeat(50_000), "(1, ".repeat(50_000),
                "References\n".repeat(50_000), "x = [1] ".repeat(50_000) + LIST, "(1) ".repeat(50_000) + LIST,
                "Refs (1)" + spaces + ";\n".repeat(1000) + LIST);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> inputs.forEach(s -> TextCitations.read(s, offset -> false)));
    }
}
