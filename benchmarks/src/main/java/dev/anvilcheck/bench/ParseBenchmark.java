package dev.anvilcheck.bench;

import dev.anvilcheck.python.ParseOptions;
import dev.anvilcheck.python.ParseResult;
import dev.anvilcheck.python.PythonParser;
import dev.anvilcheck.python.PythonVersion;
import dev.anvilcheck.python.internal.AstDumper;
import dev.anvilcheck.python.internal.Diagnostics;
import dev.anvilcheck.python.internal.Lexer;
import dev.anvilcheck.python.internal.SourceDecoder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-file cost of the front end on representative standard-library modules: tokenize only, parse (decode,
 * tokenize, parse, version gating), and parse followed by the CPython-format AST dump the tree-agreement test uses.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {

    /** The file, relative to the 3.13 library. */
    @Param({"typing.py", "argparse.py", "_pydecimal.py", "test/test_grammar.py", "pydoc_data/topics.py"})
    public String file;

    private byte[] bytes;
    private ParseOptions options;

    /** Reads the file once. */
    @Setup
    public void read() {
        bytes = BenchFiles.read(file);
        options = new ParseOptions(file, PythonVersion.of(3, 13));
    }

    /**
     * Decode and tokenize only.
     *
     * @return the number of tokens, consumed by JMH
     */
    @Benchmark
    public int tokenize() {
        Diagnostics diags = new Diagnostics();
        return Lexer.tokenize(SourceDecoder.decode(bytes, diags), diags).count();
    }

    /**
     * Decode, tokenize, parse.
     *
     * @return the result, consumed by JMH
     */
    @Benchmark
    public ParseResult parse() {
        return PythonParser.parse(bytes, options);
    }

    /**
     * Parse, then render the tree as CPython's {@code ast.dump(include_attributes=True)}.
     *
     * @return the dump, consumed by JMH
     */
    @Benchmark
    public String parseAndDump() {
        ParseResult r = PythonParser.parse(bytes, options);
        return AstDumper.dump(r.module(), r.lineIndex());
    }
}
