package org.claimcheck.cite;

import java.util.regex.Pattern;

/**
 * A pinpoint inside a cited work, as citation styles write it after the number: {@code p. 23}, {@code pp. 23–25},
 * {@code ch. 4}, {@code Fig. 3}, {@code § 2.1}, {@code p. xiv}. Its numbers are pages or parts, never citations.
 */
final class Locator {
    /** A page, a part number with sections ({@code 2.1}) or a roman page, optionally a range, optionally "f"/"ff". */
    static final String VALUE = "(?:\\d{1,5}(?:\\.\\d{1,3}){0,3}|[ivxlc]{1,6})"
            + "(?:\\s*[-–—]\\s*(?:\\d{1,5}(?:\\.\\d{1,3}){0,3}|[ivxlc]{1,6}))?(?:\\s?ff?\\.?)?";
    private static final String LABEL = "p|pp|pg|pgs|pages?|ch|chap|chapters?|sec|secs|sections?|§§?|figs?|figures?"
            + "|tab|tables?|eqs?|equations?|thm|theorem|lem|lemma|prop|def|cor|app|appendix|paras?|par|ll?|lines?|cols?"
            + "|nn?|notes?|no|vol|art|fn|slides?|loc";
    /** A labelled locator, the label abbreviated or not, with or without its period. */
    static final Pattern LABELLED = Pattern.compile("(?i)(?:" + LABEL + ")\\.?\\s?" + VALUE);

    private Locator() {
    }
}
