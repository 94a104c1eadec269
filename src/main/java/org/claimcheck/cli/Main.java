package org.claimcheck.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code claimcheck} command and its subcommands. */
@Command(name = "claimcheck", mixinStandardHelpOptions = true, version = "claimcheck 0.1.0",
        description = {"Checks the citations of documents (HTML, PDF, text) and the claims recorded about them.",
                "Start with 'claimcheck check PAGE.html' (no set-up); 'claimcheck init' sets up a workspace for"
                        + " claims."},
        subcommands = {CheckCommand.class, InitCommand.class, SourcesCommand.class, CoverageCommand.class, DraftCommand.class,
                RulesCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 bad input or usage,"
                + " 3 claimcheck itself failed."})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'claimcheck check'");
    }

    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setParameterExceptionHandler(Main::usageError);
        cmd.setExecutionExceptionHandler((e, c, parseResult) -> {
            c.getErr().println(ConsoleLine.of("claimcheck: internal error: " + e + " (please report this)"));
            return 3;
        });
        return cmd;
    }

    /**
     * A usage mistake is one line and exit 2, with the option or command the user probably meant, and where
     * to read more; the full usage would push the line out of a CI log's view.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine c = e.getCommandLine();
        String line = e.getMessage();
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String typed = u.getUnmatched().get(0);
            String name = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
            java.util.List<String> known = new java.util.ArrayList<>(c.getCommandSpec().optionsMap().keySet());
            known.addAll(c.getSubcommands().keySet());
            line = (name.startsWith("-") ? "unknown option '" : "unexpected argument '") + name + "'"
                    + Suggestion.closest(name, known).map(s -> ": did you mean " + s + "?").orElse("") + " (see --help)";
        }
        String who = c.getParent() == null ? "claimcheck" : "claimcheck " + c.getCommandName();
        c.getErr().println(ConsoleLine.of(who + ": " + line));
        return 2;
    }

    /** Held so that the level sticks: java.util.logging keeps loggers only weakly. */
    private static final java.util.List<java.util.logging.Logger> QUIET = java.util.List.of(
            java.util.logging.Logger.getLogger("org.apache.pdfbox"), java.util.logging.Logger.getLogger("org.apache.fontbox"));

    public static void main(String[] args) {
        // PDFBox reports damaged fonts and missing glyph maps on stderr; a checker's output must stay readable
        QUIET.forEach(l -> l.setLevel(java.util.logging.Level.SEVERE));
        CommandLine cmd = commandLine();
        cmd.setOut(new PrintWriter(System.out, true));
        cmd.setErr(new PrintWriter(System.err, true));
        int exit;
        try {
            exit = cmd.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            System.err.println("claimcheck: ran out of " + (e instanceof OutOfMemoryError ? "memory" : "stack")
                    + "; give Java more (-Xmx, -Xss) or check smaller inputs (please report the input that did this)");
            exit = 3;
        }
        System.exit(exit);
    }
}
