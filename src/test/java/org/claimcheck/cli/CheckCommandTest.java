package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimcheck.rules.RuleFixturesTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    static final String FLAGS = "src/test/resources/rules/single-value-conflict/flags-two-years";
    static final String PASSES = "src/test/resources/rules/single-value-conflict/passes-overlapping-precision";

    /** Runs check on a rule fixture, copied with its shared sources.yaml and vocabulary filled in. */
    static Cli check(String fixture, Path out, String... more) {
        String root;
        try {
            root = RuleFixturesTest.withDefaults(Path.of(fixture), Files.createTempDirectory(out, "fixture")).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String[] args = new String[4 + more.length];
        args[0] = "check";
        args[1] = "--root=" + root;
        args[2] = "--sources=" + root + "/sources.yaml";
        args[3] = "--out=" + out;
        System.arraycopy(more, 0, args, 4, more.length);
        return Cli.run(args);
    }

    @Test
    void brokenClaimFileExitsTwoWithOneLinePerProblemAndWritesNoReport(@TempDir Path out) {
        String root = "src/test/resources/loader";
        Cli r = Cli.run("check", "--root=" + root, "--sources=" + root + "/base/sources.yaml",
                "--claims=" + root + "/unknown-entity/claims", "--out=" + out);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("""
                unknown-entity/claims/claims.yaml:4:23: unknown entity 'ruritanai' (did you mean 'ruritania'?)
                unknown-entity/claims/claims.yaml:4:60: unknown entity 'elbnia' (did you mean 'elbonia'?)
                claimcheck: 2 input problems; fix them and run again
                """);
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void findingsAtOrAboveFailOnExitOne(@TempDir Path out) {
        Cli r = check(FLAGS, out);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).startsWith("doc.txt:1:1: error: single-value-conflict: Ruritania: 'founded' takes one value,"
                + " but the claims give 1921 (founded-1921) and 1924 (founded-1924)\n"
                + "claimcheck: 1 source, 2 claims, 2 quotes (2 found in their sources): 1 error, 0 warnings, 0 info\n");
        assertThat(out.resolve("claimcheck.md")).exists();
        assertThat(out.resolve("claimcheck.json")).exists();
    }

    @Test
    void failOnNeverExitsZeroDespiteErrors(@TempDir Path out) {
        assertThat(check(FLAGS, out, "--fail-on=never").exit()).isZero();
    }

    @Test
    void consistentInputExitsZero(@TempDir Path out) {
        Cli r = check(PASSES, out, "--fail-on=info");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith(
                "claimcheck: 1 source, 3 claims, 3 quotes (3 found in their sources): 0 errors, 0 warnings, 0 info\n");
    }

    @Test
    void formatChoosesTheReports(@TempDir Path out) {
        assertThat(check(FLAGS, out, "--format=json").exit()).isEqualTo(1);
        assertThat(out.resolve("claimcheck.json")).exists();
        assertThat(out.resolve("claimcheck.md")).doesNotExist();
    }

    @Test
    void unknownFailOnLevelIsAUsageError(@TempDir Path out) {
        Cli r = check(FLAGS, out, "--fail-on=fatal");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("claimcheck check: --fail-on: unknown level 'fatal': use error, warning, info or never\n");
    }

    @Test
    void unknownFormatIsAUsageError(@TempDir Path out) {
        Cli r = check(FLAGS, out, "--format=xml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("claimcheck check: --format: unknown format 'xml': use md, json, sarif, junit, html\n");
    }

    @Test
    void missingSourcesFileIsBadInput(@TempDir Path out) throws Exception {
        Cli r = Cli.run("check", "--root=" + out, "--out=" + out.resolve("reports"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("seeds/sources.yaml: not found; to check documents as they are, name them"
                + " ('claimcheck check FILE|FOLDER…'); to record claims, list them with 'claimcheck init' (see README)\n");
        assertThat(Files.exists(out.resolve("reports"))).isFalse();
    }

    @Test
    void aMistypedOptionOrCommandIsOneLineWithWhatWasMeant() {
        Cli option = Cli.run("check", "--fial-on=never");
        assertThat(option.exit()).isEqualTo(2);
        assertThat(option.err()).isEqualTo("claimcheck check: unknown option '--fial-on': did you mean --fail-on? (see --help)\n");
        assertThat(Cli.run("chekc").err()).isEqualTo("claimcheck: unexpected argument 'chekc': did you mean check? (see --help)\n");
        assertThat(Cli.run("check", "--zzz").err()).isEqualTo("claimcheck check: unknown option '--zzz' (see --help)\n");
    }

    @Test
    void noCommandIsAUsageError() {
        Cli r = Cli.run();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("claimcheck: name a command, e.g. 'claimcheck check'\n");
    }

    @Test
    void rulesListsEveryRuleAndExplainsOne() {
        Cli list = Cli.run("rules");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("single-value-conflict    error    a property that takes one value is given"
                + " two different values\n");
        Cli one = Cli.run("rules", "negation-contradicted");
        assertThat(one.out()).startsWith("negation-contradicted (error): a denial over a period is contradicted by an"
                + " instance inside it\n\nA negated assertion");
        Cli unknown = Cli.run("rules", "nope");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("claimcheck rules: unknown rule 'nope' ('claimcheck rules' lists them)\n");
        assertThat(Cli.run("rules", "citation-neded").err()).isEqualTo(
                "claimcheck rules: unknown rule 'citation-neded': did you mean citation-needed? ('claimcheck rules' lists them)\n");
    }
}
