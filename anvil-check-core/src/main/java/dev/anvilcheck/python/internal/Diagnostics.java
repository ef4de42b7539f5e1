package dev.anvilcheck.python.internal;

import dev.anvilcheck.python.GatedConstruct;
import dev.anvilcheck.python.PythonFeature;
import dev.anvilcheck.python.SyntaxProblem;
import dev.anvilcheck.python.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects syntax errors and gated constructs for one parse. Not thread-safe; one per parse. */
public final class Diagnostics {

    /** More errors than this in one file say nothing more: the rest are dropped (CPython reports the first). */
    private static final int MAX_ERRORS = 100;

    private final List<SyntaxProblem> errors = new ArrayList<>();
    private final List<GatedConstruct> gated = new ArrayList<>();

    /** Records an error. */
    public void error(String message, int start, int end) {
        error(message, start, end, null);
    }

    /** Records an error with a hint. */
    public void error(String message, int start, int end, String hint) {
        if (errors.size() < MAX_ERRORS) {
            int s = Math.max(0, start);
            errors.add(new SyntaxProblem(message, new TextRange(s, Math.max(s, end)), Optional.ofNullable(hint)));
        }
    }

    /** Records a gated construct. */
    public void feature(PythonFeature feature, int start, int end) {
        if (gated.size() < 100_000) {
            int s = Math.max(0, start);
            gated.add(new GatedConstruct(feature, new TextRange(s, Math.max(s, end))));
        }
    }

    /** A mark for {@link #reset}: the current sizes packed in a long. */
    public long mark() {
        return ((long) errors.size() << 32) | gated.size();
    }

    /** Drops everything recorded since {@code mark}. */
    public void reset(long mark) {
        int e = (int) (mark >>> 32);
        int g = (int) mark;
        while (errors.size() > e) {
            errors.remove(errors.size() - 1);
        }
        while (gated.size() > g) {
            gated.remove(gated.size() - 1);
        }
    }

    /** Whether any error was recorded. */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Number of errors so far. */
    public int errorCount() {
        return errors.size();
    }

    /** The errors, sorted by position. */
    public List<SyntaxProblem> errors() {
        List<SyntaxProblem> copy = new ArrayList<>(errors);
        copy.sort((a, b) -> Integer.compare(a.range().start(), b.range().start()));
        return List.copyOf(copy);
    }

    /** The gated constructs, sorted by position. */
    public List<GatedConstruct> gated() {
        List<GatedConstruct> copy = new ArrayList<>(gated);
        copy.sort((a, b) -> Integer.compare(a.range().start(), b.range().start()));
        return List.copyOf(copy);
    }
}
