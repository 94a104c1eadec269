package org.claimcheck.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.claimcheck.anchor.Anchorer;
import org.claimcheck.anchor.NormalizedText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The anchoring core on one made-up document (fixed seed) of {@code chars} characters: normalizing it, and
 * locating 100 quotes taken from it, exact, with typography changed (curly quotes, dashes, line breaks), and with
 * 5% of their characters edited (not found: the nearest passage is searched).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class AnchorBenchmark {
    private static final String[] WORDS = ("the of and to in treaty border agreement government delegation talks trade"
            + " relations council minister republic recognition envoy mission army railway consulate embassy signed"
            + " Mongolia Russia Urga Kyakhta \"so-called\" 1921 – —").split(" ");

    @Param({"10000", "100000"})
    public int chars;

    private String text;
    private final List<String> exact = new ArrayList<>();
    private final List<String> typographic = new ArrayList<>();
    private final List<String> edited = new ArrayList<>();

    @Setup
    public void setUp() {
        Random r = new Random(42);
        StringBuilder t = new StringBuilder();
        while (t.length() < chars) t.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(12) == 0 ? ".\n" : " ");
        text = t.toString();
        for (int i = 0; i < 100; i++) {
            int at = r.nextInt(text.length() - 120);
            String q = text.substring(at, at + 100).strip();
            exact.add(q);
            typographic.add(q.replace('"', '“').replace('–', '-').replace('\n', ' '));
            StringBuilder e = new StringBuilder(q);
            for (int k = 0; k < 5; k++) e.setCharAt(r.nextInt(e.length()), 'x');
            edited.add(e.toString());
        }
    }

    @Benchmark
    public NormalizedText normalize() {
        return NormalizedText.of(text);
    }

    @Benchmark
    public void exactQuotes(Blackhole bh) {
        Anchorer a = new Anchorer(text);
        for (String q : exact) bh.consume(a.anchor(q));
    }

    @Benchmark
    public void typographicQuotes(Blackhole bh) {
        Anchorer a = new Anchorer(text);
        for (String q : typographic) bh.consume(a.anchor(q));
    }

    @Benchmark
    public void editedQuotes(Blackhole bh) {
        Anchorer a = new Anchorer(text);
        for (String q : edited) bh.consume(a.anchor(q));
    }
}
