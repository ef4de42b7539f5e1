package dev.anvilcheck.cli;

import dev.anvilcheck.AnvilProject;
import dev.anvilcheck.CheckRun;
import dev.anvilcheck.matrix.CompatibilityMatrix;
import dev.anvilcheck.matrix.MatrixRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code anvil-check matrix PATH}: compile (and with --run-tests, test) under every interpreter found. */
@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = {"Compile every Python file with every interpreter found (pyenv, PATH, --interpreter) and, "
                + "with --run-tests, run the project's pytest suite with each; a matrix of files and tests by "
                + "Python version, with recommendations. Compiling runs no project code; --run-tests does.",
            "Formats: text, json, html, sarif, junit, github, markdown."})
final class MatrixCommand extends ProjectCommand {

    @Option(names = "--run-tests", description = "Run tests/ with pytest in each interpreter that has it.")
    boolean runTests;

    @Option(names = "--interpreter", paramLabel = "PYTHON", description = "Use this interpreter too (repeatable).")
    List<Path> interpreters = new ArrayList<>();

    @Option(names = "--junit-xml", paramLabel = "FILE",
            description = "Ingest JUnit XML from elsewhere; the name must hold the version, e.g. junit-3.11.xml.")
    List<Path> junitXml = new ArrayList<>();

    @Override
    CheckRun run(AnvilProject project) {
        MatrixRunner runner = MatrixRunner.configure().interpreters(interpreters).runTests(runTests)
                .ingestJunitXml(junitXml.toArray(new Path[0])).build();
        progress("compiling with " + runner.interpreters().size() + " interpreters"
                + (runTests ? " and running the tests" : ""));
        CompatibilityMatrix matrix = runner.run(project);
        return project.then(p -> matrix);
    }
}
