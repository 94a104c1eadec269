package org.claimcheck.cite;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An error message that MediaWiki's Cite extension rendered into a page ({@code span.mw-ext-cite-error}): its
 * message key ({@code cite_error_references_no_text}, …; null when the text is in a language not known here),
 * the text a reader sees and where it stands. The legacy parser renders the message text, Parsoid an empty
 * span naming the key and its parameters; {@link #of} gives both the same key and a readable text.
 */
public record CiteError(String key, String text, int start, int end) {
    /** The English texts of the legacy parser, each with its key (MediaWiki's i18n/en.json, as rendered). */
    private static final List<Map.Entry<Pattern, String>> TEXTS = List.of(
            Map.entry(Pattern.compile("defined multiple times with different content"), "cite_error_references_duplicate_key"),
            Map.entry(Pattern.compile("no text was provided for refs named"), "cite_error_references_no_text"),
            Map.entry(Pattern.compile("defined in <references>(?: group \"[^\"]*\")? has no content|"
                    + "defined in <references> with name \"[^\"]*\" has no content"), "cite_error_empty_references_define"),
            Map.entry(Pattern.compile("defined in <references> is not used in prior text"), "cite_error_references_missing_key"),
            Map.entry(Pattern.compile("defined in <references> has no name attribute"), "cite_error_references_no_key"),
            Map.entry(Pattern.compile("has group attribute \"[^\"]*\" which does not appear in prior text"),
                    "cite_error_references_missing_group"),
            Map.entry(Pattern.compile("in <references> has conflicting group attribute"), "cite_error_references_group_mismatch"),
            Map.entry(Pattern.compile("tags exist for a group named"), "cite_error_group_refs_without_references"),
            Map.entry(Pattern.compile("tag is malformed or has a bad name"), "cite_error_ref_no_key"),
            Map.entry(Pattern.compile("refs with no name must have content"), "cite_error_ref_no_input"),
            Map.entry(Pattern.compile("name cannot be a simple integer"), "cite_error_ref_numeric_key"),
            Map.entry(Pattern.compile("in <ref> tag\\. The supported parameters|invalid names, e\\.g\\. too many"),
                    "cite_error_ref_too_many_keys"),
            Map.entry(Pattern.compile("in <references> tag\\. The supported parameters|Invalid <references> tag; no "
                    + "parameters|parameter \"group\" is allowed only"), "cite_error_references_invalid_parameters"),
            Map.entry(Pattern.compile("conflicting dir attribute"), "cite_error_ref_conflicting_dir"),
            Map.entry(Pattern.compile("Invalid dir="), "cite_error_ref_invalid_dir"),
            Map.entry(Pattern.compile("Closing tag missing for <references>"), "cite_error_included_references"),
            Map.entry(Pattern.compile("Closing </ref> missing"), "cite_error_included_ref"),
            Map.entry(Pattern.compile("continuation of a previous one cannot be named"), "cite_error_ref_follow_conflicts"));

    /** What each key says, for Parsoid's spans that carry a key and no text ($1, $2: its parameters). */
    private static final Map<String, String> SAYS = Map.ofEntries(
            Map.entry("cite_error_references_duplicate_key", "ref name \"$1\" defined multiple times with different content"),
            Map.entry("cite_error_references_no_text", "no text was provided for refs named \"$1\""),
            Map.entry("cite_error_empty_references_define", "ref with name \"$1\" defined in <references> has no content"),
            Map.entry("cite_error_references_missing_key", "ref with name \"$1\" defined in <references> is not used in prior text"),
            Map.entry("cite_error_references_no_key", "ref defined in <references> has no name attribute"),
            Map.entry("cite_error_references_missing_group", "ref defined in <references> has group \"$1\", which does not appear in prior text"),
            Map.entry("cite_error_references_group_mismatch", "ref in <references> has conflicting group attribute \"$1\""),
            Map.entry("cite_error_group_refs_without_references", "refs exist for group \"$1\", but there is no <references group=\"$1\"/>"),
            Map.entry("cite_error_ref_no_key", "the opening <ref> tag is malformed or has a bad name"),
            Map.entry("cite_error_ref_no_input", "refs with no name must have content"),
            Map.entry("cite_error_ref_numeric_key", "ref name cannot be a simple integer"),
            Map.entry("cite_error_ref_too_many_keys", "invalid parameter \"$1\" in <ref> tag"),
            Map.entry("cite_error_references_invalid_parameters", "invalid parameter \"$1\" in <references> tag"),
            Map.entry("cite_error_ref_conflicting_dir", "refs named \"$1\" have conflicting dir attributes"),
            Map.entry("cite_error_ref_invalid_dir", "invalid dir=\"$1\""),
            Map.entry("cite_error_included_references", "closing tag missing for <references>"),
            Map.entry("cite_error_included_ref", "closing </ref> missing for <ref> tag"),
            Map.entry("cite_error_ref_follow_conflicts", "a <ref follow=…> continuation cannot be named or have details"));

    private static final Pattern SPACE = Pattern.compile("\\s+");

    /** An error from its rendered text (legacy parser) or, when that is empty, from its key and parameters. */
    public static CiteError of(String text, String key, List<String> params, int start, int end) {
        String shown = SPACE.matcher(text).replaceAll(" ").strip();
        if (!shown.isEmpty()) return new CiteError(keyOf(shown), shown, start, end);
        String says = key == null ? "" : SAYS.getOrDefault(key, key);
        for (int i = 0; i < params.size() && i < 2; i++) says = says.replace("$" + (i + 1), params.get(i));
        return new CiteError(key, says.isEmpty() ? "" : "Cite error: " + says, start, end);
    }

    /** The key of an English message text, or null. */
    static String keyOf(String text) {
        for (Map.Entry<Pattern, String> e : TEXTS) {
            if (e.getKey().matcher(text).find()) return e.getValue();
        }
        return null;
    }
}
