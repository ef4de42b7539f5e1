package dev.anvilcheck.python.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DumpDiffTest {

    private static final String CPYTHON = "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, "
            + "col_offset=0, end_lineno=1, end_col_offset=1), args=[Constant(value='a(b', lineno=1, col_offset=2, "
            + "end_lineno=1, end_col_offset=7)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8),"
            + " lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])";

    @Test
    void equalDumpsHaveNoDifference() {
        assertThat(DumpDiff.of(CPYTHON, CPYTHON)).isEmpty();
    }

    @Test
    void aWrongColumnIsPlacedInItsNodeAndField() {
        String ours = CPYTHON.replace("col_offset=2, end_lineno=1, end_col_offset=7", "col_offset=3, end_lineno=1, "
                + "end_col_offset=7");
        DumpDiff d = DumpDiff.of(CPYTHON, ours).orElseThrow();
        assertThat(d.category()).isEqualTo("Constant.col_offset");
        assertThat(d.sourceLine()).isEqualTo(1);
        assertThat(d.sourceCol()).isEqualTo(2);
        assertThat(d.expected()).contains("[>]2, end_lineno");
        assertThat(d.actual()).contains("[>]3, end_lineno");
    }

    @Test
    void parenthesesInsideStringsDoNotConfuseTheNodeStack() {
        String ours = CPYTHON.replace("keywords=[]", "keywords=[keyword()]");
        DumpDiff d = DumpDiff.of(CPYTHON, ours).orElseThrow();
        assertThat(d.category()).isEqualTo("Call.keywords");
    }

    @Test
    void aTruncatedDumpDiffersAtItsEnd() {
        DumpDiff d = DumpDiff.of(CPYTHON, CPYTHON.substring(0, 26)).orElseThrow();
        assertThat(d.offset()).isEqualTo(26);
        assertThat(d.category()).isEqualTo("Expr.value");
    }
}
