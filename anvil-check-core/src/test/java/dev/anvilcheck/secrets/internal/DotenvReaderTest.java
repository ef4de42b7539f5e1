package dev.anvilcheck.secrets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DotenvReaderTest {

    static Map<String, String> values(String text) {
        return DotenvReader.parse(text).values(Map.of("HOME_DIR", "/home/u"));
    }

    static Stream<Arguments> singleValues() {
        return Stream.of(
                Arguments.of("A=b", "b"),
                Arguments.of("export A=b", "b"),
                Arguments.of("A = b", "b"),
                Arguments.of("A=b #c", "b"),
                Arguments.of("A=b#c", "b#c"),
                Arguments.of("A=#c", "#c"),
                Arguments.of("A=  # c", "# c"),
                Arguments.of("A=b   ", "b"),
                Arguments.of("A=", ""),
                Arguments.of("A='x y'", "x y"),
                Arguments.of("A='it\\'s \\\\ \\n'", "it's \\ \\n"),
                Arguments.of("A=\"t\\tn\\n q\\\" s\\'\"", "t\tn\n q\" s'"),
                Arguments.of("A=\"line1\nline2\"", "line1\nline2"),
                Arguments.of("A='multi\r\nline'", "multi\nline"),
                Arguments.of("A=\"x\" # comment", "x"),
                Arguments.of("A=${HOME_DIR}/x", "/home/u/x"),
                Arguments.of("A=${NOPE:-fallback}", "fallback"),
                Arguments.of("A=${NOPE}", ""),
                Arguments.of("A=$HOME_DIR", "$HOME_DIR"),
                Arguments.of("A='${HOME_DIR}'", "/home/u"),
                Arguments.of("A=\"a\\\"", "a\\"),
                Arguments.of("'A'=v", "v"));
    }

    @ParameterizedTest
    @MethodSource("singleValues")
    void readsLikePythonDotenv(String text, String expected) {
        assertEquals(Map.of("A", expected), values(text));
    }

    @Test
    void keyWithoutEqualsHasNoValue() {
        Map<String, String> v = values("FOO\nBAR=1\n");
        assertTrue(v.containsKey("FOO"));
        assertNull(v.get("FOO"));
        assertEquals("1", v.get("BAR"));
        assertEquals(DotenvReader.Quote.NO_VALUE, DotenvReader.parse("FOO").entries().get(0).quote());
    }

    @Test
    void badLineIsReportedWithItsNumberAndReadingContinues() {
        DotenvReader.File f = DotenvReader.parse("A=1\nB=\"x\" junk\nC=3\n=nokey\nD=4");
        assertEquals(List.of("A", "C", "D"), f.keys());
        assertEquals(2, f.errors().size());
        assertEquals(2, f.errors().get(0).line());
        assertEquals(4, f.errors().get(1).line());
        assertFalse(f.errors().get(0).reason().contains("junk"), "reasons never quote the text");
    }

    @Test
    void unclosedQuoteSkipsOnlyItsLine() {
        DotenvReader.File f = DotenvReader.parse("A=\"open\nB=2\n");
        assertEquals(List.of("B"), f.keys());
        assertEquals(1, f.errors().get(0).line());
    }

    @Test
    void allLineEndingsAndLineNumbers() {
        DotenvReader.File f = DotenvReader.parse("A=1\r\nB=2\rC=3\nD=\"x\ny\"\nE=5");
        assertEquals(List.of("A", "B", "C", "D", "E"), f.keys());
        assertEquals(List.of(1, 2, 3, 4, 6), f.entries().stream().map(DotenvReader.Entry::line).toList());
        assertEquals(5, f.entries().get(3).endLine());
    }

    @Test
    void byteOrderMarkStaysInTheFirstKeyAsInPythonDotenv() {
        byte[] bytes = "\ufeffA=1\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("\ufeffA"), DotenvReader.read(bytes).keys());
    }

    @Test
    void laterDuplicateWinsInFirstPlaceAndExpansionSeesEarlierValues() {
        Map<String, String> v = values("A=1\nB=${A}\nA=2\nC=${A}");
        assertEquals(List.of("A", "B", "C"), List.copyOf(v.keySet()));
        assertEquals("2", v.get("A"));
        assertEquals("1", v.get("B"));
        assertEquals("2", v.get("C"));
    }

    @Test
    void fileValuesWinOverTheEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("X", "env");
        assertEquals("file", DotenvReader.parse("X=file\nY=${X}").values(env).get("Y"));
        assertEquals("env", DotenvReader.parse("Y=${X}").values(env).get("Y"));
    }

    @Test
    void invalidUtf8IsFlaggedNotThrown() {
        byte[] bytes = Arrays.copyOf("A=\u00e9".getBytes(StandardCharsets.ISO_8859_1), 3);
        DotenvReader.File f = DotenvReader.read(bytes);
        assertTrue(f.notUtf8());
        assertEquals(List.of("A"), f.keys());
    }

    @Test
    void pythonWhitespaceSet() {
        for (char c : new char[] {' ', '\t', '\u000b', '\u000c', '\u001c', '\u0085', '\u00a0', '\u3000', '\u2028'}) {
            assertTrue(DotenvReader.isSpace(c), "U+" + Integer.toHexString(c));
        }
        for (char c : new char[] {'\ufeff', '\u200b', 'a', '#', '\u0000'}) {
            assertFalse(DotenvReader.isSpace(c), "U+" + Integer.toHexString(c));
        }
    }
}
