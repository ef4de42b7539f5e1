package dev.anvilcheck.python.oracle;

import dev.anvilcheck.python.ParseOptions;
import dev.anvilcheck.python.ParseResult;
import dev.anvilcheck.python.PythonParser;
import dev.anvilcheck.python.PythonVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;

/**
 * Our parser's answer on one file, with any exception that escaped it caught and kept (an escape is a
 * disagreement in itself: the parser must never throw).
 *
 * @param result the parse result, or empty when the parser threw
 * @param crash the stack trace of what escaped, or empty
 */
record ParsedFile(Optional<ParseResult> result, Optional<String> crash) {

    static ParsedFile parse(byte[] bytes, String fileName, PythonVersion version) {
        try {
            return new ParsedFile(Optional.of(PythonParser.parse(bytes, new ParseOptions(fileName, version))),
                    Optional.empty());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            StringWriter w = new StringWriter();
            e.printStackTrace(new PrintWriter(w));
            String trace = w.toString();
            return new ParsedFile(Optional.empty(), Optional.of(trace.length() > 2000 ? trace.substring(0, 2000)
                    : trace));
        }
    }

    /**
     * Why we reject the file for a version: the first syntax error, else the first construct not available in
     * it, with 1-based line and column (code points).
     */
    static String rejection(ParseResult r, PythonVersion v) {
        if (!r.syntaxErrors().isEmpty()) {
            var e = r.syntaxErrors().get(0);
            return "syntax error: " + e.message() + " at " + position(r, e.range().start())
                    + e.hint().map(h -> " (hint: " + h + ")").orElse("");
        }
        return r.unsupportedIn(v).stream().findFirst()
                .map(g -> "construct " + g.feature().id() + " not in " + v + " at " + position(r, g.range().start()))
                .orElse("rejected without a syntax error or gated construct");
    }

    static String position(ParseResult r, int offset) {
        return r.lineIndex().line(offset) + ":" + (r.lineIndex().column(offset) + 1);
    }
}
