package org.claimcheck.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Class and id names that say an element is page furniture (Readability's "unlikely candidates": menu, nav,
 * sidebar, footer, share, social, cookie, breadcrumb, related, advert...). Names are split into words at
 * punctuation and case changes ({@code siteNotice}, {@code share-bar}, {@code mw-jump-link}) and a word must be
 * one of {@link #WORDS}, or contain one of the few long ones in {@link #PARTS} ({@code printfooter},
 * {@code topnavbar}): short names such as "ad" or "nav" are never looked for inside words ("canvas", "header").
 * A name that also says content ({@code article-header}, {@code sidebar-content}) is not furniture.
 */
final class FurnitureNames {
    private static final Set<String> WORDS = Set.of("nav", "navbar", "navbox", "navigation", "menu", "menubar",
            "submenu", "breadcrumb", "breadcrumbs", "toc", "pagination", "pager", "skip", "skiplink", "jump", "sidebar",
            "footer", "masthead", "header", "share", "sharing", "sharebar", "social", "cookie", "cookies", "consent",
            "gdpr", "related", "ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsor",
            "sponsored", "promo", "newsletter", "subscribe", "signup", "shop", "cart", "basket", "banner", "copyright",
            "license", "licence", "edit", "editsection", "editlink", "comments", "disqus");
    private static final List<String> PARTS = List.of("footer", "header", "sidebar", "navbar", "navbox", "menu",
            "breadcrumb", "cookie", "copyright", "advert", "newsletter", "masthead");
    private static final Set<String> CONTENT = Set.of("article", "content", "body", "story", "entry", "text");
    /** Class attributes can be long; the first this many characters are read. */
    private static final int MAX_CHARS = 500;

    private FurnitureNames() {
    }

    /** Whether the class and id names of an element (joined by a space) name furniture and no content. */
    static boolean names(String classAndId) {
        boolean furniture = false;
        for (String word : words(classAndId.length() > MAX_CHARS ? classAndId.substring(0, MAX_CHARS) : classAndId)) {
            if (CONTENT.contains(word)) return false;
            furniture |= WORDS.contains(word) || PARTS.stream().anyMatch(word::contains);
        }
        return furniture;
    }

    /** The lower-case words of names: split at anything not a letter or digit, and before an inner capital. */
    static List<String> words(String names) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            boolean inner = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(names.charAt(i - 1));
            if (!Character.isLetterOrDigit(c) || inner) {
                if (word.length() > 0) out.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
            if (Character.isLetterOrDigit(c)) word.append(c);
        }
        if (word.length() > 0) out.add(word.toString().toLowerCase(Locale.ROOT));
        return out;
    }
}
