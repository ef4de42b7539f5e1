package dev.anvilcheck.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.anvilcheck.python.internal.AstDumper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code ok} fixture accepted by Python 3.13 dumps exactly as CPython 3.13's
 * {@code ast.dump(ast.parse(src), include_attributes=True)}. Skipped (with a message) where the interpreter at
 * {@value #PYTHON} is not installed.
 */
class CPythonDumpAgreementTest {

    static final String PYTHON = "/root/.pyenv/versions/3.13.0/bin/python";

    static String cpythonDump(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(PYTHON, "-c",
                "import ast,sys; sys.stdout.write(ast.dump(ast.parse(open(sys.argv[1],'rb').read()), "
                        + "include_attributes=True))", file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor(60, TimeUnit.SECONDS);
        return new String(out, StandardCharsets.UTF_8);
    }

    @TestFactory
    Stream<DynamicTest> ok_fixtures_match_cpython_313() {
        assumeTrue(Files.isExecutable(Paths.get(PYTHON)),
                "skipped: CPython 3.13 not installed at " + PYTHON + ", cannot compare AST dumps");
        return ParserFixturesTest.fixtures("ok").stream().map(p -> DynamicTest.dynamicTest(
                p.getFileName().toString(), () -> {
                    byte[] src = Files.readAllBytes(p);
                    ParseResult r = PythonParser.parse(src, ParseOptions.defaults());
                    assumeTrue(r.acceptedBy(PythonVersion.of(3, 13)), "not valid Python 3.13: nothing to compare");
                    assertEquals(cpythonDump(p), AstDumper.dump(r.module(), r.lineIndex()));
                }));
    }
}
