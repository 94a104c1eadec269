package org.claimcheck.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Names for findings that outlive the run: a baseline, a dispute or a code-scanning service finds the same
 * finding again after lines moved, claim files were reordered or split, and unrelated text was edited.
 *
 * <p>The fingerprint hashes what the finding is about, never where it stands: the rule, the message with any
 * {@code file:line:col} taken out, each source location's file and text, and each claim entry's text (a claim
 * id or a quote) without its claim file. Whitespace and Unicode forms are normalized. Two findings can share a
 * fingerprint (the same evidence found twice); their ids add the occurrence in report order ({@code …-2}).
 */
public final class FindingIds {
    private static final Pattern PLACE = Pattern.compile("\\S+:\\d+:\\d+\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private FindingIds() {
    }

    /** 32 hex digits of SHA-256 over the finding's rule, message and evidence. */
    public static String fingerprint(Finding f) {
        StringBuilder key = new StringBuilder(f.rule()).append('\0').append(normal(PLACE.matcher(f.message()).replaceAll("")));
        for (Location l : f.locations()) {
            key.append('\0').append(l.isClaimFile() ? "claim" : l.file()).append('\0').append(normal(l.text()));
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** One id per finding, in the same order: the fingerprint, with "-2", "-3"… on its later repeats. */
    public static List<String> ids(List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String fp = fingerprint(f);
            int n = seen.merge(fp, 1, Integer::sum);
            out.add(n == 1 ? fp : fp + "-" + n);
        }
        return out;
    }

    private static String normal(String s) {
        return SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll(" ").strip();
    }
}
