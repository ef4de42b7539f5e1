package dev.anvilcheck.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.anvilcheck.python.ast.ConstantValue;
import dev.anvilcheck.python.ast.Expr;
import dev.anvilcheck.python.ast.Stmt;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** PEP 263 decoding: BOM, coding declarations, defaults and bad bytes. */
class SourceDecodingTest {

    static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    static String firstString(ParseResult r) {
        Stmt.Assign a = (Stmt.Assign) r.module().body().get(0);
        return ((ConstantValue.Str) ((Expr.Constant) a.value()).value()).value();
    }

    @ParameterizedTest
    @CsvSource({"latin-1", "iso-8859-1", "cp1252", "iso_8859_1", "latin1", "windows-1252"})
    void declared_single_byte_encodings(String codec) {
        ParseResult r = PythonParser.parse(bytes("# -*- coding: " + codec + " -*-\ns = 'caf\u00e9'\n"),
                ParseOptions.defaults());
        assertTrue(r.hasValidSyntax(), r.syntaxErrors().toString());
        assertEquals("caf\u00e9", firstString(r));
    }

    @Test
    void declaration_on_second_line_after_shebang() {
        ParseResult r = PythonParser.parse(bytes("#!/usr/bin/python\n# vim: set fileencoding=latin-1 :\ns = '\u00e9'\n"),
                ParseOptions.defaults());
        assertEquals("\u00e9", firstString(r));
    }

    @Test
    void declaration_after_code_is_ignored() {
        ParseResult r = PythonParser.parse(bytes("x = 1\n# coding: latin-1\ns = '\u00e9'\n"), ParseOptions.defaults());
        assertFalse(r.hasValidSyntax(), "latin-1 byte is invalid UTF-8");
    }

    @Test
    void utf8_is_the_default_and_bom_is_skipped() {
        byte[] b = "\uFEFFs = 'caf\u00e9'\n".getBytes(StandardCharsets.UTF_8);
        ParseResult r = PythonParser.parse(b, ParseOptions.defaults());
        assertTrue(r.hasValidSyntax());
        assertEquals("caf\u00e9", firstString(r));
    }

    @Test
    void unknown_codec_and_bom_conflict_are_errors() {
        assertTrue(PythonParser.parse(bytes("# coding: klingon\n"), ParseOptions.defaults()).syntaxErrors().get(0)
                .message().contains("unknown encoding: klingon"));
        assertTrue(PythonParser.parse(bytes("\u00ef\u00bb\u00bf# coding: latin-1\n"), ParseOptions.defaults())
                .syntaxErrors().get(0).message().contains("with BOM"));
    }

    @Test
    void invalid_utf8_is_reported_with_its_position() {
        ParseResult r = PythonParser.parse(bytes("x = 1\ny = '\u00ff'\n"), ParseOptions.defaults());
        SyntaxProblem p = r.syntaxErrors().get(0);
        assertTrue(p.message().contains("Non-UTF-8 code starting with '\\xff' on line 2"), p.message());
        assertEquals(2, r.lineIndex().line(p.range().start()));
    }

    @Test
    void crlf_cr_and_lf_line_endings() {
        ParseResult r = PythonParser.parse("a = 1\r\nb = 2\rc = 3\n", ParseOptions.defaults());
        assertTrue(r.hasValidSyntax());
        assertEquals(3, r.module().body().size());
        assertEquals(3, r.lineIndex().line(r.module().body().get(2).range().start()));
    }

    @Test
    void utf8_columns_count_bytes() {
        ParseResult r = PythonParser.parse("s = '\u00e9\u00e9'; x = 1\n", ParseOptions.defaults());
        int xStart = r.module().body().get(1).range().start();
        assertEquals(10, r.lineIndex().column(xStart));
        assertEquals(12, r.lineIndex().utf8Column(xStart));
    }
}
