package org.claimcheck.claim;

/** What a property's values are: how the loader checks them and how rules compare them. */
public enum ValueType {
    DATE, ENTITY, NUMBER, TEXT;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
