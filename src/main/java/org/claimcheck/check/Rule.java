package org.claimcheck.check;

import java.util.List;

/** One check over the loaded workspace. Stateless; sees only the workspace, never the CLI or the reports. */
public interface Rule {
    /** Stable kebab-case id, used in reports, baselines and {@code claimcheck rules ID}. */
    String id();

    Severity severity();

    /** One line: what the rule flags. */
    String summary();

    /** A few sentences for {@code claimcheck rules ID}: what it flags, why, and how to fix or record it. */
    String description();

    List<Finding> check(Workspace workspace);

    default Finding finding(String message, List<Location> locations, String fix) {
        return new Finding(id(), severity(), message, locations, fix);
    }
}
