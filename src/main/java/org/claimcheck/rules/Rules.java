package org.claimcheck.rules;

import java.util.List;
import java.util.Optional;
import org.claimcheck.check.Rule;

/** Every rule, sorted by id. A new rule is added here; nothing is found by scanning the classpath. */
public final class Rules {
    public static final List<Rule> ALL = List.of(
            new Anachronism(),
            new CitationAnachronism(),
            new CitationMismatch(),
            new CitationNeeded(),
            new CitationOrder(),
            new CitationOutOfRange(),
            new CitationShift(),
            new CiteErrorShown(),
            new CitesMismatch(),
            new ConflictingStatements(),
            new CountMismatch(),
            new NameVariant(),
            new NegationContradicted(),
            new QuoteAmbiguous(),
            new QuoteNotFound(),
            new ReferenceDates(),
            new ReferenceDuplicate(),
            new ReferenceEmpty(),
            new ReferenceIdentifier(),
            new ReferenceUncited(),
            new SingleValueConflict(),
            new SourceChanged(),
            new SourcesDisagree(),
            new SumMismatch(),
            new TimeConstraint());

    private Rules() {
    }

    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
