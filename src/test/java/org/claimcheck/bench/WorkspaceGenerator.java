package org.claimcheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a workspace of made-up documents and claims for benchmarks (bench/run): prose-like text with citation
 * markers and reference lists, a vocabulary, and claims quoting sentences of the documents, a share of them
 * with 5–10% of their characters edited. The same arguments always give the same bytes (fixed seed).
 *
 * <p>Usage: {@code WorkspaceGenerator OUT SOURCES CLAIMS CHARS_PER_SOURCE EDITED_SHARE [SEED]}; also writes
 * {@code OUT/quotes.txt}, the exact quotes one a line, for a grep baseline.
 */
public final class WorkspaceGenerator {
    private static final String[] WORDS = ("the of and to in a is that for it as was with be by on not he this are or"
            + " his from at which but have an they you were her she there been one all we their has would when if so"
            + " no will more can out other into some could them than then now only its over also after first two"
            + " new years treaty border agreement government delegation talks trade relations council minister"
            + " republic recognition envoy mission army railway consulate embassy signed declared published").split(" ");
    private static final String[] SYLLABLES = "ka lo mir san tor vel dan zu ren gol bat ul an tse rik mon dor".split(" ");
    private static final String[] PROPERTIES = {"established", "member-of", "partner-of", "signed-treaty-with", "population"};

    private final Random random;
    private final List<String> entities = new ArrayList<>();

    private WorkspaceGenerator(long seed, int entityCount) {
        random = new Random(seed);
        for (int i = 0; i < entityCount; i++) entities.add(name() + " " + name());
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 5) {
            System.err.println("usage: WorkspaceGenerator OUT SOURCES CLAIMS CHARS_PER_SOURCE EDITED_SHARE [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int sources = Integer.parseInt(args[1]);
        int claims = Integer.parseInt(args[2]);
        int chars = Integer.parseInt(args[3]);
        double edited = Double.parseDouble(args[4]);
        long seed = args.length > 5 ? Long.parseLong(args[5]) : 42;
        new WorkspaceGenerator(seed, Math.max(20, claims / 20)).write(out, sources, claims, chars, edited);
    }

    private void write(Path out, int sources, int claims, int chars, double edited) throws IOException {
        Files.createDirectories(out.resolve("seeds"));
        Files.createDirectories(out.resolve("claims"));
        List<List<String>> sentences = new ArrayList<>();
        StringBuilder list = new StringBuilder("sources:\n");
        for (int s = 0; s < sources; s++) {
            List<String> said = new ArrayList<>();
            // every tenth document lost its reference list: its markers point at nothing (citation-out-of-range)
            String text = document(chars, s % 10 != 9, said);
            sentences.add(said);
            String file = String.format("doc-%05d.txt", s);
            Files.writeString(out.resolve("seeds").resolve(file), text, StandardCharsets.UTF_8);
            list.append("  - id: doc-").append(s).append("\n    file: ").append(file).append("\n    title: ")
                    .append(entities.get(s % entities.size())).append(" relations\n    kind: text\n");
        }
        Files.writeString(out.resolve("seeds/sources.yaml"), list.toString(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("claims/vocabulary.yaml"), vocabulary(), StandardCharsets.UTF_8);
        StringBuilder quotes = new StringBuilder();
        int perFile = 1000;
        for (int f = 0; f * perFile < claims; f++) {
            StringBuilder y = new StringBuilder("claims:\n");
            for (int c = f * perFile; c < Math.min(claims, (f + 1) * perFile); c++) {
                int s = random.nextInt(sources);
                List<String> said = sentences.get(s);
                String quote = said.get(random.nextInt(said.size()));
                if (random.nextDouble() < edited) quote = edit(quote);
                else quotes.append(quote).append('\n');
                y.append("  - id: claim-").append(c).append("\n    says: generated claim ").append(c)
                        .append("\n    assert:\n      - ").append(assertion()).append("\n    sources:\n      - source: doc-")
                        .append(s).append("\n        quote: \"").append(quote.replace("\\", "\\\\").replace("\"", "\\\""))
                        .append("\"\n");
            }
            Files.writeString(out.resolve(String.format("claims/gen-%04d.yaml", f)), y.toString(), StandardCharsets.UTF_8);
        }
        Files.writeString(out.resolve("quotes.txt"), quotes.toString(), StandardCharsets.UTF_8);
    }

    /** Paragraphs of sentences, each closed by a marker or two, then (when listed) a numbered reference list. */
    private String document(int chars, boolean listed, List<String> said) {
        int entries = 20 + random.nextInt(60);
        StringBuilder t = new StringBuilder(entities.get(random.nextInt(entities.size()))).append("\n\n");
        while (t.length() < chars) {
            for (int i = 0; i < 3 + random.nextInt(4); i++) {
                String sentence = sentence();
                said.add(sentence);
                t.append(sentence);
                // a marker past the list now and then: one missing number (citation-out-of-range)
                int n = random.nextInt(500) == 0 ? entries + 1 + random.nextInt(5) : 1 + random.nextInt(entries);
                if (random.nextInt(3) == 0) t.append('[').append(n).append(']');
                t.append(' ');
            }
            t.append("\n\n");
        }
        if (listed) {
            t.append("References\n\n");
            for (int i = 1; i <= entries; i++) {
                t.append(i).append(". ").append(name()).append(", ").append(Character.toUpperCase(name().charAt(0)))
                        .append(". (").append(1950 + random.nextInt(70)).append("). ").append(capitalise(words(6)))
                        .append(". Journal of ").append(capitalise(name())).append(" Studies. ").append(random.nextInt(40))
                        .append(": ").append(random.nextInt(300)).append("–").append(300 + random.nextInt(50)).append(".\n");
            }
        }
        return t.toString();
    }

    private String sentence() {
        StringBuilder s = new StringBuilder(capitalise(words(3 + random.nextInt(6))));
        s.append(' ').append(entities.get(random.nextInt(entities.size()))).append(' ').append(words(4 + random.nextInt(10)));
        if (random.nextInt(4) == 0) s.append(" in ").append(1900 + random.nextInt(120));
        return s.append('.').toString();
    }

    /** An assertion about one of the entities; rare conflicts and denials, so that the rules have work to report. */
    private String assertion() {
        int e = random.nextInt(entities.size());
        String property = PROPERTIES[random.nextInt(PROPERTIES.length)];
        String subject = "e" + e;
        return switch (property) {
            case "established" -> "{subject: " + subject + ", property: established, value: " + (1900 + e % 100
                    + (random.nextInt(200) == 0 ? 1 : 0)) + "}";
            case "population" -> "{subject: " + subject + ", property: population, value: " + (1000 + random.nextInt(5))
                    + ", at: " + (1900 + random.nextInt(120)) + "}";
            case "signed-treaty-with" -> random.nextInt(50) == 0
                    ? "{subject: " + subject + ", property: signed-treaty-with, value: e" + (e + 1) % entities.size()
                            + ", negated: true, until: 1950}"
                    : "{subject: " + subject + ", property: signed-treaty-with, value: e" + random.nextInt(entities.size())
                            + ", at: " + (1900 + random.nextInt(120)) + "}";
            // partner-of the same value as member-of is a conflict: one assertion in a hundred
            default -> "{subject: " + subject + ", property: " + property + ", value: e" + (e * 7 + random.nextInt(3)
                    + (property.equals("partner-of") && random.nextInt(100) != 0 ? 3 : 0)) % entities.size() + "}";
        };
    }

    private String vocabulary() {
        StringBuilder v = new StringBuilder("entities:\n");
        for (int i = 0; i < entities.size(); i++) v.append("  - id: e").append(i).append("\n    name: ").append(entities.get(i)).append('\n');
        v.append("""
                properties:
                  - id: established
                    type: date
                    single: true
                  - id: member-of
                    type: entity
                    exclusive: [partner-of]
                  - id: partner-of
                    type: entity
                  - id: signed-treaty-with
                    type: entity
                  - id: population
                    type: number
                """);
        return v.toString();
    }

    /** The quote with 5–10% of its characters replaced, dropped or doubled: a quote that is not quite right. */
    private String edit(String quote) {
        StringBuilder q = new StringBuilder(quote);
        int edits = Math.max(1, (int) Math.round(quote.length() * (0.05 + random.nextDouble() * 0.05)));
        for (int i = 0; i < edits && q.length() > 2; i++) {
            int at = random.nextInt(q.length());
            switch (random.nextInt(3)) {
                case 0 -> q.setCharAt(at, (char) ('a' + random.nextInt(26)));
                case 1 -> q.deleteCharAt(at);
                default -> q.insert(at, q.charAt(at));
            }
        }
        return q.toString();
    }

    private String words(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        return s.toString();
    }

    private String name() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 2 + random.nextInt(2); i++) s.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        return capitalise(s.toString());
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
