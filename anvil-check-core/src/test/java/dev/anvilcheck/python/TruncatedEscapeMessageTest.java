package dev.anvilcheck.python;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A truncated \\u or \\U escape in a unicode literal gets CPython's message, one X per digit the escape needs. */
class TruncatedEscapeMessageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x = u'\\u12'      | truncated \\uXXXX escape",
        "x = u'\\U0001F60' | truncated \\UXXXXXXXX escape"})
    void messageNamesTheEscapeShape(String source, String expected) {
        ParseResult r = PythonParser.parse(source + "\n", ParseOptions.defaults());
        assertThat(r.syntaxErrors()).extracting(SyntaxProblem::message).anyMatch(m -> m.contains(expected));
    }
}
