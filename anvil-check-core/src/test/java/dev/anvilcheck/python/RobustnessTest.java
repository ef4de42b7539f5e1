package dev.anvilcheck.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input ends in a result with a clean diagnostic, never an exception or a stack overflow. (Speed is measured
 * by the benchmarks, not here.)
 */
class RobustnessTest {

    static ParseResult parse(String s) {
        return PythonParser.parse(s, ParseOptions.defaults());
    }

    static boolean hasError(ParseResult r, String text) {
        return r.syntaxErrors().stream().anyMatch(p -> p.message().contains(text));
    }

    @Test
    void aBinaryFileIsOneErrorAtItsFirstNulByte() {
        byte[] elf = new byte[20_000];
        new Random(7).nextBytes(elf);
        elf[0] = 0x7f;
        elf[1] = 'E';
        elf[2] = 'L';
        elf[3] = 'F';
        elf[100] = 0;
        ParseResult r = PythonParser.parse(elf, new ParseOptions("x.py", PythonVersion.of(3, 13)));
        assertEquals(1, r.syntaxErrors().size(), r.syntaxErrors().toString());
        assertEquals("source code cannot contain null bytes", r.syntaxErrors().get(0).message());
        assertTrue(r.syntaxErrors().get(0).hint().isPresent());
        RangeInvariants.check(r, "binary");
    }

    @Test
    void manyErrorsAreCappedAtOneHundred() {
        String src = "\u0001 = 1\n".repeat(5000);
        ParseResult r = PythonParser.parse(src, new ParseOptions("x.py", PythonVersion.of(3, 13)));
        assertEquals(100, r.syntaxErrors().size());
    }

    @Test
    void hundred_thousand_open_brackets_are_too_many_nested_parentheses() {
        ParseResult r = parse("(".repeat(100_000));
        assertTrue(hasError(r, "too many nested parentheses"), r.syntaxErrors().toString());
        RangeInvariants.check(r, "open brackets");
    }

    @Test
    void hundred_thousand_balanced_brackets_are_too_many_nested_parentheses() {
        ParseResult r = parse("x = " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
        assertTrue(hasError(r, "too many nested parentheses"), r.syntaxErrors().toString());
    }

    @Test
    void two_hundred_nested_brackets_are_fine_as_in_cpython_313() {
        ParseResult r = parse("x = " + "(".repeat(200) + "1" + ")".repeat(200) + "\n");
        assertTrue(r.hasValidSyntax(), r.syntaxErrors().toString());
        ParseResult r2 = parse("x = " + "(".repeat(201) + "1" + ")".repeat(201) + "\n");
        assertTrue(hasError(r2, "too many nested parentheses"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "not ", "~", "lambda: ", "await ", "x if y else ", "x ** ", "*", "yield ", "@"})
    void long_prefix_chains_end_cleanly(String prefix) {
        ParseResult r = parse(prefix.repeat(100_000) + "x\n");
        assertFalse(r.hasValidSyntax(), prefix);
        assertFalse(r.syntaxErrors().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1+", "a.", "f()", "a[0]", "x,", "a < "})
    void long_left_chains_end_cleanly(String unit) {
        String src = "y = " + (unit.equals("f()") || unit.equals("a[0]") ? "g" + unit.substring(1).repeat(200_000)
                : unit.repeat(200_000) + "z") + "\n";
        ParseResult r = parse(src);
        RangeInvariants.check(r, unit);
        if (unit.equals("x,") || unit.equals("a < ")) {
            assertTrue(r.hasValidSyntax(), r.syntaxErrors().toString()); // flat nodes: no depth limit applies
        } else {
            assertTrue(hasError(r, "maximum recursion depth"), unit + ": " + r.syntaxErrors());
        }
    }

    @Test
    void cpython_depth_limits_are_matched() {
        assertTrue(parse("y = " + "1+".repeat(9996) + "1\n").hasValidSyntax());
        assertFalse(parse("y = " + "1+".repeat(9997) + "1\n").hasValidSyntax());
        assertTrue(parse("y = " + "-".repeat(5968) + "1\n").hasValidSyntax());
        assertFalse(parse("y = " + "-".repeat(5969) + "1\n").hasValidSyntax());
    }

    @Test
    void deep_indentation_is_too_many_levels() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            sb.append(" ".repeat(i)).append("if x:\n");
        }
        sb.append(" ".repeat(150)).append("pass\n");
        ParseResult r = parse(sb.toString());
        assertTrue(hasError(r, "too many levels of indentation"), r.syntaxErrors().toString());
    }

    @Test
    void deeply_nested_fstrings_end_cleanly() {
        String s = "x = " + "f'{".repeat(300) + "1" + "}'".repeat(300) + "\n";
        ParseResult r = parse(s);
        assertFalse(r.hasValidSyntax());
    }

    @Test
    void twenty_megabyte_single_line_string() {
        String s = "x = '" + "a".repeat(20_000_000) + "'\n";
        ParseResult r = parse(s);
        assertTrue(r.hasValidSyntax(), r.syntaxErrors().toString());
        assertEquals(1, r.module().body().size());
    }

    @Test
    void twenty_megabyte_single_line_expression() {
        StringBuilder sb = new StringBuilder(20_000_100).append("x = [");
        while (sb.length() < 20_000_000) {
            sb.append("a, ");
        }
        sb.append("]\n");
        ParseResult r = parse(sb.toString());
        assertTrue(r.hasValidSyntax(), r.syntaxErrors().toString());
    }

    @Test
    void twenty_megabyte_unterminated_line() {
        ParseResult r = parse("x = \"" + "b".repeat(20_000_000));
        assertTrue(hasError(r, "unterminated string literal"), r.syntaxErrors().toString());
    }

    @Test
    void random_bytes_never_throw() {
        Random random = new Random(20261126L);
        for (int i = 0; i < 300; i++) {
            byte[] b = new byte[random.nextInt(4000)];
            random.nextBytes(b);
            ParseResult r = PythonParser.parse(b, ParseOptions.defaults());
            RangeInvariants.check(r, "random bytes #" + i);
        }
    }

    @Test
    void random_python_ish_text_never_throws() {
        String[] atoms = {"(", ")", "[", "]", "{", "}", ":", "=", "if ", "else ", "for ", "in ", "x", "1", "'s'",
            "f'{", "}'", "\n", "    ", "\t", "lambda ", "match ", "case ", ",", "*", "**", "def ", "class ",
            "async ", "await ", "yield ", "return ", "\\\n", "#c\n", "\"\"\"", ".", "@", "->", ":=", "!r", "not ",
            "try:\n", "except ", "with ", "as ", "import ", "from ", "global ", "nonlocal ", "del ", "type "};
        Random random = new Random(42L);
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(60);
            for (int j = 0; j < n; j++) {
                sb.append(atoms[random.nextInt(atoms.length)]);
            }
            ParseResult r = parse(sb.toString());
            RangeInvariants.check(r, "fuzz #" + i + ": " + sb);
        }
    }

    @Test
    void null_bytes_and_lone_surrogates_are_reported() {
        ParseResult r = PythonParser.parse("x = 1\0\n".getBytes(StandardCharsets.UTF_8), ParseOptions.defaults());
        assertTrue(hasError(r, "null bytes"));
        ParseResult r2 = parse("x = '\uD800'\n");
        RangeInvariants.check(r2, "surrogate");
    }

    @Test
    void a_source_over_the_size_limit_is_one_syntax_error_not_gigabytes_of_tree() {
        byte[] big = ("x = " + "1+".repeat(PythonParser.MAX_SOURCE_BYTES / 2) + "1\n").getBytes(StandardCharsets.UTF_8);
        ParseResult r = PythonParser.parse(big, ParseOptions.defaults());
        assertTrue(hasError(r, "Python files over " + (PythonParser.MAX_SOURCE_BYTES >> 20) + " MB are not parsed"),
                r.syntaxErrors().toString());
        assertEquals(1, r.syntaxErrors().size());
        assertTrue(r.module().body().isEmpty());
        byte[] justUnder = ("#" + "x".repeat(PythonParser.MAX_SOURCE_BYTES - 8) + "\nx = 1\n")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(PythonParser.MAX_SOURCE_BYTES, justUnder.length);
        assertTrue(PythonParser.parse(justUnder, ParseOptions.defaults()).hasValidSyntax());
    }
}
