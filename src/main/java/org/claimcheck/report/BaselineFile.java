package org.claimcheck.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimcheck.check.Finding;
import org.claimcheck.check.FindingIds;
import org.claimcheck.yaml.Problems;
import org.claimcheck.yaml.YMap;
import org.claimcheck.yaml.YNode;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/** The baseline as a YAML file people edit: read with positions for its problems, written from findings. */
public final class BaselineFile {
    private static final List<String> KEYS = List.of("fingerprint", "rule", "message", "reason");
    private static final int MESSAGE = 160;

    private BaselineFile() {
    }

    public static Baseline read(String yaml, String display, Problems problems) {
        Optional<YNode> top = YNode.parse(yaml, display, problems);
        Optional<YMap> file = top.flatMap(t -> YMap.of(t, "a baseline file", List.of("baseline"), problems));
        if (file.isEmpty()) return Baseline.NONE;
        List<Baseline.Entry> entries = new ArrayList<>();
        for (YNode item : file.get().list("baseline", true)) {
            YMap.of(item, "a baseline entry", KEYS, problems).ifPresent(e -> {
                Optional<String> fp = e.text("fingerprint", true);
                if (fp.isPresent() && !fp.get().matches("[0-9a-f]{32}")) {
                    problems.add(e.get("fingerprint").orElseThrow(), "a fingerprint is 32 hex digits, as "
                            + "--write-baseline writes it: copy it from the JSON report's 'fingerprint'");
                    return;
                }
                fp.ifPresent(f -> entries.add(new Baseline.Entry(f, e.text("rule", false).orElse(""),
                        e.text("message", false).orElse(""), reason(e, problems))));
            });
        }
        return new Baseline(List.copyOf(entries));
    }

    /** The reason as written; empty (or left out) until the team writes one, as --write-baseline leaves it. */
    private static String reason(YMap entry, Problems problems) {
        Optional<YNode> n = entry.get("reason");
        if (n.isEmpty() || n.get().isNull()) return "";
        if (!n.get().isScalar()) {
            problems.add(n.get(), "'reason' in a baseline entry must be text, not " + n.get().describe());
            return "";
        }
        return n.get().text();
    }

    /**
     * Today's findings as baseline entries, keeping the reason of an entry the previous baseline had for the
     * same fingerprint, so that rewriting the file never loses what the team wrote.
     */
    public static String write(List<Finding> findings, Baseline previous) {
        Map<String, String> reasons = new HashMap<>();
        for (Baseline.Entry e : previous.entries()) reasons.putIfAbsent(e.fingerprint(), e.reason());
        List<Map<String, String>> entries = new ArrayList<>();
        for (Finding f : findings) {
            String fp = FindingIds.fingerprint(f);
            String message = f.message().length() > MESSAGE ? f.message().substring(0, MESSAGE - 1) + "…" : f.message();
            Map<String, String> entry = new java.util.LinkedHashMap<>();
            entry.put("fingerprint", fp);
            entry.put("rule", f.rule());
            entry.put("message", message);
            entry.put("reason", reasons.getOrDefault(fp, ""));
            entries.add(entry);
        }
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(120).build();
        return "# claimcheck baseline: findings accepted for now. Write in each 'reason' why; delete an entry when\n"
                + "# the check reports it fixed. Rewrite with --write-baseline (reasons are kept).\n"
                + new Dump(settings).dumpToString(Map.of("baseline", entries));
    }
}
