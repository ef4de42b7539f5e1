package dev.anvilcheck.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The line index a parse result gets from the tokenizer (which records each line start as it consumes the newline)
 * equals the one a plain scan of the text builds: on hand-made sources with every kind of newline and on real
 * files (the repository's Python fixtures and, where installed, a sample of CPython 3.13's library).
 */
class LineStartsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "", "x = 1", "x = 1\n", "x = 1\r\ny = 2\r\n", "x = 1\ry = 2\r", "x = 1\n\n\n# c\n\ny = 2",
        "s = '''a\nb\r\nc\rd'''\n", "s = \"\"\"\n\n\"\"\"\n", "x = (1,\n 2,\r\n 3)\n", "x = 1 + \\\n  2\n",
        "x = 1 + \\\r\n  2\r\n", "f = f'{\n1\n}'\n", "f = f'''a\n{x!r:\n>10}\nb'''\n", "t = t'''{x}\n'''\n",
        "def f():\n    return [\n        i\n        for i in x\n    ]\n", "\fx = 1\n\f\ny = 2\n", "# only a comment",
        "if x:\n  pass\n# trailing\n   \n\t\n", "x = '\\\n'\n", "b = rb'''\\\n'''\n",
    })
    void tokenizerLineStartsEqualAScanOfTheText(String source) {
        assertSameLines(source);
    }

    @Test
    void onRealFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("/root/.pyenv/versions/3.13.0/lib/python3.13"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(root)) {
                List<Path> all = s.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("site-packages"))
                        .sorted().toList();
                for (int i = 0; i < all.size(); i += root.startsWith("src") ? 1 : 5) {
                    files.add(all.get(i));
                }
            }
        }
        int fromTokenizer = 0;
        for (Path f : files) {
            ParseResult r = PythonParser.parse(Files.readAllBytes(f), new ParseOptions(f.toString(),
                    PythonVersion.of(3, 13)));
            fromTokenizer += assertSameLines(r) ? 1 : 0;
        }
        System.out.println("line starts: " + files.size() + " files, " + fromTokenizer + " indexed by the tokenizer");
        assertThat(fromTokenizer).as("files whose index came from the tokenizer").isGreaterThan(files.size() / 2);
    }

    private static void assertSameLines(String source) {
        ParseResult r = PythonParser.parse(source, new ParseOptions("t.py", PythonVersion.of(3, 14)));
        assertThat(assertSameLines(r)).as("indexed by the tokenizer: %s", r.syntaxErrors()).isTrue();
    }

    /** Returns whether the result's index came from the tokenizer (not a scan): then compares every line. */
    private static boolean assertSameLines(ParseResult r) {
        LineIndex scanned = LineIndex.of(r.source());
        LineIndex got = r.lineIndex();
        assertThat(got.lineCount()).as("lines of %s", r.options()).isEqualTo(scanned.lineCount());
        for (int l = 1; l <= scanned.lineCount(); l++) {
            assertThat(got.lineStart(l)).as("start of line %d of %s", l, r.options()).isEqualTo(scanned.lineStart(l));
        }
        for (int o = 0; o <= Math.min(r.source().length(), 2000); o++) {
            assertThat(got.column(o)).as("column of offset %d", o).isEqualTo(scanned.column(o));
        }
        return r.hasTokenizerLines();
    }
}
