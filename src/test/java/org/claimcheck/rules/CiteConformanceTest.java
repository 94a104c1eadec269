package org.claimcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimcheck.check.Checker;
import org.claimcheck.check.Finding;
import org.claimcheck.check.Rule;
import org.claimcheck.check.Workspace;
import org.claimcheck.check.WorkspaceLoader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MediaWiki's Cite parser tests (corpus/cite-tests/citeParserTests.txt) as a conformance suite: each test's
 * rendered HTML, legacy and Parsoid apart, is loaded as a page and checked by the marker/entry rules; the
 * findings must match the Cite errors the HTML shows ({@code span.mw-ext-cite-error}: Parsoid names the key,
 * the legacy parser prints the English message, read here by this test's own table). A clean page must give no
 * finding at all. The agreement per error class is pinned, and printed as the README's table.
 */
class CiteConformanceTest {
    private static final Path SUITE = Path.of("src/test/resources/corpus/cite-tests/citeParserTests.txt");
    private static final List<Rule> RULES = List.of(new CitationOutOfRange(), new CiteErrorShown(),
            new ReferenceEmpty(), new ReferenceUncited());

    /** Each error class with the rules whose findings report it; attribute errors are reported by none. */
    static final Map<String, Set<String>> REPORTED_BY = Map.ofEntries(
            Map.entry("cite_error_references_no_text", Set.of("reference-empty")),
            Map.entry("cite_error_ref_no_input", Set.of("reference-empty", "cite-error")),
            Map.entry("cite_error_ref_no_key", Set.of("reference-empty", "cite-error")),
            Map.entry("cite_error_empty_references_define", Set.of("reference-empty", "cite-error")),
            Map.entry("cite_error_references_missing_key", Set.of("reference-uncited", "cite-error")),
            Map.entry("cite_error_references_no_key", Set.of("reference-uncited", "cite-error")),
            Map.entry("cite_error_group_refs_without_references", Set.of("citation-out-of-range", "cite-error")),
            Map.entry("cite_error_references_duplicate_key", Set.of("cite-error")),
            Map.entry("cite_error_references_group_mismatch", Set.of("cite-error")),
            Map.entry("cite_error_included_references", Set.of("cite-error")),
            Map.entry("cite_error_ref_follow_conflicts", Set.of("cite-error")),
            Map.entry("cite_error_ref_invalid_dir", Set.of()),
            Map.entry("cite_error_ref_conflicting_dir", Set.of()),
            Map.entry("cite_error_references_invalid_parameters", Set.of()),
            Map.entry("cite_error_ref_too_many_keys", Set.of()),
            Map.entry("cite_error_ref_numeric_key", Set.of()));

    /**
     * Further findings an error class accounts for: problems the broken wikitext really leaves in the rendered
     * page (a discarded duplicate definition takes its nested refs' markers with it; an unclosed references
     * tag leaves markers linking to notes that were never written).
     */
    static final Map<String, Set<String>> ALSO = Map.of(
            "cite_error_references_duplicate_key", Set.of("reference-uncited"),
            "cite_error_included_references", Set.of("citation-out-of-range", "reference-uncited"));

    /** Pages where findings and errors disagree, each with the reason (as MediaWiki's knownFailures file). */
    static final Map<String, String> KNOWN = Map.of(
            "parsoid | <ref>s in language variant markup",
            "Parsoid keeps the markers inside language-variant markup in an attribute (data-mw-variant), converted "
                    + "in the browser: in the HTML itself entry 1 has no marker",
            "parsoid | Template nested in extension tag in template",
            "entry 2 is an external link numbered by CSS and entry 3 language-variant markup in an attribute: "
                    + "neither has text in the HTML itself",
            "legacy | CircularRef",
            "a true dead link MediaWiki names only as a ref without name: the unnamed entry holds [1] linking to "
                    + "#cite_note-3, which is not in the page");

    /** The legacy parser's English messages, by a phrase each (this test's oracle, apart from the product's). */
    private static final Map<String, String> PHRASES = new LinkedHashMap<>();

    static {
        PHRASES.put("defined multiple times with different content", "cite_error_references_duplicate_key");
        PHRASES.put("no text was provided for refs named", "cite_error_references_no_text");
        PHRASES.put("has no content", "cite_error_empty_references_define");
        PHRASES.put("is not used in prior text", "cite_error_references_missing_key");
        PHRASES.put("has no name attribute", "cite_error_references_no_key");
        PHRASES.put("has conflicting group attribute", "cite_error_references_group_mismatch");
        PHRASES.put("tags exist for a group named", "cite_error_group_refs_without_references");
        PHRASES.put("malformed or has a bad name", "cite_error_ref_no_key");
        PHRASES.put("refs with no name must have content", "cite_error_ref_no_input");
        PHRASES.put("cannot be a simple integer", "cite_error_ref_numeric_key");
        PHRASES.put("in <ref> tag. The supported parameters", "cite_error_ref_too_many_keys");
        PHRASES.put("in <references> tag. The supported parameters", "cite_error_references_invalid_parameters");
        PHRASES.put("conflicting dir attribute", "cite_error_ref_conflicting_dir");
        PHRASES.put("Invalid dir=", "cite_error_ref_invalid_dir");
        PHRASES.put("Closing tag missing for <references>", "cite_error_included_references");
        PHRASES.put("cannot be named individually", "cite_error_ref_follow_conflicts");
    }

    /** Reported / shown, per error class and form ("(clean)": pages without errors that gave no finding). */
    static final Map<String, String> PINNED = Map.ofEntries(
            Map.entry("(clean) legacy", "87/87"),
            Map.entry("(clean) parsoid", "133/135"),
            Map.entry("cite_error_empty_references_define legacy", "2/2"),
            Map.entry("cite_error_empty_references_define parsoid", "2/2"),
            Map.entry("cite_error_group_refs_without_references legacy", "2/2"),
            Map.entry("cite_error_group_refs_without_references parsoid", "2/2"),
            Map.entry("cite_error_included_references legacy", "2/2"),
            Map.entry("cite_error_included_references parsoid", "1/1"),
            Map.entry("cite_error_ref_conflicting_dir legacy", "3/3"),
            Map.entry("cite_error_ref_conflicting_dir parsoid", "3/3"),
            Map.entry("cite_error_ref_follow_conflicts legacy", "1/1"),
            Map.entry("cite_error_ref_follow_conflicts parsoid", "2/2"),
            Map.entry("cite_error_ref_invalid_dir legacy", "1/1"),
            Map.entry("cite_error_ref_invalid_dir parsoid", "1/1"),
            Map.entry("cite_error_ref_no_input legacy", "3/3"),
            Map.entry("cite_error_ref_no_input parsoid", "3/3"),
            Map.entry("cite_error_ref_no_key legacy", "3/3"),
            Map.entry("cite_error_ref_no_key parsoid", "3/3"),
            Map.entry("cite_error_ref_numeric_key legacy", "3/3"),
            Map.entry("cite_error_ref_numeric_key parsoid", "3/3"),
            Map.entry("cite_error_ref_too_many_keys legacy", "2/2"),
            Map.entry("cite_error_ref_too_many_keys parsoid", "2/2"),
            Map.entry("cite_error_references_duplicate_key legacy", "11/11"),
            Map.entry("cite_error_references_duplicate_key parsoid", "14/14"),
            Map.entry("cite_error_references_group_mismatch legacy", "1/1"),
            Map.entry("cite_error_references_group_mismatch parsoid", "1/1"),
            Map.entry("cite_error_references_invalid_parameters legacy", "2/2"),
            Map.entry("cite_error_references_invalid_parameters parsoid", "2/2"),
            Map.entry("cite_error_references_missing_key legacy", "5/5"),
            Map.entry("cite_error_references_missing_key parsoid", "4/4"),
            Map.entry("cite_error_references_no_key legacy", "4/4"),
            Map.entry("cite_error_references_no_key parsoid", "2/2"),
            Map.entry("cite_error_references_no_text legacy", "5/5"),
            Map.entry("cite_error_references_no_text parsoid", "7/7"));

    private static final Pattern KEY = Pattern.compile("\"text\":\\{\"key\":\"(cite_error_[a-z_]+)\"");

    record Case(String name, String form, String html) {
    }

    record Outcome(Case test, Set<String> classes, List<Finding> findings) {
        Set<String> rules() {
            return findings.stream().map(Finding::rule).collect(Collectors.toCollection(TreeSet::new));
        }

        /** Whether the findings report the class: a rule that reports it, cite-error with its key. */
        boolean reports(String cls) {
            return findings.stream().anyMatch(f -> REPORTED_BY.get(cls).contains(f.rule())
                    && (!f.rule().equals("cite-error") || f.message().contains("(" + cls + ")")));
        }

        /** Findings that no error class of the page accounts for. */
        List<Finding> unexplained() {
            Set<String> allowed = classes.stream().flatMap(c -> java.util.stream.Stream.concat(REPORTED_BY.get(c).stream(),
                    ALSO.getOrDefault(c, Set.of()).stream())).collect(Collectors.toSet());
            return findings.stream().filter(f -> !allowed.contains(f.rule())).toList();
        }
    }

    private static final List<Outcome> OUTCOMES = new ArrayList<>();

    @BeforeAll
    static void run(@TempDir Path work) throws IOException {
        int i = 0;
        for (Case c : cases(Files.readString(SUITE, StandardCharsets.UTF_8))) {
            Path root = Files.createDirectories(work.resolve("t" + i++));
            Files.writeString(root.resolve("page.html"), "<!DOCTYPE html><html><head><title>Parser test</title></head><body>\n"
                    + c.html() + "\n</body></html>\n", StandardCharsets.UTF_8);
            Files.writeString(root.resolve("sources.yaml"), "sources:\n  - {id: page, file: page.html, title: Parser test}\n");
            Files.createDirectories(root.resolve("claims"));
            Files.writeString(root.resolve("claims/vocabulary.yaml"), "entities: []\nproperties: []\n");
            Workspace ws = WorkspaceLoader.load(root, root.resolve("sources.yaml"), root.resolve("claims"));
            OUTCOMES.add(new Outcome(c, classes(c.html()), Checker.run(ws, RULES)));
        }
    }

    /** Each test's HTML forms: legacy ({@code html/php}, or {@code html} shared by both) and Parsoid. */
    static List<Case> cases(String suite) {
        List<Case> out = new ArrayList<>();
        String name = null, section = null;
        Map<String, StringBuilder> parts = new LinkedHashMap<>();
        for (String line : suite.split("\n", -1)) {
            if (line.startsWith("!! ")) {
                String tag = line.substring(3).strip();
                if (tag.equals("test")) {
                    parts.clear();
                    name = null;
                    section = "name";
                } else if (tag.equals("end") && section != null) {
                    name = parts.getOrDefault("name", new StringBuilder()).toString().strip();
                    StringBuilder legacy = parts.containsKey("html/php") ? parts.get("html/php") : parts.get("html");
                    if (legacy != null) out.add(new Case(name, "legacy", legacy.toString()));
                    if (parts.containsKey("html/parsoid")) out.add(new Case(name, "parsoid", parts.get("html/parsoid").toString()));
                    section = null;
                } else if (section != null) {
                    section = tag;
                }
                continue;
            }
            if (section != null) parts.computeIfAbsent(section, k -> new StringBuilder()).append(line).append('\n');
        }
        return out;
    }

    /** The error classes the HTML shows. */
    static Set<String> classes(String html) {
        Set<String> out = new TreeSet<>();
        for (Element e : Jsoup.parse(html).select(".mw-ext-cite-error")) {
            Matcher m = KEY.matcher(e.attr("data-mw-i18n"));
            if (m.find()) out.add(m.group(1));
            String text = e.text();
            PHRASES.forEach((phrase, key) -> {
                if (text.contains(phrase)) out.add(key);
            });
        }
        return out;
    }

    /** "class form" → [reported, shown], for the table. */
    static Map<String, int[]> agreement() {
        Map<String, int[]> out = new TreeMap<>();
        for (Outcome o : OUTCOMES) {
            if (o.classes().isEmpty()) out.computeIfAbsent("(clean) " + o.test().form(), k -> new int[2])[1]++;
            if (o.classes().isEmpty() && o.findings().isEmpty()) out.get("(clean) " + o.test().form())[0]++;
            for (String c : o.classes()) {
                int[] a = out.computeIfAbsent(c + " " + o.test().form(), k -> new int[2]);
                a[1]++;
                if (REPORTED_BY.get(c).isEmpty() ? o.unexplained().isEmpty() : o.reports(c)) a[0]++;
            }
        }
        return out;
    }

    /** Pages whose findings miss one of its errors or add one it does not account for, by "form | test". */
    private static Set<String> disagreeing() {
        Set<String> out = new TreeSet<>();
        for (Outcome o : OUTCOMES) {
            boolean miss = o.classes().stream().anyMatch(c -> !REPORTED_BY.get(c).isEmpty() && !o.reports(c));
            if (miss || !o.unexplained().isEmpty()) out.add(o.test().form() + " | " + o.test().name());
        }
        return out;
    }

    @Test
    void everyErrorClassShownIsKnown() {
        Set<String> shown = OUTCOMES.stream().flatMap(o -> o.classes().stream()).collect(Collectors.toSet());
        assertThat(REPORTED_BY.keySet()).containsAll(shown);
    }

    @Test
    void onlyTheKnownPagesDisagree() {
        assertThat(disagreeing()).isEqualTo(KNOWN.keySet());
    }

    @Test
    void agreementPerErrorClassIsPinned() {
        Map<String, String> figures = new TreeMap<>();
        agreement().forEach((k, a) -> figures.put(k, a[0] + "/" + a[1]));
        assertThat(figures).isEqualTo(PINNED);
    }

    @Test
    void printTable() {
        Map<String, int[]> a = agreement();
        StringBuilder sb = new StringBuilder("| error class | rule | legacy | Parsoid |\n|---|---|---|---|\n");
        Set<String> names = a.keySet().stream().map(k -> k.substring(0, k.lastIndexOf(' '))).collect(Collectors.toCollection(TreeSet::new));
        for (String c : names) {
            int[] l = a.get(c + " legacy"), p = a.get(c + " parsoid");
            String rules = c.startsWith("(") ? "none" : REPORTED_BY.get(c).isEmpty() ? "not reported"
                    : String.join(", ", new TreeSet<>(REPORTED_BY.get(c)));
            sb.append("| `").append(c).append("` | ").append(rules).append(" | ").append(l == null ? "–" : l[0] + "/" + l[1])
                    .append(" | ").append(p == null ? "–" : p[0] + "/" + p[1]).append(" |\n");
        }
        System.out.println(sb);
        System.out.println(OUTCOMES.stream().collect(Collectors.groupingBy(o -> o.test().form(), Collectors.counting())));
        Set<String> off = disagreeing();
        for (Outcome o : OUTCOMES) {
            if (!off.contains(o.test().form() + " | " + o.test().name())) continue;
            System.out.println("## " + o.test().form() + " | " + o.test().name() + " | " + o.classes());
            o.findings().forEach(f -> System.out.println("   " + f.rule() + ": " + f.message()));
        }
        assertThat(sb).isNotEmpty();
    }
}
