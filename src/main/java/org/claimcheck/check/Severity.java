package org.claimcheck.check;

import java.util.Locale;

/** How much a finding matters; {@code --fail-on} compares against it. Declared from most to least severe. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }
}
