package org.claimcheck.yaml;

/**
 * One problem in an input file, printed as {@code file:line:col: message} (1-based line and column); line 0
 * is a problem with the file as a whole (missing, unreadable), printed as {@code file: message}.
 */
public record Problem(String file, int line, int column, String message) implements Comparable<Problem> {

    @Override
    public String toString() {
        return line == 0 ? file + ": " + message : file + ":" + line + ":" + column + ": " + message;
    }

    @Override
    public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        if (c == 0) c = Integer.compare(line, o.line);
        if (c == 0) c = Integer.compare(column, o.column);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
