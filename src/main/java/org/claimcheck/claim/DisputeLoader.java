package org.claimcheck.claim;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.claimcheck.yaml.Problems;
import org.claimcheck.yaml.YMap;
import org.claimcheck.yaml.YNode;

/**
 * Reads {@code disputes.yaml}: a list of disputes whose claim ids must be claims of the folder, whose fingerprints
 * are the 32 hex digits the JSON report gives, and whose positions quote sources as claims do.
 */
final class DisputeLoader {
    static final String FILE = "disputes.yaml";
    private static final List<String> KEYS = List.of("id", "topic", "status", "claims", "findings", "positions",
            "outcome", "ranks", "note");
    private static final List<String> POSITION_KEYS = List.of("author", "date", "stance", "argument", "basis", "sources");
    private static final String FINGERPRINT = "[0-9a-f]{32}";

    private final Set<String> claimIds;
    private final Function<YMap, Optional<Quote>> quotes;
    private final Problems problems;

    /** {@code claimIds} null when the claims did not all load: the dispute's claim ids are then not checked. */
    DisputeLoader(Set<String> claimIds, Function<YMap, Optional<Quote>> quotes, Problems problems) {
        this.claimIds = claimIds;
        this.quotes = quotes;
        this.problems = problems;
    }

    List<Dispute> read(YNode top) {
        Optional<YMap> file = YMap.of(top, "a disputes file", List.of("disputes"), problems);
        if (file.isEmpty()) return List.of();
        List<Dispute> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YNode item : file.get().list("disputes", true)) {
            YMap.of(item, "a dispute", KEYS, problems).flatMap(this::dispute).ifPresent(d -> {
                if (seen.add(d.id())) out.add(d);
                else problems.add(item, "duplicate dispute id '" + d.id() + "'");
            });
        }
        return List.copyOf(out);
    }

    private Optional<Dispute> dispute(YMap m) {
        Optional<String> id = Ids.id(m, problems);
        Optional<String> topic = m.text("topic", true);
        Optional<Dispute.Status> status = m.text("status", true).flatMap(s -> named(Dispute.Status.class, s,
                m.get("status").orElseThrow(), "status", "open or resolved"));
        List<String> claims = new ArrayList<>();
        for (YNode c : m.list("claims", false)) {
            if (c.isScalar() && (claimIds == null || Ids.checkKnown(c, "claim", claimIds, problems))) claims.add(c.text());
        }
        List<String> findings = new ArrayList<>();
        for (YNode f : m.list("findings", false)) {
            if (f.isScalar() && f.text().matches(FINGERPRINT)) findings.add(f.text());
            else problems.add(f, "'" + f.text() + "' is no finding fingerprint: give the 32 hex digits of a finding's"
                    + " 'fingerprint' in the JSON report");
        }
        if (m.get("claims").isEmpty() && m.get("findings").isEmpty()) {
            problems.add(m.node(), "a dispute needs 'claims' or 'findings': what it is about");
        }
        List<Dispute.Position> positions = new ArrayList<>();
        for (YNode p : m.list("positions", true)) {
            YMap.of(p, "a position", POSITION_KEYS, problems).flatMap(this::position).ifPresent(positions::add);
        }
        Optional<String> outcome = m.text("outcome", false);
        Map<String, Dispute.Rank> ranks = ranks(m, claims);
        if (status.isEmpty() || id.isEmpty() || topic.isEmpty()) return Optional.empty();
        if (status.get() == Dispute.Status.RESOLVED && outcome.isEmpty()) {
            problems.add(m.get("status").orElseThrow(), "a resolved dispute needs an 'outcome': what was decided");
        }
        if (status.get() == Dispute.Status.OPEN && (outcome.isPresent() || !ranks.isEmpty())) {
            problems.add(m.get(outcome.isPresent() ? "outcome" : "ranks").orElseThrow(), "an open dispute has no "
                    + (outcome.isPresent() ? "'outcome'" : "'ranks'") + " yet: set 'status: resolved' when it is decided");
        }
        return Optional.of(new Dispute(id.get(), topic.get(), status.get(), List.copyOf(claims), List.copyOf(findings),
                List.copyOf(positions), outcome.orElse(null), Map.copyOf(ranks), Place.of(m.get("id").orElseThrow())));
    }

    /** {@code ranks: {claim-id: deprecated}}, for claims the dispute is about. */
    private Map<String, Dispute.Rank> ranks(YMap m, List<String> claims) {
        Map<String, Dispute.Rank> ranks = new LinkedHashMap<>();
        Optional<YNode> node = m.get("ranks");
        if (node.isEmpty()) return ranks;
        if (!node.get().isMap()) {
            problems.add(node.get(), "'ranks' must map claim ids to preferred, normal or deprecated, not "
                    + node.get().describe());
            return ranks;
        }
        for (Map.Entry<YNode, YNode> e : node.get().entries()) {
            String claim = e.getKey().text();
            if (!claims.contains(claim)) {
                problems.add(e.getKey(), "'" + claim + "' is not among the dispute's claims: rank only the claims it is about");
                continue;
            }
            String rank = e.getValue().isScalar() ? e.getValue().text() : e.getValue().describe();
            named(Dispute.Rank.class, rank, e.getValue(), "rank", "preferred, normal or deprecated")
                    .ifPresent(r -> ranks.put(claim, r));
        }
        return ranks;
    }

    private Optional<Dispute.Position> position(YMap m) {
        Optional<String> author = m.text("author", true);
        Optional<String> date = m.text("date", true).filter(d -> {
            try {
                LocalDate.parse(d);
                return true;
            } catch (DateTimeParseException e) {
                problems.add(m.get("date").orElseThrow(), "date '" + d + "' must be a day as YYYY-MM-DD");
                return false;
            }
        });
        Optional<String> stance = m.text("stance", true);
        Optional<String> argument = m.text("argument", true);
        Optional<String> basis = m.text("basis", false);
        List<Quote> sources = new ArrayList<>();
        for (YNode item : m.list("sources", false)) {
            YMap.of(item, "a source quote", List.of("source", "quote", "note"), problems).flatMap(quotes).ifPresent(sources::add);
        }
        if (m.get("sources").isEmpty() && basis.isEmpty()) {
            problems.add(m.node(), "a position needs 'sources' (quotes) or a 'basis' (a reference work): what it rests on");
        }
        if (author.isEmpty() || date.isEmpty() || stance.isEmpty() || argument.isEmpty()) return Optional.empty();
        return Optional.of(new Dispute.Position(author.get(), date.get(), stance.get(), argument.get(),
                basis.orElse(null), List.copyOf(sources)));
    }

    private <E extends Enum<E>> Optional<E> named(Class<E> type, String text, YNode at, String what, String choices) {
        try {
            return Optional.of(Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            problems.add(at, "unknown " + what + " '" + text + "': use " + choices);
            return Optional.empty();
        }
    }
}
