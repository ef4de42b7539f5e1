package dev.anvilcheck.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anvilcheck.python.internal.AstDumper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Data-driven parser fixtures under {@code src/test/resources/python/{ok,err}}. An optional first line
 * {@code # anvil: target-version=3.9} sets the target. {@code ok} files must have no syntax error and be accepted by
 * the target; {@code err} files must have a syntax error or be rejected by it. Each fixture has a {@code .snap}
 * golden (AST dump, syntax errors and gated constructs with carets), regenerated with
 * {@code -Danvil.updateSnapshots=true}. Range invariants are checked for every fixture.
 */
class ParserFixturesTest {

    static final Path ROOT = Paths.get("src/test/resources/python");
    static final boolean UPDATE = Boolean.getBoolean("anvil.updateSnapshots");

    static List<Path> fixtures(String dir) {
        try (Stream<Path> s = Files.list(ROOT.resolve(dir))) {
            return s.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PythonVersion target(byte[] src) {
        String text = new String(src, StandardCharsets.ISO_8859_1);
        String prefix = "# anvil: target-version=";
        if (text.startsWith(prefix)) {
            int end = text.indexOf('\n');
            return PythonVersion.parse(text.substring(prefix.length(), end < 0 ? text.length() : end).trim());
        }
        return PythonVersion.LATEST;
    }

    @TestFactory
    Stream<DynamicTest> ok_fixtures() {
        return fixtures("ok").stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            byte[] src = Files.readAllBytes(p);
            PythonVersion v = target(src);
            ParseResult r = PythonParser.parse(src, new ParseOptions(p.toString(), v));
            assertTrue(r.hasValidSyntax(), () -> "syntax errors: " + Snapshots.findings(r));
            assertTrue(r.acceptedBy(v), () -> "rejected by " + v + ": " + Snapshots.findings(r));
            RangeInvariants.check(r, p.toString());
            Snapshots.compare(p, r);
        }));
    }

    @TestFactory
    Stream<DynamicTest> err_fixtures() {
        return fixtures("err").stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            byte[] src = Files.readAllBytes(p);
            PythonVersion v = target(src);
            ParseResult r = PythonParser.parse(src, new ParseOptions(p.toString(), v));
            assertFalse(r.acceptedBy(v), "accepted by " + v);
            RangeInvariants.check(r, p.toString());
            Snapshots.compare(p, r);
        }));
    }

    /** Renders and compares {@code .snap} goldens. */
    static final class Snapshots {
        private Snapshots() {
        }

        static String findings(ParseResult r) {
            StringBuilder sb = new StringBuilder();
            for (SyntaxProblem p : r.syntaxErrors()) {
                line(sb, r, "error", p.message() + p.hint().map(h -> " [hint: " + h + "]").orElse(""), p.range());
            }
            for (GatedConstruct g : r.gatedConstructs()) {
                line(sb, r, "gated", g.feature().id() + ": " + g.feature().message(), g.range());
            }
            return sb.toString();
        }

        private static void line(StringBuilder sb, ParseResult r, String kind, String msg, TextRange range) {
            LineIndex li = r.lineIndex();
            int line = li.line(range.start());
            int col = li.column(range.start());
            sb.append(kind).append(' ').append(line).append(':').append(col + 1).append(' ').append(msg).append('\n');
            int ls = li.lineStart(line);
            int le = ls;
            String src = r.source();
            while (le < src.length() && src.charAt(le) != '\n' && src.charAt(le) != '\r') {
                le++;
            }
            sb.append("    ").append(src, ls, le).append('\n');
            int endOnLine = Math.min(range.end(), le);
            int width = Math.max(1, li.column(Math.max(endOnLine, range.start())) - col);
            sb.append("    ").append(" ".repeat(col)).append("^".repeat(width)).append('\n');
        }

        static String render(ParseResult r) {
            return "## AST\n" + AstDumper.dump(r.module(), r.lineIndex()) + "\n## Findings\n" + findings(r);
        }

        static void compare(Path fixture, ParseResult r) throws IOException {
            Path snap = Paths.get(fixture.toString().replaceAll("\\.py$", ".snap"));
            String actual = render(r);
            if (UPDATE || !Files.exists(snap)) {
                Files.writeString(snap, actual, StandardCharsets.UTF_8);
                if (!UPDATE) {
                    throw new AssertionError("snapshot created, review and commit it: " + snap);
                }
                return;
            }
            assertEquals(Files.readString(snap, StandardCharsets.UTF_8), actual, "snapshot " + snap);
        }
    }
}
