package org.claimcheck.source;

/** A place in a source file: 1-based line and column, and the 1-based page for paged documents (else 0). */
public record Position(int line, int column, int page) {
}
