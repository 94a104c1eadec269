package org.claimcheck.cli;

import java.io.PrintStream;

/**
 * What a long run is doing, on one line of the terminal that is rewritten and cleared at the end. Shown only
 * when a person is watching: never when output goes to a file or pipe, nor under CI (the {@code CI} variable
 * every CI service sets), where the rewritten line would only clutter the log.
 */
final class Progress {
    static final Progress OFF = new Progress(null);

    private final PrintStream terminal;

    private Progress(PrintStream terminal) {
        this.terminal = terminal;
    }

    static Progress forTerminal() {
        boolean watched = System.console() != null && System.getenv("CI") == null;
        return watched ? new Progress(System.err) : OFF;
    }

    void step(String what) {
        if (terminal == null) return;
        terminal.print("\r\u001b[K" + what);
        terminal.flush();
    }

    void done() {
        if (terminal == null) return;
        terminal.print("\r\u001b[K");
        terminal.flush();
    }
}
