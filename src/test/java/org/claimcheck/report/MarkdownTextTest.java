package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text from input stays text in a pull-request comment: no markup, no mention, no link that leaves. */
class MarkdownTextTest {

    @Test
    void markupAndMentionsAreInert() {
        assertThat(MarkdownText.escape("see @octo-org/admins and <b>*this*</b> & [x](javascript:alert(1))\nnext"))
                .isEqualTo("see @\u2060octo-org/admins and \\<b\\>\\*this\\*\\</b\\> &amp; \\[x\\](javascript:alert(1)) next");
    }

    @Test
    void linkTargetsAreRelativeAndEncoded() {
        assertThat(MarkdownText.linkTarget("seeds/a b)(c:d.txt")).isEqualTo("seeds/a%20b%29%28c%3Ad.txt");
    }
}
