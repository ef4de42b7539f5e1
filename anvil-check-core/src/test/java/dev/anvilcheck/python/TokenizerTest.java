package dev.anvilcheck.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Token streams for the tricky parts of the tokenizer: f-strings, prefixes, numbers, operators, indentation. */
class TokenizerTest {

    static String kinds(String src) {
        ParseResult r = PythonParser.parse(src, ParseOptions.defaults());
        return r.tokens().stream().map(t -> t.kind().name()).collect(Collectors.joining(" "));
    }

    static List<String> texts(String src) {
        ParseResult r = PythonParser.parse(src, ParseOptions.defaults());
        return r.tokens().stream().filter(t -> t.range().length() > 0)
                .map(t -> src.substring(t.range().start(), t.range().end())).collect(Collectors.toList());
    }

    @Test
    void fstring_is_split_into_parts_with_nested_fields_and_specs() {
        String src = "f'a{b!r:>{w}}c{d=}'\n";
        assertEquals("FSTRING_START FSTRING_MIDDLE LBRACE NAME EXCLAMATION NAME COLON FSTRING_MIDDLE LBRACE NAME "
                + "RBRACE RBRACE FSTRING_MIDDLE LBRACE NAME EQUAL RBRACE FSTRING_END NEWLINE ENDMARKER", kinds(src));
        assertEquals(List.of("f'", "a", "{", "b", "!", "r", ":", ">", "{", "w", "}", "}", "c", "{", "d", "=", "}",
                "'", "\n"), texts(src));
    }

    @Test
    void pep701_reuses_quotes_inside_fields() {
        assertEquals("FSTRING_START LBRACE STRING RBRACE FSTRING_END NEWLINE ENDMARKER", kinds("f\"{\"x\"}\"\n"));
        assertEquals("TSTRING_START TSTRING_MIDDLE LBRACE NAME RBRACE TSTRING_END NEWLINE ENDMARKER",
                kinds("t'hi {x}'\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "r'x'|STRING", "B'x'|STRING", "Rb'x'|STRING", "bR'x'|STRING", "u'x'|STRING", "ur'x'|STRING",
        "'''x'''|STRING", "F'x'|FSTRING_START", "rF'x'|FSTRING_START", "Tr'x'|TSTRING_START",
        "ub'x'|NAME", "bu'x'|NAME"})
    void string_prefixes_any_case(String src, String firstKind) {
        assertEquals(firstKind, kinds(src + "\n").split(" ")[0]);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1_000", "0x_fF", "0o17", "0b1010", "1.5e-10", "3j", "1.J", ".5", "5.",
        "1E5", "0777", "10L", "0", "00", "1e+5"})
    void numbers_are_one_token(String src) {
        assertEquals(List.of(src, "\n"), texts(src + "\n"));
    }

    @Test
    void every_operator_is_one_token() {
        String ops = ":= -> @= ... ** **= // //= << <<= >> >>= != == <= >= <> += -= *= /= %= &= |= ^= ~ @";
        for (String op : ops.split(" ")) {
            assertEquals(List.of(op), texts(op).subList(0, 1), op);
        }
    }

    @Test
    void comments_are_kept_as_trivia_with_positions() {
        String src = "x = 1  # note\n# alone\n";
        ParseResult r = PythonParser.parse(src, ParseOptions.defaults());
        List<Token> comments = r.tokens().stream().filter(t -> t.kind() == TokenKind.COMMENT)
                .collect(Collectors.toList());
        assertEquals(2, comments.size());
        assertEquals("# note", src.substring(comments.get(0).range().start(), comments.get(0).range().end()));
        assertTrue(comments.get(0).kind().isTrivia());
    }

    @Test
    void indentation_dedent_and_implicit_joining() {
        assertEquals("IF COLON NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE ENDMARKER",
                kinds("if:\n    x\ny\n"));
        assertEquals("NAME EQUAL LPAR NUMBER NL NUMBER RPAR NEWLINE ENDMARKER", kinds("x = (1\n2)\n"));
        assertEquals("NAME EQUAL NUMBER PLUS NUMBER NEWLINE ENDMARKER", kinds("x = 1 + \\\n 2\n"));
    }

    @Test
    void tabs_follow_python_rules() {
        assertTrue(PythonParser.parse("if x:\n\tif y:\n\t\tpass\n", ParseOptions.defaults()).hasValidSyntax());
        assertTrue(PythonParser.parse("if x:\n        a\n\tb\n", ParseOptions.defaults()).syntaxErrors().stream()
                .anyMatch(p -> p.message().contains("inconsistent use of tabs")));
    }

    @Test
    void lexer_errors_become_unknown_tokens() {
        ParseResult r = PythonParser.parse("x = 1 $ 2\n", ParseOptions.defaults());
        assertTrue(r.tokens().stream().anyMatch(t -> t.kind() == TokenKind.UNKNOWN));
        assertEquals(1, r.syntaxErrors().size());
    }
}
