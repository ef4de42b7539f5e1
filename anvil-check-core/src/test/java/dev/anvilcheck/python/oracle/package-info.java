/**
 * CPython as the oracle of the Python parser (test support and the differential tests).
 *
 * <h2>Parts</h2>
 * <ul>
 *   <li>{@link dev.anvilcheck.python.oracle.Interpreters}: finds {@code /root/.pyenv/versions/*}{@code /bin/python}
 *       (2.7, 3.6 ... 3.13) and asks each for its release and library directory.</li>
 *   <li>{@link dev.anvilcheck.python.oracle.CpythonWorker}: one long-lived {@code cpython_worker.py} process (a test
 *       resource, runs on 2.7 and 3.6+) answering {@code compile(bytes, path, 'exec', dont_inherit=True)} verdicts
 *       and, on 3.13, {@code ast.dump(ast.parse(bytes), include_attributes=True)} (or its SHA-256).</li>
 *   <li>{@link dev.anvilcheck.python.oracle.VerdictCache}: verdicts by (release, SHA-256 of the file bytes) in
 *       {@code ${ANVIL_CHECK_CACHE:-$HOME/.cache/anvil-check}/cpython/<release>.tsv} (and
 *       {@code <release>-astdump.tsv}), append-only, locked, robust to killed runs;
 *       {@code .ci/warm-cpython-cache} fills it in bulk with the same script.</li>
 *   <li>{@link dev.anvilcheck.python.oracle.CpythonOracle}: cache first, a small worker pool on a miss.</li>
 *   <li>{@link dev.anvilcheck.python.oracle.Corpus}: every {@code .py} under an interpreter's
 *       {@code lib/pythonX.Y}, and the seeded sample (plus CPython's edge-case files) of the default build.</li>
 *   <li>{@link dev.anvilcheck.python.oracle.KnownDifferences}: the one list of accepted differences,
 *       {@code known-differences.txt}, each with its reason.</li>
 * </ul>
 *
 * <h2>Tests</h2>
 * <ul>
 *   <li>{@code VerdictAgreementTest}: each 3.6 ... 3.13 on its own library: we accept exactly what it compiles.</li>
 *   <li>{@code TreeAgreementTest}: our AST dump equals CPython 3.13's on the 3.13 library.</li>
 *   <li>{@code CrossVersionAgreementTest}: every file 3.13 compiles, from every library, judged for each
 *       3.6 ... 3.13 (the version gating).</li>
 *   <li>{@code FeatureFixtureOracleTest}: every feature fixture judged by every installed interpreter.</li>
 * </ul>
 * Default build: a seeded sample. Whole corpus: {@code -Pcorpus} (system property {@code anvil.oracle.mode=full};
 * other knobs in {@link dev.anvilcheck.python.oracle.OracleSettings}). Figures print to stdout; reports go to
 * {@code target/oracle/}; without interpreters the tests skip and say why.
 *
 * <pre>
 * .ci/warm-cpython-cache
 * ./mvnw -B -o -pl anvil-check-core test -Pcorpus \
 *     -Dtest='VerdictAgreementTest,TreeAgreementTest,CrossVersionAgreementTest,FeatureFixtureOracleTest'
 * </pre>
 */
package dev.anvilcheck.python.oracle;
