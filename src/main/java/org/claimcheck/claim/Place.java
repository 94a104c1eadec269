package org.claimcheck.claim;

/** Where something is written in a claim file (1-based line and column). */
public record Place(String file, int line, int column) {
    public static Place of(org.claimcheck.yaml.YNode node) {
        return new Place(node.file(), node.line(), node.column());
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
