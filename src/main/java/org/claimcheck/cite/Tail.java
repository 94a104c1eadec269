package org.claimcheck.cite;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.time.DateParser;
import org.claimcheck.time.PartialDate;

/**
 * Container, publisher and date from what follows the title. Wikipedia's templates write them as sentences
 * ("China Brief. 5 (10). The Jamestown Foundation."); book styles put the publisher after a place and a colon
 * or in a parenthesis with the year; chapters name their book after "in".
 */
record Tail(String container, String publisher, PartialDate date) {
    /**
     * "In" and the editors that precede the book: "In: Brown, A. (Eds.),", "In A. Brown (ed.)", and Vancouver's
     * "In: Brown A, Green B, eds." or "editors.". Editors after the book end it (see {@link #stop}).
     */
    private static final Pattern IN = Pattern.compile("^[\\s.,]*[Ii]n:?\\s+(?:[^()]{0,300}?\\((?i:eds?|hrsg)\\.?\\),?\\s*"
            + "|[^().]{0,300}?,\\s*(?:eds?\\.|editors?[.:])\\s+)?");
    /** Publication facts in parentheses: "(University of California Press, 2005)", "(Oxford: Pergamon)". */
    private static final Pattern FACTS = Pattern.compile("\\(([^()]*?)[,\\s]+\\d{4}[a-z]?\\)|\\(([^():]{2,40}:[^():]+)\\)");
    /** A marker of format or language right after the title: "(PDF)", "(in Russian)". */
    private static final Pattern FORMAT = Pattern.compile("^\\s*\\([\\p{L} ]{1,25}\\)\\.?");
    private static final Pattern PLACE_PUBLISHER = Pattern.compile("^[\\p{L} .,]{2,40}?:\\s*(\\p{L}.*)$");
    /** Where a container's name stops and its volume, issue or pages begin. */
    private static final Pattern NUMBERING = Pattern.compile("(?:,?\\s+|,)(?:[Vv]ol\\.|[Nn]o\\.|pp?\\.|\\(|\\d+(?!\\p{L}))");
    private static final Pattern NOT_A_NAME = Pattern.compile("^(?:\\(.*\\)|[Vv]ol\\.?.*|[Nn]o\\..*|pp?\\..*|[\\d(\\[].*)$");

    static Tail of(String tail) {
        String after = FORMAT.matcher(tail).replaceFirst("");
        PartialDate date = publicationDate(after, false);
        String container = null, publisher = null;
        Matcher facts = FACTS.matcher(after);
        if (facts.find()) publisher = afterPlace(facts.group(1) != null ? facts.group(1) : facts.group(2));
        Matcher in = IN.matcher(after);
        int from = 0;
        if (in.lookingAt()) {
            String book = after.substring(in.end());
            container = name(book.substring(0, Math.min(Sentences.end(book, 0), stop(book))));
            from = in.end() + Sentences.end(book, 0);
        }
        while (from < after.length()) {
            int end = Sentences.end(after, from);
            String segment = TitleSplit.trim(after.substring(from, end).replaceFirst("^[\\s.,;:]+", ""));
            from = end + 1;
            Optional<DateParser.Found> lead = DateParser.findAll(segment).stream().findFirst()
                    .filter(d -> d.start() == 0);
            if (lead.isPresent()) segment = segment.substring(lead.get().end()).replaceFirst("^[\\s,;:]+", "");
            if (segment.isEmpty() || NOT_A_NAME.matcher(segment).matches()) continue;
            Matcher place = PLACE_PUBLISHER.matcher(segment);
            if (lead.isPresent() || place.matches()) {
                if (publisher == null) publisher = name(place.matches() ? place.group(1) : segment);
            } else if (container == null) {
                container = name(segment);
            } else if (publisher == null) {
                publisher = name(segment);
            }
        }
        return new Tail(container, publisher, date);
    }

    /**
     * The date in parentheses, where a style puts the publication date ("Phys. Rev. D 15, 1753 (2006)"), else one
     * that is a field of its own (", 2011."), not part of a report number ("ATL-PHYS-PUB 2011-11") nor of a quoted
     * title ("… at 30 June 1996, 2001, 2006-18"), else the first
     * date, or the last when the text may open with a title that holds years of its own.
     */
    static PartialDate publicationDate(String s, boolean last) {
        List<DateParser.Found> all = DateParser.findAll(s);
        for (DateParser.Found d : all) {
            if (s.substring(0, d.start()).matches("(?s).*\\(\\s*") && s.substring(d.end()).matches("(?s)\\s*\\).*")) {
                return d.date();
            }
        }
        if (all.size() > 1 && !last) {
            for (DateParser.Found d : all) {
                String before = s.substring(0, d.start());
                boolean quoted = before.chars().filter(c -> c == '"' || c == '“' || c == '”').count() % 2 == 1;
                if (!quoted && before.matches("(?s).*,\\s*") && s.substring(d.end()).matches("(?s)\\s*(?:[,;.].*)?")) {
                    return d.date();
                }
            }
        }
        return all.isEmpty() ? null : all.get(last ? all.size() - 1 : 0).date();
    }

    /** Where a book's name ends: its parenthesis, pages or numbers, or its editors ("Book, edited by A. Brown"). */
    private static int stop(String s) {
        Matcher m = Pattern.compile("\\s\\(|,\\s*pp?\\.|,\\s*\\d|,?\\s+(?:edited by|eds?\\.?)\\s").matcher(s);
        return m.find() ? m.start() : s.length();
    }

    /** A field's name without the numbering or date that follows it ("Journal of Family Therapy, 23(4)"). */
    private static String name(String s) {
        Matcher m = NUMBERING.matcher(s);
        String cut = m.find() && m.start() > 0 ? s.substring(0, m.start()) : s;
        Optional<DateParser.Found> d = DateParser.findAll(cut).stream().findFirst();
        if (d.isPresent() && d.get().start() > 0) cut = cut.substring(0, d.get().start());
        String out = TitleSplit.trim(cut);
        return out.isEmpty() ? null : out;
    }

    private static String afterPlace(String facts) {
        int colon = facts.lastIndexOf(':');
        return name(colon >= 0 ? facts.substring(colon + 1) : facts);
    }
}
