package org.claimcheck.anchor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locates quotes in one text: exact first, then with typography normalized, and otherwise the nearest passage
 * by edit distance. The normalized text is built once per text, on first need.
 */
public final class Anchorer {
    /** How much of a quote that is not found is aligned to find the nearest passage (the cost grows with its square). */
    static final int NEAREST_CHARS = 2000;
    private final String text;
    private volatile NormalizedText normalized;
    private volatile TextPieces pieces;
    private final Map<String, Anchor> cache = new ConcurrentHashMap<>();

    public Anchorer(String text) {
        this.text = text;
    }

    public Anchor anchor(String quote) {
        return cache.computeIfAbsent(quote, this::locate);
    }

    private Anchor locate(String quote) {
        String q = quote.strip();
        int at = text.indexOf(q);
        if (at >= 0) return new Anchor(Anchor.Match.EXACT, at, at + q.length(), 0);
        NormalizedText norm = normalized();
        String nq = NormalizedText.of(q).text();
        int n = nq.isEmpty() ? -1 : norm.text().indexOf(nq);
        if (n >= 0) {
            return new Anchor(Anchor.Match.NORMALIZED, norm.origin(n), norm.originEnd(n + nq.length()), 0);
        }
        // a quote is a sentence or two; past that, its opening is enough to show where the text differs
        NearestPassage.Match best = NearestPassage.find(nq.substring(0, Math.min(nq.length(), NEAREST_CHARS)), norm.text(),
                pieces(norm));
        return new Anchor(Anchor.Match.NOT_FOUND, norm.origin(best.start()), norm.originEnd(best.end()), best.distance());
    }

    /** The normalized text's pieces, indexed on the first quote not found (most texts have none). */
    private TextPieces pieces(NormalizedText norm) {
        TextPieces p = pieces;
        if (p == null) {
            p = TextPieces.of(norm.text(), NearestPassage.Q);
            pieces = p;
        }
        return p;
    }

    private NormalizedText normalized() {
        NormalizedText n = normalized;
        if (n == null) {
            n = NormalizedText.of(text);
            normalized = n;
        }
        return n;
    }
}
