package org.claimcheck.rules;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.cite.Doi;
import org.claimcheck.cite.Isbn;

/**
 * What names one work in an entry, each reduced to one form: its DOIs (case-insensitive, with or without a
 * resolver), its ISBNs (an ISBN-10 as the ISBN-13 it became), the addresses it links to (without scheme,
 * {@code www.} and trailing slashes), and its title with its year when the title is long enough to tell works apart.
 * Site home pages and archived copies name no one work, so they give no key.
 */
final class WorkKeys {
    private static final Pattern ARCHIVE = Pattern.compile(
            "^(?:web\\.archive\\.org|archive\\.(?:org/web|today|is|ph|li|fo|md|vn)|webcitation\\.org|wayback\\.)");
    private static final Pattern HOME_PAGE = Pattern.compile("/?(?:(?:index|default|home|main)(?:\\.\\w{2,5})?/?)?");
    private static final Pattern DOI_ADDRESS = Pattern.compile("^(?:dx\\.)?doi\\.org/(10\\..+)$");
    /** A title needs this many words and letters to tell works apart ("Annual Report" and "Ibid." do not). */
    private static final int TITLE_WORDS = 4, TITLE_LETTERS = 24;

    private WorkKeys() {
    }

    /** Each key of the entry, mapped to how a message names it ("DOI 10.1000/182"). */
    static Map<String, String> of(Citations.Entry e) {
        Map<String, String> keys = new LinkedHashMap<>();
        String text = e.ref().text().replaceAll("\\s+", " ");
        for (Doi.Printed d : Doi.find(text)) {
            if (d.wellFormed()) keys.putIfAbsent("doi " + d.normalized(), "DOI " + d.text());
        }
        for (Isbn.Printed i : Isbn.printed(text)) {
            if (i.hasLength() && Isbn.isValid(i.digits())) keys.putIfAbsent("isbn " + isbn13(i.digits()), "ISBN " + i.text().strip());
        }
        Map<String, String> addresses = new LinkedHashMap<>();
        if (e.fields().url() != null) address(e.fields().url(), addresses);
        e.ref().links().forEach(link -> address(link, addresses));
        addresses.forEach((k, v) -> {
            if (k.startsWith("doi ")) keys.putIfAbsent(k, v);
        });
        if (!severalPagesOfOneSite(addresses.keySet())) addresses.forEach(keys::putIfAbsent);
        String title = title(e.fields().title());
        if (title != null && e.date() != null) {
            keys.putIfAbsent("title " + title + " " + e.date().year(), "title and year: \"" + e.fields().title() + "\" ("
                    + e.date().year() + ")");
        }
        return keys;
    }

    /**
     * Whether the entry links two pages of one site ("spec#Selectors" and "spec#Calls"): then it cites several
     * things, or lists a catalogue's pages beside the work, and no one address stands for the work it names.
     */
    private static boolean severalPagesOfOneSite(java.util.Set<String> addresses) {
        java.util.Set<String> hosts = new java.util.HashSet<>();
        for (String k : addresses) {
            if (k.startsWith("url ") && !hosts.add(k.substring(4).split("[/?#]", 2)[0])) return true;
        }
        return false;
    }

    /** A title in one form (lower case, letters and digits), or null when it is too short to name one work. */
    static String title(String title) {
        if (title == null) return null;
        String t = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        long letters = t.chars().filter(Character::isLetter).count();
        return t.split(" ").length >= TITLE_WORDS && letters >= TITLE_LETTERS ? t : null;
    }

    private static void address(String url, Map<String, String> keys) {
        String s = url.strip().replaceFirst("(?i)^(?:https?:)?//", "").replaceFirst("(?i)^www\\.", "");
        int slash = indexOfAny(s, "/?#");
        String host = (slash < 0 ? s : s.substring(0, slash)).toLowerCase(Locale.ROOT);
        String rest = (slash < 0 ? "" : s.substring(slash)).replaceFirst("[/.,;:]+$", "");
        Matcher doi = DOI_ADDRESS.matcher(host + rest);
        if (doi.matches()) {
            String d = decoded(doi.group(1));
            keys.putIfAbsent("doi " + d.toLowerCase(Locale.ROOT), "DOI " + d);
            return;
        }
        if (host.isEmpty() || ARCHIVE.matcher(host + rest).find() || HOME_PAGE.matcher(rest).matches()) return;
        keys.putIfAbsent("url " + host + rest, "address " + url.strip());
    }

    /** A DOI as an address writes it ("10.1073%2Fpnas"), decoded; as written when its escapes are broken. */
    private static String decoded(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }

    /** An ISBN-10 as the ISBN-13 it is also known by (prefix 978, new check digit); an ISBN-13 as it is. */
    private static String isbn13(String digits) {
        if (digits.length() == 13) return digits;
        String twelve = "978" + digits.substring(0, 9);
        return twelve + Isbn.expectedCheckDigit(twelve + "0");
    }
}
