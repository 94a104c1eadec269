package org.claimcheck.cite;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.time.DateParser;
import org.claimcheck.time.PartialDate;

/**
 * Splits one reference-list entry into fields. Entries are read front to back the way citation styles write
 * them: authors, often a date, a title (quoted or up to the sentence end), then container, publisher and
 * dates. Clauses that every style marks with a keyword (URL, ISBN, "Archived from the original on", "Retrieved")
 * are taken out first so they cannot be mistaken for a container or the publication date.
 */
public final class ReferenceParser {
    private static final Pattern NUMBER = Pattern.compile("^(?:\\[\\d{1,4}]|\\(\\d{1,4}\\)|\\d{1,3}[.)]?)\\s+");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s<>\"]+[^\\s<>\".,;:)\\]]");
    private static final Pattern ISBN = Pattern.compile("ISBN(?:-1[03])?:?\\s*([\\dXx][\\dXx -]{8,15}[\\dXx])\\b");
    private static final Pattern ARCHIVED = Pattern.compile("Archived from the original(?: \\(\\w+\\))? on\\s+");
    private static final Pattern RETRIEVED = Pattern.compile("(?i)\\b(?:retrieved|accessed|viewed)(?: on)?:?\\s+");
    private static final Pattern PAGES = Pattern.compile(
            "\\bpp?\\.\\s*(\\w*\\d+(?:\\s*[-–—]\\s*\\w*\\d+)?)|[:,]\\s*(\\d+\\s*[-–]\\s*\\d+)(?=\\s*[.;,(]|\\s*$)");
    /** A rule that repeats the authors of the entry above ("———. 1996.", "---.", "__________ ."). */
    private static final Pattern DITTO = Pattern.compile("([-–—_](?:\\s?[-–—_]){1,15})(?=\\s*[.,])");
    /**
     * An organisation before a sentence stop or a date ("Montsame News Agency.", "UNHCR, 2015."), or an acronym
     * before the colon that ends author lists in BMC's style ("WHO: Hospitals.").
     */
    private static final Pattern ORGANISATION = Pattern.compile("^([^\"“”(.,:;]{2,80}?)(?=\\.\\s|\\s\\(\\s*(?:\\w+\\.? )*"
            + "\\d{4}|,\\s*\\d{4}\\b)|^(\\p{Lu}{2,10})(?=:\\s)");
    /** Text that may stand between the authors and a date that follows them: "Blagov, Sergei (May 2005)." */
    private static final Pattern BEFORE_DATE = Pattern.compile("[\\s.,:;(\\[]*");

    private ReferenceParser() {
    }

    public static ParsedReference parse(String entryText) {
        String s = NUMBER.matcher(entryText.strip().replaceAll("\\s+", " ")).replaceFirst("");
        String url = find(URL, s, 0);
        if (url != null) s = s.replace(url, " ");
        IsbnFound isbn = isbn(s);
        if (isbn.text() != null) s = s.replace(isbn.text(), " ");
        String[] held = {s};
        PartialDate archived = takeDated(held, ARCHIVED);
        PartialDate retrieved = takeDated(held, RETRIEVED);
        s = spacing(held[0]);
        String pages = pages(s);

        AuthorScanner.Result names = authors(s);
        String rest = s.substring(names.end());
        PartialDate date = null;
        Optional<DateParser.Found> lead = DateParser.findAll(rest).stream().findFirst();
        if (!names.names().isEmpty() && lead.isPresent()
                && BEFORE_DATE.matcher(rest.substring(0, lead.get().start())).matches()) {
            date = lead.get().date();
            rest = rest.substring(lead.get().end());
            // APA's "(1992, August 27)" and "(2006, 25-26 March)": the rest of the parenthesis is part of the date.
            if (s.substring(names.end(), s.length() - rest.length()).contains("(")) {
                rest = rest.replaceFirst("^,[^()]{1,30}\\)", ")");
            }
        }
        TitleSplit title = TitleSplit.of(rest, stop(rest));
        Tail tail = Tail.of(title.after());
        if (date == null) date = tail.date();
        if (date == null && title.title() != null) date = Tail.publicationDate(rest, true);
        return new ParsedReference(names.names(), title.title(), title.container() != null ? title.container()
                : tail.container(), tail.publisher(), date, pages, isbn.valid(), isbn.invalid(), url, archived, retrieved);
    }

    /**
     * The authors (or the rule that repeats those of the entry above), or failing that an organisation: an
     * unquoted lead of a few words ending in a sentence stop or a date ("Montsame News Agency.", "World Health
     * Organization (2019)", "UNHCR, 2015.").
     */
    private static AuthorScanner.Result authors(String s) {
        Matcher ditto = DITTO.matcher(s);
        if (ditto.lookingAt()) return new AuthorScanner.Result(List.of(ditto.group(1)), ditto.end(1));
        AuthorScanner.Result names = AuthorScanner.scan(s);
        if (!names.names().isEmpty()) return names;
        Matcher org = ORGANISATION.matcher(s);
        if (org.find() && org.group().strip().split(" ").length <= 8 && Character.isUpperCase(s.charAt(0))) {
            return new AuthorScanner.Result(List.of(org.group().strip()), org.end());
        }
        return new AuthorScanner.Result(List.of(), 0);
    }

    /** A comma after the authors ("Morris Rossabi, Modern Mongolia ...") means the title, too, ends at a comma. */
    private static char stop(String rest) {
        return rest.replaceFirst("^[\\s)\\]]+", "").startsWith(",") ? ',' : '.';
    }

    /** Removes a keyword clause and the date after it ("Retrieved 2008-06-16."), returning the date. */
    private static PartialDate takeDated(String[] held, Pattern keyword) {
        Matcher k = keyword.matcher(held[0]);
        while (k.find()) {
            Optional<DateParser.Found> d = DateParser.findAll(held[0].substring(k.end())).stream().findFirst();
            if (d.isPresent() && d.get().start() == 0) {
                int end = k.end() + d.get().end();
                if (end < held[0].length() && held[0].charAt(end) == '.') end++;
                held[0] = held[0].substring(0, k.start()) + held[0].substring(end);
                return d.get().date();
            }
        }
        return null;
    }

    /** A printed ISBN: its digits when the check digit holds, else as invalid; text is what to cut out. */
    private record IsbnFound(String valid, String invalid, String text) {
    }

    private static IsbnFound isbn(String s) {
        Matcher m = ISBN.matcher(s);
        if (!m.find()) return new IsbnFound(null, null, null);
        Optional<String> digits = Isbn.normalize(m.group(1));
        if (digits.isEmpty()) return new IsbnFound(null, null, m.group());
        boolean valid = Isbn.isValid(digits.get());
        return new IsbnFound(valid ? digits.get() : null, valid ? null : digits.get(), m.group());
    }

    private static String pages(String s) {
        Matcher m = PAGES.matcher(s);
        if (!m.find()) return null;
        return (m.group(1) != null ? m.group(1) : m.group(2)).replaceAll("\\s+", "");
    }

    /**
     * Repairs the spacing that text extracted from PDFs garbles ("Invariance ,JETP Lett .13 ( 1971)",
     * "Strings.JHEP"), so punctuation delimits fields as it does in typed text.
     */
    private static String spacing(String s) {
        return s.replaceAll("\\s+", " ").replaceAll(" (?=[,;:.)\\]])|(?<=[(\\[]) ", "")
                .replaceAll("(?<=\\p{Ll}\\p{Ll})([.,;])(?=\\p{Lu})|(?<=\\p{L})([,;])(?=\\p{L})", "$1$2 ").strip();
    }

    private static String find(Pattern p, String s, int group) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(group) : null;
    }
}
